import type { FeedPage } from './article';
import { fetchJsonFeedPage } from './sources/json-feed';
import { wordPressFirstPage } from './sources/wordpress-urls';

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

export function createSource(kind: SourceKind, feedUrl: string): ArticleSource {
  switch (kind) {
    case 'jsonfeed':
      return { kind, first: absolute(feedUrl), fetchPage: fetchJsonFeedPage };
    // RSS and WordPress are their own chunks: a JSON Feed publisher never downloads them.
    case 'rss':
      return {
        kind,
        first: absolute(feedUrl),
        fetchPage: async (cursor, signal) =>
          (await import('./sources/rss')).fetchRssPage(cursor, signal),
      };
    case 'wordpress':
      // feedUrl is the REST base (/wp-json); the source builds the posts query from it.
      return {
        kind,
        first: wordPressFirstPage(feedUrl),
        fetchPage: async (cursor, signal) =>
          (await import('./sources/wordpress')).fetchWordPressPage(cursor, signal),
      };
  }
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
