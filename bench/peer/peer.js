// The benchmark's "peer": a publisher page that does endless articles the way the page the
// reader replaces does (see bench/README.md), written afresh on the sample feed. Its choices
// are deliberate and are what the benchmark compares against:
//   - a window scroll listener that measures the end-of-page marker on every scroll event;
//   - one request per extra article, guarded by a busy flag, ten extra articles at most;
//   - every appended article carries its whole body in the DOM, hidden behind "Read more";
//   - an IntersectionObserver (threshold 0.1) on each appended article that pushes a history
//     entry every time the article comes into view, however often that happens;
//   - carousels started by a timer three seconds after a load, and never destroyed.
'use strict';

(function peerPage() {
  const FEED_URL = '/feed.json';
  const EXTRA_ARTICLES = 10;
  const CAROUSEL_DELAY_MS = 3000;

  const stories = document.getElementById('stories');
  const marker = document.getElementById('more-marker');
  if (!stories || !marker) return;

  const dateFormat = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });

  function escapeHtml(text) {
    return String(text ?? '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function absolute(url, base) {
    return new URL(url, base).href;
  }

  function figureHtml(image, base, lazy) {
    const size =
      image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
    const caption = [image.caption, image.credit].filter(Boolean).map(escapeHtml).join(' ');
    return (
      `<figure class="story__figure"><img src="${escapeHtml(absolute(image.src, base))}"` +
      ` alt="${escapeHtml(image.alt)}"${size}${lazy ? ' loading="lazy"' : ''}>` +
      (caption ? `<figcaption>${caption}</figcaption>` : '') +
      '</figure>'
    );
  }

  function galleryHtml(gallery, base) {
    if (!gallery.length) return '';
    const slides = gallery
      .map((image) => `<div class="swiper-slide">${figureHtml(image, base, true)}</div>`)
      .join('');
    return (
      `<div class="swiper story__gallery"><div class="swiper-wrapper">${slides}</div>` +
      '<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>'
    );
  }

  // The whole article as the publisher's server would send it. The first article is open;
  // appended ones show the summary and keep the full body, hidden, in the page.
  function articleHtml(item, base, position) {
    const extra = item._reader ?? {};
    const authors = (item.authors ?? []).map((author) => author.name).join(', ');
    const lead = item.image
      ? figureHtml({ ...(extra.image ?? {}), src: item.image }, base, position > 1)
      : '';
    const body = `<div class="story__body">${item.content_html ?? ''}</div>`;
    const text =
      position === 1
        ? body
        : `<div class="story__summary"><p>${escapeHtml(item.summary)}</p>` +
          '<div class="story__more"><button type="button">Read more</button></div></div>' +
          body.replace('class="story__body"', 'class="story__body is-hidden"');
    const tags = (item.tags ?? [])
      .map(
        (tag) => `<a href="/tag/${encodeURIComponent(tag.toLowerCase())}">${escapeHtml(tag)}</a>`,
      )
      .join(' ');
    const date = item.date_published ? dateFormat.format(new Date(item.date_published)) : '';
    return (
      `<article class="story" data-url="${escapeHtml(absolute(item.url, base))}">` +
      `<p class="story__section">${escapeHtml(extra.section ?? '')}</p>` +
      `<h1 class="story__title">${escapeHtml(item.title)}</h1>` +
      `<p class="story__byline">By <span class="story__authors">${escapeHtml(authors)}</span></p>` +
      `<p class="story__date">Published ${escapeHtml(date)}</p>` +
      lead +
      text +
      galleryHtml(extra.gallery ?? [], base) +
      `<div class="story__tags"><h2>Related Tags</h2>${tags}</div>` +
      '</article>' +
      '<div class="advert"><span class="advert__label">Advertisement</span></div>'
    );
  }

  function append(item, base, position) {
    stories.insertAdjacentHTML('beforeend', articleHtml(item, base, position));
    const articles = stories.querySelectorAll('article');
    return articles[articles.length - 1];
  }

  // Where the next article is: a feed page and an index in it. Each load asks the server for
  // that page again, as the publisher's page asks its server for one article per load.
  let cursor = { page: new URL(FEED_URL, location.href).href, index: 0 };
  let position = 0;

  async function fetchNext() {
    for (;;) {
      const response = await fetch(cursor.page);
      if (!response.ok) throw new Error(`feed page ${cursor.page}: ${response.status}`);
      const page = await response.json();
      const item = page.items?.[cursor.index];
      if (item) {
        const base = cursor.page;
        cursor = { page: cursor.page, index: cursor.index + 1 };
        return { item, base };
      }
      if (!page.next_url) return null;
      cursor = { page: absolute(page.next_url, cursor.page), index: 0 };
    }
  }

  async function loadNext() {
    const next = await fetchNext();
    if (!next) return null;
    position += 1;
    const article = append(next.item, next.base, position);
    if (position === 1) document.title = next.item.title;
    // Appended galleries get the same treatment as the first one: a timer after the load.
    else setTimeout(startCarousels, CAROUSEL_DELAY_MS);
    return article;
  }

  function startCarousels() {
    const Swiper = window.Swiper;
    if (typeof Swiper !== 'function') return;
    for (const gallery of document.querySelectorAll('.story__gallery')) {
      if (gallery.classList.contains('swiper-initialized')) continue;
      new Swiper(gallery, {
        loop: true,
        pagination: false,
        navigation: {
          nextEl: gallery.querySelector('.swiper-button-next'),
          prevEl: gallery.querySelector('.swiper-button-prev'),
        },
      });
    }
  }

  // Every time an appended article is a tenth in view, its URL is pushed and the title set.
  const onView = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const article = entry.target;
        const url = article.getAttribute('data-url');
        if (!url) continue;
        history.pushState(null, '', url);
        const title = article.querySelector('.story__title')?.textContent ?? '';
        const section = article.querySelector('.story__section')?.textContent ?? '';
        const authors = article.querySelector('.story__authors')?.textContent ?? '';
        const where = new URL(url, location.origin);
        const chartbeat = window.pSUPERFLY;
        if (chartbeat && typeof chartbeat.virtualPage === 'function') {
          try {
            chartbeat.virtualPage({ path: where.host + where.pathname, title, section, authors });
          } catch (error) {
            console.error('virtual page view failed', error);
          }
        }
        if (title && title !== document.title) document.title = title;
      }
    },
    { threshold: 0.1 },
  );

  stories.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('.story__more') : null;
    const article = button?.closest('article');
    if (!article) return;
    article.querySelector('.story__summary').remove();
    article.querySelector('.story__body').classList.remove('is-hidden');
  });

  let loads = 0;
  let busy = false;

  function markerOnScreen() {
    const box = marker.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom >= 0;
  }

  function onScroll() {
    if (busy || !markerOnScreen()) return;
    if (loads >= EXTRA_ARTICLES) {
      window.removeEventListener('scroll', onScroll);
      return;
    }
    busy = true;
    loadNext()
      .then((article) => {
        if (article) onView.observe(article);
        loads += 1;
      })
      .catch((error) => console.error('could not load the next article', error))
      .finally(() => {
        busy = false;
      });
  }

  // The "server-rendered" first article: on the page before the reader scrolls.
  loadNext()
    .then(() => {
      window.addEventListener('scroll', onScroll);
    })
    .catch((error) => console.error('could not load the first article', error));
  setTimeout(startCarousels, CAROUSEL_DELAY_MS);
})();
