import { useMemo, useState } from 'react';
import type { Article } from '../content/article';
import { ArticleBlock, type FeedArticleSettings } from './article-block';
import { createArticleRuns } from './article-runs';
import { currentSeenBy, type ReadingWindow } from './reading-window';

interface FeedArticlesProps {
  /** The sequence's articles, loaded so far. */
  readonly articles: readonly Article[];
  /** How many of them are on the page, from the first. */
  readonly shown: number;
  /** The article after the sequence's last, when known. */
  readonly following: Article | null;
  /** No article will be added to the sequence. */
  readonly complete: boolean;
  readonly window: ReadingWindow;
  /** See ArticleBlockProps.measured. */
  readonly measured: number;
  readonly settings: FeedArticleSettings;
}

/**
 * The feed's articles and ad slots, rendered in runs (article-block.tsx): a re-render of the
 * reader for a move, a reveal or a page visits the runs, and inside them only those near the
 * article being read or at the end, so its work stays the same however far one reads.
 */
export function FeedArticles(props: FeedArticlesProps) {
  const { articles, shown, following, complete, window, measured, settings } = props;
  const [cache] = useState(createArticleRuns);
  const runs = useMemo(() => cache.of(articles, shown), [cache, articles, shown]);
  return runs.map((run) => {
    const to = run.from + run.articles.length;
    return (
      <ArticleBlock
        key={run.from}
        run={run}
        after={articles[to] ?? (to === articles.length ? following : null)}
        endsFeed={complete && to === articles.length}
        current={currentSeenBy(window, run.from, to)}
        measured={measured}
        settings={settings}
      />
    );
  });
}
