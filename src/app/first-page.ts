/*
 * The first page of a JSON Feed is fetched by the embed entry itself, as soon as it runs and
 * beside the app's chunk; the response is handed to the source's fetch (one request, not
 * two), and a copy of it is read at once for the first article's lead picture, which is
 * preloaded with high priority while the app's code is still on its way: the picture is the
 * page's largest paint, and React would only ask for it once it has run (issue 7).
 */
import type { FetchLike } from '../content/content-env';
import { JSON_FEED_ACCEPT, jsonFeedLeadUrl } from '../content/sources/json-feed-lead';
import { resolveHttpUrl, urlKey } from '../content/urls';

/** A first page already on its way, for the source to take up. */
export interface FirstPage {
  readonly url: string;
  readonly response: Promise<Response>;
}

/**
 * Fetches a JSON Feed's first page (with the source's own Accept and credentials) and, once
 * it answers, preloads the lead picture of the article the reader will show first.
 */
export function fetchFirstJsonFeedPage(
  doc: Document,
  url: string,
  fetcher: FetchLike,
  /** Called with the lead picture's preload; absent: no preload (the first article is below). */
  onLeadPreload?: (link: HTMLLinkElement) => void,
): FirstPage {
  const response = fetcher(url, {
    headers: { Accept: JSON_FEED_ACCEPT },
    credentials: 'same-origin',
  }).then((answer) => {
    // Cloned before the source can read the body: each reads its own copy.
    if (answer.ok && onLeadPreload) {
      answer
        .clone()
        .json()
        .then((json: unknown) => {
          const link = preloadLeadImage(doc, json, answer.url || url);
          if (link) onLeadPreload(link);
        })
        // Not JSON: the source says so once the app has loaded.
        .catch(() => undefined);
    }
    return answer;
  });
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
 * Adds `<link rel="preload" as="image" fetchpriority="high">` for the lead picture of the
 * article shown first: the one at the page's own address when the page is in the feed's first
 * page (an embed on an article's page begins there), else the first item that can be shown.
 */
function preloadLeadImage(
  doc: Document,
  json: unknown,
  documentUrl: string,
): HTMLLinkElement | null {
  const items =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>).items : null;
  if (!Array.isArray(items)) return null;
  const shown = (items as unknown[]).filter((item) => itemUrl(item, documentUrl) !== null);
  const here = urlKey(doc.URL);
  const first: unknown =
    shown.find((item) => urlKey(itemUrl(item, documentUrl) ?? '') === here) ?? shown[0];
  const src = jsonFeedLeadUrl(first, documentUrl);
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
