import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { warn } from '../shared/log';
import type { FeedPage } from '../content/article';
import type { ArticleSource } from '../content/source';
import { mayBeArticleOf } from './article-url-shape';
import { feedStoreOf } from './feed-store';
import { onFirstInput } from './first-input';
import { createSequenceBuilder, type Sequence } from './sequence';

/**
 * How many feed pages are read looking for the start article before giving up. The
 * standalone app looks far (a deep link to an old article); an embed on a page that is not
 * an article (a section front) should not read the whole feed before showing anything.
 */
const LOCATE_PAGES = { report: 50, first: 3 } as const;

export interface ArticleFeed {
  readonly sequence: Sequence;
  /** The first article of the feed, for "not found" and end links. */
  readonly latest: FeedPage['articles'][number] | null;
  readonly siteTitle: string | null;
  /** A feed page is on its way: the first one, or a next one. */
  readonly isFetchingPage: boolean;
  readonly error: Error | null;
  /** Fetches the next page unless one is already on its way (so a sentinel can fire freely). */
  readonly loadMore: () => void;
  /** After a failure: tries the failed request again, keeping what is on screen. */
  readonly retry: () => void;
}

export function useArticleFeed(
  source: ArticleSource,
  start: { url: string | null; after: boolean; limit: number; whenMissing: 'report' | 'first' },
): ArticleFeed {
  const store = feedStoreOf(source);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { pages, hasNextPage, isFetching, isFetchingNextPage, error } = state;
  // Without a page in hand (no seed, or the feed was reset) the first one is read now.
  useEffect(() => store.open(), [store]);
  // The query engine's chunk is loaded when the network is first needed (the next page, "Try
  // again", a deep link: the store asks for it then) or at the reader's first scroll, wheel,
  // key or touch, which says reading has begun, ahead of any need. Never at a timed moment
  // after landing: a reader who stays on the first article never pays for it (decision 0160).
  useEffect(() => onFirstInput(window, () => store.warm()), [store]);
  // An embed looks further only from a page that may be an article (see mayBeArticleOf).
  // Memoised: it parses every loaded article's URL, and the reader renders on every move.
  const mayLocateFurther = useMemo(
    () =>
      pages.length < LOCATE_PAGES[start.whenMissing] &&
      (start.whenMissing === 'report' ||
        start.url === null ||
        mayBeArticleOf(
          start.url,
          pages.flatMap((page) => page.articles),
        )),
    [pages, start.url, start.whenMissing],
  );

  // Page by page: each page's articles are read once (sequence.ts).
  const [buildSequence] = useState(createSequenceBuilder);
  const sequence = useMemo(
    () =>
      buildSequence(pages, {
        startUrl: start.url,
        startAfter: start.after,
        limit: start.limit,
        morePages: hasNextPage,
        mayLocateFurther,
        whenMissing: start.whenMissing,
      }),
    [
      buildSequence,
      pages,
      start.url,
      start.after,
      start.limit,
      start.whenMissing,
      hasNextPage,
      mayLocateFurther,
    ],
  );

  useLogSkippedItems(pages, sequence);

  const loadMore = useCallback(() => {
    if (!isFetching && hasNextPage && !error) store.fetchNextPage();
  }, [isFetching, hasNextPage, error, store]);

  // A deep link may point past the first page: keep reading pages until it is found.
  useEffect(() => {
    if (sequence.status === 'locating') loadMore();
  }, [sequence.status, loadMore]);

  return {
    sequence,
    latest: pages[0]?.articles[0] ?? null,
    siteTitle: pages[0]?.siteTitle ?? null,
    isFetchingPage: isFetchingNextPage || (isFetching && pages.length === 0),
    error,
    loadMore,
    retry: store.retry,
  };
}

/** Each skipped item is reported once, however often the sequence is rebuilt. */
function useLogSkippedItems(pages: readonly FeedPage[], sequence: Sequence): void {
  const logged = useRef(new Set<unknown>());
  useEffect(() => {
    for (const page of pages) {
      if (logged.current.has(page)) continue;
      logged.current.add(page);
      for (const message of page.warnings) warn(message);
    }
    for (const article of sequence.duplicates) {
      if (logged.current.has(article)) continue;
      logged.current.add(article);
      warn(`Skipped "${article.title}": its id "${article.id}" was already shown.`);
    }
  }, [pages, sequence.duplicates]);
}
