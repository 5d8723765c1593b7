import { useCallback, useId, useMemo, useState } from 'react';
import type { Article } from '../content/article';
import { articleKey, type ArticleKey } from '../content/article-key';
import type { FeedArticleSettings } from './article-block';
import type { ReaderOptions } from './options';
import { useSleepHeights } from './use-sleep-heights';

interface SettingsInput {
  /** Positions before the reader's first article (a host article). */
  readonly offset: number;
  /** aria-setsize: the sequence's length once known, -1 before. */
  readonly setSize: number;
  /** The keys a restored place had opened ("Read more"). */
  readonly expanded: readonly string[] | undefined;
}

/**
 * What every article of the feed is rendered with, as one object that is new only when one of
 * its parts is (rarely: the feed's end sets setSize), so the runs of articles it is given
 * compare equal (feed-articles.tsx; docs/decisions/0170). `measured`: see use-sleep-heights.ts.
 */
export function useArticleSettings(
  options: ReaderOptions,
  { offset, setSize, expanded }: SettingsInput,
): { settings: FeedArticleSettings; measured: number } {
  const { heights, measure, measured } = useSleepHeights();
  // A sleeping article is a shell without state of its own (feed-article.tsx): what it must
  // wake with is kept here, by key. Mutated in place: nothing renders differently until it wakes.
  const [openedKeys] = useState(() => new Set<ArticleKey>());
  const onOpened = useCallback(
    (article: Article) => openedKeys.add(articleKey(article)),
    [openedKeys],
  );
  const titleIds = useId();
  const { collapse, tagUrl, adEvery, maxArticles, onAdSlot, labels } = options;
  const settings = useMemo<FeedArticleSettings>(
    () => ({
      offset,
      setSize,
      titleIds,
      collapse,
      tagUrl,
      nextLabel: labels.nextArticle,
      adEvery,
      maxArticles,
      onAdSlot,
      adLabel: labels.advertisement,
      heights,
      measure,
      opened: (key) => openedKeys.has(key) || (expanded?.includes(key) ?? false),
      onOpened,
    }),
    [
      offset,
      setSize,
      titleIds,
      collapse,
      tagUrl,
      labels,
      adEvery,
      maxArticles,
      onAdSlot,
      heights,
      measure,
      openedKeys,
      expanded,
      onOpened,
    ],
  );
  return { settings, measured };
}
