// The benchmark's "peer": a publisher page that does endless articles the way the page the
// reader replaces does (see bench/README.md), written afresh on the sample feed. Its choices
// are deliberate and are what the benchmark compares against:
//   - the first article comes server-rendered in the HTML (bench/lib/peer-page.mjs);
//   - a window scroll listener that measures the end-of-page marker on every scroll event;
//   - one request per extra article, guarded by a busy flag, ten extra articles at most
//     (more only when the bench's memory scenario asks, through data-extra);
//   - every appended article carries its whole body in the DOM, hidden behind "Read more";
//   - an IntersectionObserver (threshold 0.1) on each appended article that pushes a history
//     entry every time the article comes into view, however often that happens;
//   - carousels started by a timer three seconds after a load, and never destroyed.
'use strict';

(function peerPage() {
  const CAROUSEL_DELAY_MS = 3000;

  const stories = document.getElementById('stories');
  const marker = document.getElementById('more-marker');
  if (!stories || !marker || typeof window.peerArticleHtml !== 'function') return;
  // The server rendered the first article and says where the next one is. The publisher's
  // page adds ten; the bench's memory scenario asks for more (data-extra).
  const EXTRA_ARTICLES = Number(stories.dataset.extra) || 10;

  const articleHtml = window.peerArticleHtml;
  const absolute = (url, base) => new URL(url, base).href;

  function append(item, base, position) {
    stories.insertAdjacentHTML('beforeend', articleHtml(item, base, position));
    const articles = stories.querySelectorAll('article');
    return articles[articles.length - 1];
  }

  // Where the next article is: a feed page and an index in it. Each load asks the server for
  // that page again, as the publisher's page asks its server for one article per load.
  let cursor = {
    page: new URL(stories.dataset.nextPage || '/feed.json', location.href).href,
    index: Number(stories.dataset.nextIndex) || 0,
  };
  let position = stories.querySelectorAll('article').length;

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
    // Appended galleries get the same treatment as the first one: a timer after the load.
    setTimeout(startCarousels, CAROUSEL_DELAY_MS);
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

  // The first article came with the HTML; the page starts its carousels on a timer.
  window.addEventListener('scroll', onScroll);
  setTimeout(startCarousels, CAROUSEL_DELAY_MS);
})();
