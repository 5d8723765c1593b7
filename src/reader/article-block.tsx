import { memo } from 'react';
import type { Article } from '../content/article';
import { articleKey, type ArticleKey } from '../content/article-key';
import type { AdSlotHandler } from '../widgets/ad-slot';
import type { ReaderOptions } from './options';
import type { ArticleRun } from './article-runs';
import { FeedArticle } from './feed-article';
import { asleepBeside } from './reading-window';
import type { SleepHeights } from './sleep-heights';
import type { MeasureRef } from './use-sleep-heights';

/** What every article of the feed is rendered with, the same for all of them. */
export interface FeedArticleSettings {
  /** Positions before the reader's first article (a host article). */
  readonly offset: number;
  /** aria-setsize: the sequence's length once known, -1 before. */
  readonly setSize: number;
  /** The prefix of every article's title id. */
  readonly titleIds: string;
  readonly collapse: ReaderOptions['collapse'];
  readonly tagUrl: string;
  readonly nextLabel: string;
  readonly adEvery: number;
  readonly maxArticles: number;
  readonly onAdSlot: AdSlotHandler | null;
  readonly adLabel: string;
  readonly heights: SleepHeights;
  readonly measure: MeasureRef;
  /** Wakes with "Read more" opened (see reader.tsx). */
  readonly opened: (key: ArticleKey) => boolean;
  readonly onOpened: (article: Article) => void;
}

export interface ArticleBlockProps {
  readonly run: ArticleRun;
  /** The article after the run's last, for its "next" link; null: none known. */
  readonly after: Pick<Article, 'id' | 'link' | 'title'> | null;
  /** The run ends with the sequence's last article, after which no ad slot comes. */
  readonly endsFeed: boolean;
  /** The article being read, as this run sees it (reading-window.ts, currentSeenBy). */
  readonly current: number;
  /**
   * Bumped when an article that should sleep got its first height (use-sleep-heights.ts):
   * not read here, but a new value re-renders the run, which then reads that height.
   */
  readonly measured: number;
  readonly settings: FeedArticleSettings;
}

/**
 * A run of consecutive articles (article-runs.ts) as one memoised component with no element
 * of its own: the feed's children stay its articles and ad slots. Its props change only when
 * one of its articles wakes, falls asleep, is added or gets its "next" article, so a move
 * elsewhere in the feed costs React one skipped fiber for the whole run.
 */
export const ArticleBlock = memo(function ArticleBlock(props: ArticleBlockProps) {
  const { run, after, endsFeed, current, settings } = props;
  const last = run.articles.length - 1;
  return run.articles.map((article, i) => {
    const index = run.from + i;
    const position = index + 1 + settings.offset;
    const key = articleKey(article);
    // Slots sit between articles: none after the last one, whether maxArticles or the feed's
    // end made it the last.
    const adAfter =
      settings.adEvery > 0 &&
      position % settings.adEvery === 0 &&
      position < settings.maxArticles &&
      !(endsFeed && i === last);
    const height = asleepBeside(current, index) ? settings.heights.get(key) : undefined;
    return (
      <FeedArticle
        key={key}
        article={article}
        position={position}
        setSize={settings.setSize}
        titleId={`${settings.titleIds}${position}`}
        next={run.articles[i + 1] ?? after}
        collapsed={
          settings.collapse === 'all' || (settings.collapse === 'appended' && position > 1)
        }
        tagUrl={settings.tagUrl}
        nextLabel={settings.nextLabel}
        sleepHeight={height ?? null}
        measure={settings.measure}
        opened={settings.opened(key)}
        onOpened={settings.onOpened}
        adPosition={adAfter ? position / settings.adEvery : null}
        onAdSlot={settings.onAdSlot}
        adLabel={settings.adLabel}
      />
    );
  });
});
