import type { FeedPage } from '../content/article';
import { FeedError, isFeedError, retryDelayMs } from '../content/feed-error';
import type { ArticleSource } from '../content/source';
import type { FeedEngine, FeedEngineInput } from './feed-engine';
import { endPage, isPastTheEnd, nextPageCursor } from './page-chain';
import { retryableImport } from '../content/retryable-import';
import { loadWithRetry, pauseOrOnline, type Pause } from '../shared/retry-load';

/*
 * The feed as the reader reads it: the pages read so far and what is on its way. Plain
 * TypeScript with subscribe/getSnapshot for useSyncExternalStore (use-article-feed.ts).
 * It begins with the pages already in hand (the entry's first page, the server's hydration
 * data), so the first article needs no query engine; TanStack Query (feed-engine.ts, a chunk
 * of its own) is asked for when the reader first needs the network, and its results are
 * mirrored here (docs/decisions/0140-the-feed-store-and-a-lazy-query-engine.md).
 */

export interface FeedSeed {
  readonly pages: readonly FeedPage[];
  /** The cursor each of `pages` was read from. */
  readonly cursors: readonly string[];
}

export interface FeedState extends FeedSeed {
  readonly hasNextPage: boolean;
  readonly isFetching: boolean;
  readonly isFetchingNextPage: boolean;
  readonly error: Error | null;
}

export interface FeedStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => FeedState;
  /**
   * Takes up the first page read before the reader rendered (mount-reader.tsx); a failure is
   * the reader's to see, when the store reads the page again on open.
   */
  readonly readFirst: (page: Promise<FeedPage>) => Promise<void>;
  /** Reads the first page when none is in hand (the reader has just appeared). */
  readonly open: () => void;
  /** Fetches the next page unless one is on its way, the feed is exhausted or has failed. */
  readonly fetchNextPage: () => void;
  /** After a failure: tries the failed request again, keeping the pages read. */
  readonly retry: () => void;
  /** Loads the engine without a request, so it is there when the network is needed. */
  readonly warm: () => void;
  /** Forgets every page: the feed is read afresh from its first page when next needed. */
  readonly reset: () => void;
  readonly dispose: () => void;
}

type EngineModule = { startFeedEngine: (input: FeedEngineInput) => FeedEngine };
type Command = (engine: FeedEngine, pages: number) => void;

const MAX_AUTOMATIC_RETRIES = 3;

// Each try after a failure fetches the chunk anew (retryable-import.ts).
const loadEngine = retryableImport((): Promise<EngineModule> => import('./feed-engine'));

/**
 * Between tries of the engine's chunk: a timer, cut short by `online`. Only a browser loads
 * the engine (the server renders the store's pages and runs no effects), so `window` is read
 * when a pause begins, not when this module is evaluated.
 */
const defaultPause: Pause = (ms, signal) => pauseOrOnline(window)(ms, signal);

