import { urlKey } from '../content/urls';

/**
 * The reader's article element at `url`, if it is on the page. Only for Back and Forward,
 * which name an address; everything else finds an article by its key (article-key.ts).
 */
export function findArticleElementByUrl(
  container: ParentNode | null,
  url: string,
): HTMLElement | null {
  if (!container) return null;
  const key = urlKey(new URL(url, window.location.href).href);
  for (const element of container.querySelectorAll<HTMLElement>('article[data-url]')) {
    // data-url may be root-relative, as the feed wrote it.
    const url = new URL(element.dataset.url ?? '', window.location.href).href;
    if (urlKey(url) === key) return element;
  }
  return null;
}

/**
 * Puts an article's top just under the top of the viewport. Instant, whatever the host page's
 * scroll-behavior: a smooth scroll would pass other articles across the middle line and
 * make them current on the way.
 */
export function scrollToArticle(element: HTMLElement): void {
  const top = element.getBoundingClientRect().top + window.scrollY - 8;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}
