import type { FeedPage } from './article';
import { fetchJsonFeedPage } from './sources/json-feed';

export type SourceKind = 'jsonfeed' | 'wordpress' | 'rss';

/**
 * Where articles come from, whatever the publisher serves. A page is found by a cursor (for
 * JSON Feed, the page's URL), never by a number the reader would have to trust.
 */
export interface ArticleSource {
  readonly kind: SourceKind;
  /** The cursor of the first page. */
  readonly first: string;
  fetchPage(cursor: string, signal?: AbortSignal): Promise<FeedPage>;
}

export function createSource(kind: SourceKind, feedUrl: string): ArticleSource {
  const first = new URL(feedUrl, document.baseURI).href;
  switch (kind) {
    case 'jsonfeed':
      return { kind, first, fetchPage: fetchJsonFeedPage };
    case 'wordpress':
    case 'rss':
      // Option parsing never lets these through yet (it warns and falls back to jsonfeed);
      // this keeps the switch exhaustive for when they arrive.
      throw new Error(`[article-reader] The ${kind} source is not available in this version.`);
  }
}
