import { createHash } from 'node:crypto';
import type { FeedPage } from '../../src/content/article.ts';
import type { FetchLike } from '../../src/content/content-env.ts';
import { FeedError } from '../../src/content/feed-error.ts';
import type { ArticleSource, SourceKind } from '../../src/content/source.ts';
import { JSON_FEED_ACCEPT } from '../../src/content/sources/json-feed.ts';
import { RSS_ACCEPT } from '../../src/content/sources/rss.ts';
import { wordPressFirstPage } from '../../src/content/sources/wordpress-urls.ts';
import { setNewest } from '../bounded-map.ts';

/*
 * Feed pages as the server reads them: through the content layer's source (the same parse
 * and sanitiser as the browser) and the server's fetch (the feed cache). Parsing a page with
 * jsdom costs far more than the cached bytes do, so each page's parse is kept while its bytes
 * stay the same: a page view after a feed refresh parses the new copy, never an old one.
 */

export interface PageReader {
  /** The page at `cursor`; throws the source's FeedError when it cannot be read. */
  read(cursor: string): Promise<FeedPage>;
}

interface Parsed {
  readonly fingerprint: string;
  readonly page: FeedPage;
}

/**
 * What each source asks for, so that a fingerprint read that reaches the feed first asks for
 * the same document the source would (the feed cache keeps the first request's Accept).
 */
const ACCEPT: Readonly<Record<SourceKind, string>> = {
  jsonfeed: JSON_FEED_ACCEPT,
  rss: RSS_ACCEPT,
  wordpress: 'application/json, */*;q=0.1',
};

/** More pages than a deep walk reads (50) and a sitemap's share, small in memory. */
const MAX_PARSED = 200;

export function createPageReader(
  source: ArticleSource,
  fetcher: FetchLike,
  warn: (message: string) => void = (message) => console.warn(`[article-reader] ${message}`),
): PageReader {
  const parsed = new Map<string, Parsed>();
  const running = new Map<string, Promise<FeedPage>>();
  // Copies that answered but could not be read (a 200 with a broken body): the page parsed
  // before them is served instead until the bytes change, and each is reported once.
  const unreadable = new Map<string, string>();
  const accept = ACCEPT[source.kind];
  // The document a cursor names, whose bytes say whether its parse is still current: a
  // WordPress source's first cursor is its REST base, and the page is its posts query
  // (src/content/source.ts), not the REST index the base answers with.
  const documentOf = (cursor: string): string =>
    source.kind === 'wordpress' && cursor === source.first
      ? wordPressFirstPage(cursor, cursor)
      : cursor;

  const parse = async (cursor: string, known: string | null): Promise<FeedPage> => {
    // Taken before the parse: should the feed change in between, the next read sees a
    // fingerprint that differs and parses again, rather than keeping a page that is not current.
    const fingerprint = known ?? (await fingerprintOf(fetcher, documentOf(cursor), accept));
    const page = await source.fetchPage(cursor);
    if (fingerprint !== null) remember(cursor, { fingerprint, page });
    return page;
  };

  const remember = (cursor: string, entry: Parsed): void =>
    setNewest(parsed, cursor, entry, MAX_PARSED);

  const read = async (cursor: string): Promise<FeedPage> => {
    const pending = running.get(cursor);
    if (pending) return pending;
    const known = parsed.get(cursor);
    // Once the feed cache holds the document, this read costs no request to the feed.
    const fingerprint = known ? await fingerprintOf(fetcher, documentOf(cursor), accept) : null;
    if (known && fingerprint === known.fingerprint) return known.page;
    if (known && fingerprint !== null && unreadable.get(cursor) === fingerprint) return known.page;
    const started = parse(cursor, fingerprint)
      .then(
        (page) => {
          unreadable.delete(cursor);
          return page;
        },
        (error: unknown) => {
          // Contract section 8: once read, what was last read successfully is served while
          // the feed is broken. A page that is now gone (404) is gone, not broken.
          if (!known || fingerprint === null || statusOf(error) === 404) throw error;
          setNewest(unreadable, cursor, fingerprint, MAX_PARSED);
          warn(
            `${cursor} could not be read (${error instanceof Error ? error.message : String(error)}); serving the copy read before.`,
          );
          return known.page;
        },
      )
      .finally(() => running.delete(cursor));
    running.set(cursor, started);
    return started;
  };

  return { read };
}

function statusOf(error: unknown): number | null {
  return error instanceof FeedError ? error.status : null;
}

/** A digest of the document at `url` as the fetch holds it now; null when it does not answer. */
async function fingerprintOf(
  fetcher: FetchLike,
  url: string,
  accept: string,
): Promise<string | null> {
  try {
    const response = await fetcher(url, { headers: { Accept: accept } });
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return createHash('sha1').update(bytes).digest('base64url');
  } catch {
    return null;
  }
}
