import type { Article, FeedPage } from '../content/article';
import { urlKey } from '../content/urls';

export interface SequenceRequest {
  /** The article to begin at (a deep link, or startAfter's host article); null: the first. */
  readonly startUrl: string | null;
  /** Begin with the article after startUrl rather than at it (the host already shows it). */
  readonly startAfter: boolean;
  /** How many articles the reader itself may show. */
  readonly limit: number;
  /** Whether the source has pages that have not been fetched. */
  readonly morePages: boolean;
  /** Whether the start article may still be looked for in further pages. */
  readonly mayLocateFurther: boolean;
  /**
   * When startUrl is in no page: 'report' it (the standalone app shows "not found"), or begin
   * at the 'first' article (an embed on a page whose URL is not an article's).
   */
  readonly whenMissing: 'report' | 'first';
}

type SequenceStatus =
  /** No page has arrived yet. */
  | 'loading'
  /** The start article is not in the pages fetched so far; more pages may hold it. */
  | 'locating'
  /** The start article is in no page of the feed. */
  | 'missing'
  | 'ready';

export interface Sequence {
  readonly status: SequenceStatus;
  /** The articles to read, in feed order, each id once, at most `limit`. */
  readonly articles: readonly Article[];
  /** The article after the last one in `articles`, when known (for its "next" link). */
  readonly following: Article | null;
  /** No article will ever be added: the limit is reached or the feed is exhausted. */
  readonly complete: boolean;
  /** Items skipped because their id was already seen, for the console. */
  readonly duplicates: readonly Article[];
}

/**
 * Turns the fetched feed pages into what the reader shows. Pure: the same pages and request
 * give the same sequence, however often and in whatever order the pages arrived.
 */
export function buildSequence(pages: readonly FeedPage[], request: SequenceRequest): Sequence {
  if (pages.length === 0) {
    return { status: 'loading', articles: [], following: null, complete: false, duplicates: [] };
  }
  const seen = new Set<string>();
  const all: Article[] = [];
  const duplicates: Article[] = [];
  for (const page of pages) {
    for (const article of page.articles) {
      if (seen.has(article.id)) duplicates.push(article);
      else {
        seen.add(article.id);
        all.push(article);
      }
    }
  }

  let from = 0;
  if (request.startUrl !== null) {
    const key = urlKey(request.startUrl);
    const index = all.findIndex((article) => urlKey(article.url) === key);
    const locating = request.morePages && request.mayLocateFurther;
    if (index === -1 && (locating || request.whenMissing === 'report')) {
      return {
        status: locating ? 'locating' : 'missing',
        articles: [],
        following: null,
        complete: !locating,
        duplicates,
      };
    }
    if (index !== -1) from = request.startAfter ? index + 1 : index;
  }

  const articles = all.slice(from, from + request.limit);
  const following = all[from + articles.length] ?? null;
  const complete = articles.length >= request.limit || (!request.morePages && following === null);
  return { status: 'ready', articles, following, complete, duplicates };
}
