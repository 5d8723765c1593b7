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
  return createSequenceBuilder()(pages, request);
}

/**
 * buildSequence for pages that grow at their end, as a feed's pages arrive: each page's
 * articles are read once, when it arrives, so a new page costs the same at page 2 as at
 * page 20 (work per render that stays the same however far one reads, docs/decisions/0170).
 * Pages that are not the last call's with more at the end (a reset feed) are read afresh.
 */
export function createSequenceBuilder(): typeof buildSequence {
  let read: readonly FeedPage[] = [];
  let seen = new Set<string>();
  let all: Article[] = [];
  let duplicates: readonly Article[] = [];
  // Where the start article is, looked for only among the articles not searched yet.
  let located = { url: '', searched: 0, index: -1 };
  const locate = (url: string): number => {
    if (located.url !== url) located = { url, searched: 0, index: -1 };
    if (located.index !== -1) return located.index;
    const key = urlKey(url);
    for (let i = located.searched; i < all.length; i += 1) {
      if (urlKey(all[i]?.url ?? '') !== key) continue;
      located.index = i;
      return i;
    }
    located.searched = all.length;
    return -1;
  };
  return (pages, request) => {
    const grown = read.length <= pages.length && read.every((page, i) => page === pages[i]);
    if (!grown) {
      read = [];
      seen = new Set();
      all = [];
      duplicates = [];
      located = { url: '', searched: 0, index: -1 };
    }
    for (const page of pages.slice(read.length)) {
      for (const article of page.articles) {
        // A new array when one is added, so what logs them sees a change.
        if (seen.has(article.id)) duplicates = [...duplicates, article];
        else {
          seen.add(article.id);
          all.push(article);
        }
      }
    }
    read = pages;
    return pages.length === 0 ? LOADING : sequenceOf(all, duplicates, request, locate);
  };
}

const LOADING: Sequence = {
  status: 'loading',
  articles: [],
  following: null,
  complete: false,
  duplicates: [],
};

/** The sequence over the feed's articles, each id once, in feed order. */
function sequenceOf(
  all: readonly Article[],
  duplicates: readonly Article[],
  request: SequenceRequest,
  locate: (url: string) => number,
): Sequence {
  let from = 0;
  if (request.startUrl !== null) {
    const index = locate(request.startUrl);
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
