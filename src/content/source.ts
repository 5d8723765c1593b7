import type { FeedPage } from './article';
import { fetchJsonFeedPage } from './sources/json-feed';
import { fetchRssPage } from './sources/rss';
import { createWordPressSource } from './sources/wordpress';

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
    case 'rss':
      return { kind, first: absolute(feedUrl), fetchPage: fetchRssPage };
    case 'wordpress': {
      // feedUrl is the REST base (/wp-json); the source builds the posts query from it.
      const wordpress = createWordPressSource(feedUrl);
      return {
        kind,
        first: wordpress.first,
        fetchPage: (cursor, signal) => wordpress.fetchPage(cursor, signal),
      };
    }
  }
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
