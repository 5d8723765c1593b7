import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { warn } from '../shared/log';
import type { FeedPage } from '../content/article';
import { isFeedError, retryDelayMs } from '../content/feed-error';
import type { ArticleSource } from '../content/source';
import { mayBeArticleOf } from './article-url-shape';
import { endPage, isPastTheEnd, nextPageCursor } from './page-chain';
import { buildSequence, type Sequence } from './sequence';

/**
 * How many feed pages are read looking for the start article before giving up. The
 * standalone app looks far (a deep link to an old article); an embed on a page that is not
 * an article (a section front) should not read the whole feed before showing anything.
 */
const LOCATE_PAGES = { report: 50, first: 3 } as const;
const MAX_AUTOMATIC_RETRIES = 3;

/** The feed's query: its key, fetcher and cache policy (the server fills it to hydrate from). */
export function feedQueryOptions(source: ArticleSource) {
  return infiniteQueryOptions({
    queryKey: ['article-feed', source.kind, source.first] as const,
    queryFn: async ({ pageParam, signal }): Promise<FeedPage> => {
      try {
        return await source.fetchPage(pageParam, signal);
      } catch (error) {
        if (isPastTheEnd(error, pageParam, source.first)) return endPage(pageParam);
        throw error;
      }
    },
    initialPageParam: source.first,
    getNextPageParam: (_last: FeedPage, pages: FeedPage[], _lastParam, cursors: string[]) =>
      nextPageCursor(pages, cursors),
    // A transient failure (dropped connection, 5xx, 429) is retried with backoff before the
    // reader is told; a broken document is not, retrying cannot heal it.
    retry: (failures: number, error: Error) =>
      isFeedError(error) && error.transient && failures < MAX_AUTOMATIC_RETRIES,
    retryDelay: (attempt: number, error: Error) => retryDelayMs(attempt, error),
    // Pages already read are never refetched behind the reader's back: that would rebuild
    // every loaded article.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

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
  const query = useInfiniteQuery(feedQueryOptions(source));
  const { data, hasNextPage, isFetching, isFetchingNextPage, fetchNextPage, refetch } = query;
  const pages = useMemo(() => data?.pages ?? [], [data]);
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
    [pages, start.url, start.after, start.limit, start.whenMissing, hasNextPage, mayLocateFurther],
  );

  useLogSkippedItems(pages, sequence);

  const error = query.isError ? query.error : null;
  const loadMore = useCallback(() => {
    if (!isFetching && hasNextPage && !error) void fetchNextPage({ cancelRefetch: false });
  }, [isFetching, hasNextPage, error, fetchNextPage]);

  // A deep link may point past the first page: keep reading pages until it is found.
  useEffect(() => {
    if (sequence.status === 'locating') loadMore();
  }, [sequence.status, loadMore]);

  const retry = useCallback(() => {
    if (pages.length === 0) void refetch();
    else void fetchNextPage({ cancelRefetch: false });
  }, [pages.length, refetch, fetchNextPage]);

  return {
    sequence,
    latest: pages[0]?.articles[0] ?? null,
    siteTitle: pages[0]?.siteTitle ?? null,
    isFetchingPage: isFetchingNextPage || (isFetching && pages.length === 0),
    error,
    loadMore,
    retry,
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
