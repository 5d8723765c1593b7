/*
 * The first feed page is requested as soon as the entry module runs, beside the app's own
 * chunk rather than after it: a <link rel="preload" as="fetch"> that the source's fetch then
 * takes up (same URL, CORS mode and credentials), so it is one request, not two.
 */

/** Sources whose first page is the feed URL itself; WordPress builds its cursor in its chunk. */
const FIRST_PAGE_IS_FEED_URL = new Set(['jsonfeed', 'rss']);

/** The preload link it added, or null when none was needed (or the options are not usable). */
export function preloadFirstFeedPage(
  doc: Document,
  raw: Readonly<Record<string, unknown>>,
): HTMLLinkElement | null {
  const source = raw.source ?? 'jsonfeed';
  if (typeof source !== 'string' || !FIRST_PAGE_IS_FEED_URL.has(source)) return null;
  if (typeof raw.feedUrl !== 'string' || raw.feedUrl.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.feedUrl, doc.baseURI);
  } catch {
    return null; // The options check warns about it once the app has loaded.
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The publisher's own hint in the page's HTML already does it, and earlier.
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="preload"]')) {
    if (link.href === url.href) return null;
  }
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  doc.head.append(link);
  return link;
}