export function createFeedStore(
  source: ArticleSource,
  seed: FeedSeed | null = null,
  load: () => Promise<EngineModule> = loadEngine,
  pause: Pause = defaultPause,
): FeedStore {
  const listeners = new Set<() => void>();
  let state = seededState(seed);
  let engine: FeedEngine | null = null;
  let loading: Promise<FeedEngine | null> | null = null;
  let firstRead: Promise<void> | null = null;
  let disposed = false;
  // Aborted by reset and dispose: an engine that arrives for an older feed is dropped, and a
  // retry's pause for it ends at once (shared/retry-load.ts).
  let lifetime = new AbortController();
  const renew = () => {
    lifetime.abort();
    lifetime = new AbortController();
  };

  const set = (next: FeedState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const input = (current: FeedState): FeedEngineInput => ({
    first: source.first,
    seed: current.pages.length > 0 ? current : null,
    fetchPage: async (cursor, signal) => {
      try {
        return await source.fetchPage(cursor, signal);
      } catch (error) {
        if (isPastTheEnd(error, cursor, source.first)) return endPage(cursor);
        throw error;
      }
    },
    nextCursor: nextPageCursor,
    // A transient failure (dropped connection, 5xx, 429) is retried with backoff before the
    // reader is told; a broken document is not, retrying cannot heal it.
    retry: (failures, error) =>
      isFeedError(error) && error.transient && failures < MAX_AUTOMATIC_RETRIES,
    retryDelay: (attempt, error) => retryDelayMs(attempt, error),
    onChange: (next) => {
      if (engine) set(next);
    },
  });

  const ensureEngine = (): Promise<FeedEngine | null> => {
    if (engine) return Promise.resolve(engine);
    if (loading) return loading;
    const { signal } = lifetime;
    // A chunk that fails to load (a dropped connection, a 5xx) is tried again with backoff,
    // and at once when the connection is back, before the reader is told.
    loading = loadWithRetry(load, {
      retries: MAX_AUTOMATIC_RETRIES,
      delay: retryDelayMs,
      pause,
      signal,
    }).then(
      (module) => {
        // A load for an older feed (reset meanwhile) leaves the newer load's promise alone.
        if (signal.aborted) return null;
        loading = null;
        engine = module.startFeedEngine(input(state));
        return engine;
      },
      (cause: unknown) => {
        if (signal.aborted) return null;
        loading = null;
        throw new FeedError('network', source.first, 'The reader could not load its code.', null, {
          cause,
        });
      },
    );
    return loading;
  };

  /** Runs `command` once the engine is there; a failure to load it is the reader's to see. */
  const run = (command: Command | null) => {
    if (disposed) return;
    const pages = state.pages.length;
    if (engine) {
      command?.(engine, pages);
      set(engine.current());
      return;
    }
    set({ ...state, isFetching: true, isFetchingNextPage: pages > 0, error: null });
    ensureEngine().then(
      (started) => {
        if (!started) return;
        // A fresh engine without pages reads the first page by itself.
        if (command && pages > 0) command(started, pages);
        set(started.current());
      },
      (error: unknown) =>
        set({ ...state, isFetching: false, isFetchingNextPage: false, error: error as Error }),
    );
  };

  const open = () => {
    if (disposed) return;
    // The reader rendered before that first page was in: it is waited for, not asked again.
    if (firstRead) void firstRead.then(open);
    else if (state.pages.length === 0 && !engine && !loading && !state.error) run(null);
  };

  /** Loads the engine without a request, so it is there when the network is needed. */
  const warm = (): void => {
    if (engine || loading) return;
    // The first page still on its way is waited for: an engine started without it would
    // read that page again. Without any page, open() reads the first one with the engine.
    if (firstRead) {
      void firstRead.then(() => warm());
      return;
    }
    if (state.pages.length === 0) return;
    // Nothing was asked of the network: a failure here is tried again when something is.
    ensureEngine().catch(() => undefined);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    readFirst(page) {
      const { signal } = lifetime;
      const read = page.then(
        (first) => {
          if (!signal.aborted && !engine && state.pages.length === 0)
            set(seededState({ pages: [first], cursors: [source.first] }));
        },
        () => undefined,
      );
      firstRead = read.finally(() => {
        if (!signal.aborted) firstRead = null;
      });
      return read;
    },
    open,
    fetchNextPage() {
      if (state.isFetching || !state.hasNextPage || state.error) return;
      run((started) => started.fetchNextPage());
    },
    retry() {
      if (state.isFetching) return;
      run((started, pages) => (pages === 0 ? started.refetch() : started.fetchNextPage()));
    },
    warm,
    reset() {
      renew();
      firstRead = null;
      engine?.destroy();
      engine = null;
      loading = null;
      set(seededState(null));
    },
    dispose() {
      // A first page still on its way finds nothing to continue (open() would otherwise wait
      // for it again and again), and the pages read are let go, as the query cache's were.
      disposed = true;
      renew();
      firstRead = null;
      engine?.destroy();
      engine = null;
      loading = null;
      listeners.clear();
      state = seededState(null);
    },
  };
}

function seededState(seed: FeedSeed | null): FeedState {
  const pages = seed?.pages ?? [];
  const cursors = seed?.cursors ?? [];
  return {
    pages,
    cursors,
    hasNextPage: nextPageCursor(pages, cursors) !== undefined,
    // Without pages the reader reads the first one as soon as it appears.
    isFetching: pages.length === 0,
    isFetchingNextPage: false,
    error: null,
  };
}

const stores = new WeakMap<ArticleSource, FeedStore>();

/**
 * The one store of `source`'s feed, made (with `seed`) the first time it is asked for: the
 * reader restarted at another article (Back, a deep link) keeps the pages already read.
 */
export function feedStoreOf(source: ArticleSource, seed: FeedSeed | null = null): FeedStore {
  let store = stores.get(source);
  if (!store) {
    store = createFeedStore(source, seed);
    stores.set(source, store);
  }
  return store;
}
