// The peer's article markup, in one place for both sides: the bench server renders the first
// article into the page with it (as the publisher's server does), and peer.js renders each
// appended one with it in the browser. A classic script: in the browser it defines
// window.peerArticleHtml; in Node, importing it defines globalThis.peerArticleHtml.
(function defineArticleHtml(scope) {
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

  /**
   * The whole article as the publisher's server sends it. The first (position 1) is open;
   * appended ones show the summary and keep the full body, hidden, in the page.
   */
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

  scope.peerArticleHtml = articleHtml;
  scope.peerEscapeHtml = escapeHtml;
})(globalThis);
