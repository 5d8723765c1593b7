/*
 * The first feed page is requested as soon as the entry module runs, beside the app's own
 * chunk rather than after it. A JSON Feed's is fetched by the entry itself and handed to the
 * source (first-page.ts), which lets the entry preload the lead picture too; an RSS feed's is
 * a <link rel="preload" as="fetch"> that the source's fetch then takes up (same URL, CORS mode
 * and credentials), so either way it is one request, not two.
 */
import type { FetchLike } from '../content/content-env';
import {
  fetchFirstJsonFeedPage,
  preloadLeadImage,
  type FirstItem,
  type FirstPage,
} from './first-page';

/** Sources whose first page is the feed URL itself; WordPress builds its cursor in its chunk. */
const FIRST_PAGE_IS_FEED_URL = new Set(['jsonfeed', 'rss']);

export interface StartedFirstPage {
  /** A JSON Feed's first page on its way, for the source to take up. */
  readonly page: FirstPage | null;
  /** Takes the hints it added out of the document again (the reader was unmounted). */
  remove(): void;
}

/**
 * Starts the first page of the feed the options name; null when none could be started (or
 * the options are not usable: the options check warns about them once the app has loaded).
 * `leadPicture`: also preload the lead picture of the first article (it is on the first
 * screen, not below a server-rendered article); `onFirstItem` then hears which item that is,
 * or null.
 */
export function startFirstFeedPage(
  doc: Document,
  raw: Readonly<Record<string, unknown>>,
  { fetcher = (url, init) => fetch(url, init), leadPicture = true, onFirstItem }: StartOptions = {},
): StartedFirstPage | null {
  const source = raw.source ?? 'jsonfeed';
  if (typeof source !== 'string' || !FIRST_PAGE_IS_FEED_URL.has(source)) return null;
  if (typeof raw.feedUrl !== 'string' || raw.feedUrl.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.feedUrl, doc.baseURI);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const added: HTMLLinkElement[] = [];
  const remove = () => added.forEach((link) => link.remove());
  if (source === 'jsonfeed') {
    // A publisher's own preload of the feed in the page's HTML is taken up by this fetch.
    const onFirst = leadPicture
      ? (first: FirstItem | null) => {
          const link = first && preloadLeadImage(doc, first);
          if (link) added.push(link);
          onFirstItem?.(first);
        }
      : undefined;
    return { page: fetchFirstJsonFeedPage(doc, url.href, fetcher, onFirst), remove };
  }
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
  added.push(link);
  return { page: null, remove };
}

interface StartOptions {
  readonly fetcher?: FetchLike;
  readonly leadPicture?: boolean;
  /** Told once: the first article's item, or null when the page names none to paint. */
  readonly onFirstItem?: (first: FirstItem | null) => void;
}
