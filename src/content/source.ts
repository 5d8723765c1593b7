import type { FeedPage } from './article';
import { browserEnv, type ContentEnv } from './content-env';
import { purifierReady } from './purifier';
import { retryableImport } from './retryable-import';
import { fetchJsonFeedPage } from './sources/json-feed';

export type SourceKind = 'jsonfeed' | 'wordpress' | 'rss';

/**
 * Where articles come from, whatever the publisher serves. A page is found by a cursor (for
 * JSON Feed and RSS, the page's URL; for WordPress, the REST query of that page), never by a
 * number the reader would have to trust.
 */
export interface ArticleSource {
  readonly kind: SourceKind;
  /** The cursor of the first page. */
  readonly first: string;
  fetchPage(cursor: string, signal?: AbortSignal): Promise<FeedPage>;
}

/**
 * The source for a publisher's feed. `env` is the page's window and fetch by default; the
 * server passes its own DOM and cached fetch, and a relative feedUrl resolves against that
 * window's document.
 */
export function createSource(
  kind: SourceKind,
  feedUrl: string,
  env: ContentEnv = browserEnv(),
): ArticleSource {
  const source = sourceOf(kind, feedUrl, env);
  // A page's bodies are sanitised when shown, synchronously: the sanitiser must be there by
  // then. It is at once where the browser has one; else its chunk loads beside the request.
  return {
    ...source,
    fetchPage: async (cursor, signal) =>
      (await Promise.all([source.fetchPage(cursor, signal), purifierReady(env.window)]))[0],
  };
}

// RSS and WordPress are chunks of their own; each import after a failure fetches anew.
const importRss = retryableImport(
  (): Promise<typeof import('./sources/rss')> => import('./sources/rss'),
);
const importWordPress = retryableImport(
  (): Promise<typeof import('./sources/wordpress')> => import('./sources/wordpress'),
);

function sourceOf(kind: SourceKind, feedUrl: string, env: ContentEnv): ArticleSource {
  const base = env.window.document.baseURI;
  switch (kind) {
    case 'jsonfeed':
      return {
        kind,
        first: new URL(feedUrl, base).href,
        fetchPage: (cursor, signal) => fetchJsonFeedPage(cursor, signal, env),
      };
    // RSS and WordPress are their own chunks: a JSON Feed publisher never downloads them.
    case 'rss':
      return {
        kind,
        first: new URL(feedUrl, base).href,
        fetchPage: async (cursor, signal) => (await importRss()).fetchRssPage(cursor, signal, env),
      };
    case 'wordpress': {
      // feedUrl is the REST base (/wp-json): it is the first page's cursor, and the source
      // builds the posts query from it, so a JSON Feed page carries none of WordPress's code.
      // One reader per source keeps what it looked up about the site between pages.
      const first = new URL(feedUrl.trim(), base).href;
      let reader: Promise<ArticleSource['fetchPage']> | null = null;
      return {
        kind,
        first,
        fetchPage: async (cursor, signal) => {
          reader ??= importWordPress().then(
            (module) => {
              const created = module.createWordPressReader(env);
              const firstPage = module.wordPressFirstPage(first, base);
              return (pageCursor: string, pageSignal?: AbortSignal) =>
                created.fetchPage(pageCursor === first ? firstPage : pageCursor, pageSignal);
            },
            (error: unknown) => {
              // The next page's request (a retry, Try again) asks for the chunk again.
              reader = null;
              throw error;
            },
          );
          return (await reader)(cursor, signal);
        },
      };
    }
  }
}
