import type { Article } from '../content/article';

/**
 * How many consecutive articles the reader renders as one memoised component. A move of the
 * article being read re-renders the runs near it only; the others, asleep and unchanged, are
 * skipped whole, so a render visits about (awake articles + articles / RUN_LENGTH) fibers
 * instead of one for every article read (docs/decisions/0170).
 */
const RUN_LENGTH = 10;

/** Consecutive articles of the sequence, from the index `from`. */
export interface ArticleRun {
  readonly from: number;
  readonly articles: readonly Article[];
}

export interface ArticleRuns {
  /**
   * The first `shown` articles cut into runs of RUN_LENGTH. A run that holds the same
   * articles as in the previous call is the same object, so its component's props compare
   * equal and React skips it.
   */
  readonly of: (articles: readonly Article[], shown: number) => readonly ArticleRun[];
}

export function createArticleRuns(): ArticleRuns {
  let source: readonly Article[] = [];
  let runs: readonly ArticleRun[] = [];
  return {
    of(articles, shown) {
      const next: ArticleRun[] = [];
      for (let from = 0; from < shown; from += RUN_LENGTH) {
        const to = Math.min(from + RUN_LENGTH, shown);
        const before = runs[next.length];
        // The same array (a reveal) has the same articles in every full run; a new one (a
        // page arrived) is compared article by article, pointers only.
        const same =
          before !== undefined &&
          before.articles.length === to - from &&
          (articles === source || before.articles.every((a, i) => a === articles[from + i]));
        next.push(same ? before : { from, articles: articles.slice(from, to) });
      }
      source = articles;
      runs = next;
      return next;
    },
  };
}
