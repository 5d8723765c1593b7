import { InfiniteQueryObserver, QueryClient, type InfiniteData } from '@tanstack/react-query';
import type { FeedPage } from '../content/article';
import type { FeedSeed, FeedState } from './feed-store';

/*
 * The feed's query engine: TanStack Query's client and infinite-query observer, in a chunk of
 * its own that the reader asks for when it first needs the network (feed-store.ts). Everything
 * of ours it uses comes in as a parameter and it imports nothing of ours but types: a module
 * the app chunk also has would be moved into a common chunk (docs/decisions/0120, 0140).
 */

export interface FeedEngineInput {
  readonly first: string;
  /** Pages already in hand (the entry's first page, the server's hydration data). */
  readonly seed: FeedSeed | null;
  readonly fetchPage: (cursor: string, signal: AbortSignal) => Promise<FeedPage>;
  readonly nextCursor: (
    pages: readonly FeedPage[],
    cursors: readonly string[],
  ) => string | undefined;
  readonly retry: (failures: number, error: Error) => boolean;
  readonly retryDelay: (attempt: number, error: Error) => number;
  /** Called with the feed's state on every change the observer reports. */
  readonly onChange: (state: FeedState) => void;
}

export interface FeedEngine {
  readonly current: () => FeedState;
  /** The next page, unless one is already on its way. */
  readonly fetchNextPage: () => void;
  /** The first page again (after its failure). */
  readonly refetch: () => void;
  readonly destroy: () => void;
}

const KEY = ['article-feed'] as const;

export function startFeedEngine(input: FeedEngineInput): FeedEngine {
  const client = new QueryClient();
  // What QueryClientProvider does: among others, paused requests resume when the browser is
  // back online.
  client.mount();
  if (input.seed) {
    const data: InfiniteData<FeedPage, string> = {
      pages: [...input.seed.pages],
      pageParams: [...input.seed.cursors],
    };
    client.setQueryData(KEY, data);
  }
  const observer = new InfiniteQueryObserver<
    FeedPage,
    Error,
    InfiniteData<FeedPage, string>,
    typeof KEY,
    string
  >(client, {
    queryKey: KEY,
    queryFn: ({ pageParam, signal }) => input.fetchPage(pageParam, signal),
    initialPageParam: input.first,
    getNextPageParam: (_last, pages, _lastCursor, cursors) => input.nextCursor(pages, cursors),
    retry: input.retry,
    retryDelay: input.retryDelay,
    // Pages already read are never refetched behind the reader's back: that would rebuild
    // every loaded article.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const current = (): FeedState => {
    const result = observer.getCurrentResult();
    return {
      pages: result.data?.pages ?? [],
      cursors: result.data?.pageParams ?? [],
      hasNextPage: result.hasNextPage,
      isFetching: result.isFetching,
      isFetchingNextPage: result.isFetchingNextPage,
      error: result.isError ? result.error : null,
    };
  };
  // Subscribing fetches the first page when none was seeded.
  const unsubscribe = observer.subscribe(() => input.onChange(current()));
  return {
    current,
    fetchNextPage: () => void observer.fetchNextPage({ cancelRefetch: false }),
    refetch: () => void observer.refetch(),
    destroy: () => {
      unsubscribe();
      client.unmount();
      client.clear();
    },
  };
}
