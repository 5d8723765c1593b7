import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { FeedCache, FetchLike } from './feed-cache.ts';

/*
 * Rendered pages, kept until a feed document they were made from changes. While a page
 * renders, every feed URL it reads is noted (AsyncLocalStorage follows the render through
 * its awaits) with the version the feed cache holds; a later view of the page is served from
 * here only while all those versions still hold, so a changed feed shows on the first view
 * after its refresh. Each view also asks the feed cache to refresh stale documents, which is
 * what keeps them fresh while every view is a hit. Concurrent views of one page share one
 * render. Pages from a failed read (5xx) are never kept.
 */

export interface Page {
  readonly status: number;
  readonly html: string;
}

export interface CachedPage extends Page {
  /** A weak validator: each response's nonce changes the bytes, never the page. */
  readonly etag: string;
}

interface Entry {
  readonly page: CachedPage;
  readonly feeds: ReadonlyMap<string, number>;
}

export interface PageCache {
  /** The fetch to give the renderer: the feed cache's, noting what each render reads. */
  readonly fetch: FetchLike;
  get(key: string, render: () => Promise<Page>): Promise<CachedPage>;
  readonly size: number;
}

export function createPageCache(feedCache: FeedCache, maxEntries = 1000): PageCache {
  const reads = new AsyncLocalStorage<Set<string>>();
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<CachedPage>>();

  const tracked: FetchLike = (url, init) => {
    reads.getStore()?.add(new URL(url).href);
    return feedCache.fetch(url, init);
  };

  const current = (entry: Entry): boolean => {
    for (const [url, version] of entry.feeds) {
      feedCache.refreshIfStale(url);
      if (feedCache.versionOf(url) !== version) return false;
    }
    return true;
  };

  const render = async (key: string, draw: () => Promise<Page>): Promise<CachedPage> => {
    const urls = new Set<string>();
    const page = await reads.run(urls, draw);
    const cached = { ...page, etag: etagOf(page.html) };
    const feeds = new Map<string, number>();
    let complete = page.status < 500;
    for (const url of urls) {
      const version = feedCache.versionOf(url);
      // A document that was read but not kept (an error answer) would never be re-checked.
      if (version === undefined) complete = false;
      else feeds.set(url, version);
    }
    if (complete) {
      entries.delete(key);
      entries.set(key, { page: cached, feeds });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    }
    return cached;
  };

  return {
    fetch: tracked,
    get(key, draw) {
      const entry = entries.get(key);
      if (entry && current(entry)) return Promise.resolve(entry.page);
      const running = rendering.get(key);
      if (running) return running;
      const started = render(key, draw).finally(() => rendering.delete(key));
      rendering.set(key, started);
      return started;
    },
    get size() {
      return entries.size;
    },
  };
}

function etagOf(html: string): string {
  return `W/"${createHash('sha1').update(html).digest('base64url')}"`;
}
