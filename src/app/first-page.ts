/*
 * The first page of a JSON Feed is fetched by the embed entry itself, as soon as it runs and
 * beside the app's chunk; the response is handed to the source's fetch (one request, not
 * two), and a copy of it is read at once for the first article's lead picture, which is
 * preloaded with high priority while the app's code is still on its way: the picture is the
 * page's largest paint, and React would only ask for it once it has run (issue 7). The same
 * copy is what the entry paints the first article's first screen from (first-screen.ts).
 */
import type { FetchLike } from '../content/content-env';
import { JSON_FEED_ACCEPT, jsonFeedLeadUrl } from '../content/sources/json-feed-lead';
import { resolveHttpUrl, urlKey } from '../content/urls';
import { mayBeArticleOf } from '../reader/article-url-shape';

/** A first page already on its way, for the source to take up. */
export interface FirstPage {
  readonly url: string;
  readonly response: Promise<Response>;
}

/** The feed item the reader will show first, as the first page's JSON holds it. */
export interface FirstItem {
  /** The feed document itself, for what it says once for all items (language, authors). */
  readonly feed: Readonly<Record<string, unknown>>;
  readonly item: unknown;
  /** The URL the page was read from, that the item's URLs are relative to. */
  readonly documentUrl: string;
}

/**
 * Fetches a JSON Feed's first page (with the source's own Accept and credentials) and, once
 * it answers, tells `onFirstItem` once which item the reader will show first (when it is on
 * that page), for its lead picture's preload and its first screen, or null when the page
 * names none: it failed, is not JSON, or holds no such item (the entry then starts the app
 * without waiting for a first screen).
 */
export function fetchFirstJsonFeedPage(
  doc: Document,
  url: string,
  fetcher: FetchLike,
  /** Absent: the first article is below a server-rendered one (startAfter); nothing to do. */
  onFirstItem?: (first: FirstItem | null) => void,
): FirstPage {
  const response = fetcher(url, {
    headers: { Accept: JSON_FEED_ACCEPT },
    credentials: 'same-origin',
  });
  if (onFirstItem) {
    void response
      // Cloned before the source can read the body: each reads its own copy.
      .then(async (answer) =>
        answer.ok ? firstItem(doc, await answer.clone().json(), answer.url || url) : null,
      )
      // Not JSON, or no answer: the source says so once the app has loaded.
      .catch(() => null)
      .then((first) => onFirstItem(first));
  }
  // A failure is the source's to report (the handed-off promise rejects there).
  response.catch(() => undefined);
  return { url, response };
}

/** A fetch that answers the first page's URL once with the response already on its way. */
export function withFirstPage(first: FirstPage | null, fetcher: FetchLike): FetchLike {
  let pending = first;
  return (url, init) => {
    if (pending && url === pending.url) {
      const { response } = pending;
      pending = null; // A retry asks the network again.
      return response;
    }
    return fetcher(url, init);
  };
}

/**
 * The item the reader shows first: the one at the page's own address when the page is in the
 * feed's first page (an embed on an article's page begins there), else the first item that
 * can be shown; null when the reader will look further than this page for the page's own
 * article (use-article-feed.ts, mayBeArticleOf), or when the page has none.
 */
function firstItem(doc: Document, json: unknown, documentUrl: string): FirstItem | null {
  if (typeof json !== 'object' || json === null) return null;
  const feed = json as Record<string, unknown>;
  if (!Array.isArray(feed.items)) return null;
  const shown = (feed.items as unknown[]).flatMap((item) => {
    const url = itemUrl(item, documentUrl);
    return url === null ? [] : [{ item, url }];
  });
  const here = urlKey(doc.URL);
  const own = shown.find(({ url }) => urlKey(url) === here);
  if (own) return { feed, item: own.item, documentUrl };
  if (shown.length === 0 || mayBeArticleOf(doc.URL, shown)) return null;
  return { feed, item: shown[0]?.item, documentUrl };
}

/** Adds `<link rel="preload" as="image" fetchpriority="high">` for the item's lead picture. */
export function preloadLeadImage(doc: Document, first: FirstItem): HTMLLinkElement | null {
  const src = jsonFeedLeadUrl(first.item, first.documentUrl);
  if (src === null) return null;
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'image';
  link.href = src;
  link.setAttribute('fetchpriority', 'high');
  doc.head.append(link);
  return link;
}

/** The item's URL when it has the title and URL an article needs (the source's own check). */
function itemUrl(item: unknown, base: string): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const { title, url } = item as Record<string, unknown>;
  return typeof title === 'string' && title.trim() !== '' ? resolveHttpUrl(url, base) : null;
}
