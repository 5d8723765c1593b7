import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedPage } from '../content/article';
import { FeedError } from '../content/feed-error';
import type { ArticleSource } from '../content/source';
import { TEST_FEED_FIRST, TEST_FEED_SECOND, testPage } from '../test/article-fixture';
import { createFeedStore, type FeedStore } from './feed-store';
import { pauseOrOnline } from '../shared/retry-load';

const FIRST = TEST_FEED_FIRST;
const SECOND = TEST_FEED_SECOND;
const page = testPage;

/** A source answering from `pages` by cursor; a cursor mapped to an error fails with it. */
function fakeSource(pages: Record<string, FeedPage | Error>) {
  const fetchPage = vi.fn((cursor: string) => {
    const answer = pages[cursor];
    if (!answer) return Promise.reject(new Error(`no page at ${cursor}`));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  return { kind: 'jsonfeed', first: FIRST, fetchPage } satisfies ArticleSource;
}

/** Hands `store` a first page read before the reader appeared, answered when the test says. */
function firstPageOnItsWay(store: FeedStore) {
  let answer: (page: FeedPage) => void = () => undefined;
  const read = store.readFirst(new Promise<FeedPage>((resolve) => (answer = resolve)));
  return { read, answer: (page: FeedPage) => answer(page) };
}

const keysOf = (store: FeedStore) =>
  store.getSnapshot().pages.flatMap((shown) => shown.articles.map((article) => article.id));
// A document that cannot be read: not retried on its own, so a failure is reported at once.
const broken = () => new FeedError('parse', SECOND, 'Not JSON');

/** An engine loader whose first `failures` loads fail, as a dropped connection would. */
const engineFailing = (failures: number) => {
  const load = vi.fn<() => Promise<typeof import('./feed-engine')>>();
  for (let i = 0; i < failures; i += 1)
    load.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
  return load.mockImplementation(() => import('./feed-engine'));
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the feed store', () => {
  it('begins with the pages in hand, without loading the query engine or fetching', () => {
    const source = fakeSource({});
    const load = vi.fn(() => import('./feed-engine'));
    const store = createFeedStore(source, { pages: [page(['1'], SECOND)], cursors: [FIRST] }, load);
    expect(keysOf(store)).toEqual(['1']);
    expect(store.getSnapshot()).toMatchObject({ hasNextPage: true, isFetching: false });
    expect(load).not.toHaveBeenCalled();
    expect(source.fetchPage).not.toHaveBeenCalled();
  });

  it('reads the next page after the seeded one', async () => {
    const source = fakeSource({ [SECOND]: page(['2'], null) });
    const store = createFeedStore(source, { pages: [page(['1'], SECOND)], cursors: [FIRST] });
    store.fetchNextPage();
    expect(store.getSnapshot().isFetchingNextPage).toBe(true);
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1', '2']));
    expect(store.getSnapshot()).toMatchObject({
      cursors: [FIRST, SECOND],
      hasNextPage: false,
      isFetching: false,
    });
    expect(source.fetchPage).toHaveBeenCalledTimes(1);
  });

  it('reads the first page itself when none was in hand', async () => {
    const store = createFeedStore(fakeSource({ [FIRST]: page(['1'], null) }));
    expect(store.getSnapshot().isFetching).toBe(true);
    store.open();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1']));
    expect(store.getSnapshot().isFetching).toBe(false);
  });

  it('takes up the first page read before the reader appeared, without asking again', async () => {
    const source = fakeSource({});
    const load = vi.fn(() => import('./feed-engine'));
    const store = createFeedStore(source, null, load);
    const { read, answer } = firstPageOnItsWay(store);
    store.open();
    answer(page(['1'], SECOND));
    await read;
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1']));
    expect(store.getSnapshot()).toMatchObject({ isFetching: false, hasNextPage: true });
    expect(load).not.toHaveBeenCalled();
    expect(source.fetchPage).not.toHaveBeenCalled();
  });

  it('lets go when the reader is unmounted while its first page is on its way', async () => {
    const source = fakeSource({ [FIRST]: page(['1'], null) });
    const load = vi.fn(() => import('./feed-engine'));
    const store = createFeedStore(source, null, load);
    const { read, answer } = firstPageOnItsWay(store);
    store.open();
    store.dispose();
    answer(page(['1'], null));
    await read;
    // A task gets its turn (no open() waiting on the first read again and again) ...
    await new Promise((resolve) => setTimeout(resolve, 0));
    // ... and nothing is loaded or fetched for a reader that is gone.
    expect(load).not.toHaveBeenCalled();
    expect(source.fetchPage).not.toHaveBeenCalled();
    expect(keysOf(store)).toEqual([]);
  });

  it('reads the first page again when the one read before the reader appeared failed', async () => {
    const source = fakeSource({ [FIRST]: page(['1'], null) });
    const store = createFeedStore(source);
    const read = store.readFirst(Promise.reject(new FeedError('network', FIRST, 'offline')));
    store.open();
    await read;
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1']));
    expect(source.fetchPage).toHaveBeenCalledTimes(1);
  });

  it('keeps the pages read when the next page fails, and says why', async () => {
    const error = broken();
    const store = createFeedStore(fakeSource({ [SECOND]: error }), {
      pages: [page(['1'], SECOND)],
      cursors: [FIRST],
    });
    store.fetchNextPage();
    await vi.waitFor(() => expect(store.getSnapshot().error).toBe(error));
    expect(keysOf(store)).toEqual(['1']);
    expect(store.getSnapshot().isFetching).toBe(false);
  });

  it('tries the failed page again on retry, keeping the pages read', async () => {
    const pages: Record<string, FeedPage | Error> = { [SECOND]: broken() };
    const store = createFeedStore(fakeSource(pages), {
      pages: [page(['1'], SECOND)],
      cursors: [FIRST],
    });
    store.fetchNextPage();
    await vi.waitFor(() => expect(store.getSnapshot().error).not.toBeNull());
    pages[SECOND] = page(['2'], null);
    store.retry();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1', '2']));
    expect(store.getSnapshot().error).toBeNull();
  });

  it('forgets its pages on reset and reads the feed afresh from the first page', async () => {
    const source = fakeSource({ [FIRST]: page(['0', '1'], null) });
    const store = createFeedStore(source, {
      pages: [page(['1'], null)],
      cursors: [`${FIRST}?from=1`],
    });
    const changed = vi.fn();
    store.subscribe(changed);
    store.reset();
    expect(changed).toHaveBeenCalled();
    expect(store.getSnapshot()).toMatchObject({ pages: [], isFetching: true });
    store.open();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['0', '1']));
    expect(source.fetchPage).toHaveBeenCalledWith(FIRST, expect.anything());
  });

  it('tries a query engine that failed to load again with backoff, before the reader hears of it', async () => {
    const load = engineFailing(2);
    const pauses: number[] = [];
    const store = createFeedStore(
      fakeSource({ [SECOND]: page(['2'], null) }),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
      load,
      (ms) => {
        pauses.push(ms);
        return Promise.resolve();
      },
    );
    const seen: (Error | null)[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().error));
    store.fetchNextPage();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1', '2']));
    expect(load).toHaveBeenCalledTimes(3);
    expect(seen.every((error) => error === null)).toBe(true);
    // Backoff: each pause may be up to twice the one before (jittered, 500 ms doubling).
    expect(pauses).toHaveLength(2);
    expect(pauses[0]).toBeLessThanOrEqual(500);
    expect(pauses[1]).toBeGreaterThanOrEqual(500);
  });

  it('offers to try again when the query engine still cannot load, and loads it on retry', async () => {
    const load = engineFailing(4);
    const store = createFeedStore(
      fakeSource({ [SECOND]: page(['2'], null) }),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
      load,
      () => Promise.resolve(),
    );
    store.fetchNextPage();
    await vi.waitFor(() => expect(store.getSnapshot().error).toBeInstanceOf(FeedError));
    expect(load).toHaveBeenCalledTimes(4);
    expect(keysOf(store)).toEqual(['1']);
    store.retry();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['1', '2']));
    expect(store.getSnapshot().error).toBeNull();
  });

  it('stops trying to load the query engine once the feed is reset', async () => {
    const load = engineFailing(1);
    let resume: () => void = () => undefined;
    const store = createFeedStore(
      fakeSource({}),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
      load,
      () => new Promise<void>((resolve) => (resume = resolve)),
    );
    store.warm();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    store.reset();
    resume();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for the first page on its way before loading the query engine at a first scroll', async () => {
    const source = fakeSource({});
    const load = vi.fn(() => import('./feed-engine'));
    const store = createFeedStore(source, null, load);
    const { read, answer } = firstPageOnItsWay(store);
    store.open();
    store.warm();
    // An engine started now, without the page, would read the first page again.
    expect(load).not.toHaveBeenCalled();
    answer(page(['1'], SECOND));
    await read;
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await load.mock.results[0]?.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(keysOf(store)).toEqual(['1']);
    expect(source.fetchPage).not.toHaveBeenCalled();
  });

  it('lets go of a retry’s pause at once when disposed mid-retry, and starts no engine', async () => {
    vi.useFakeTimers();
    const listens = vi.spyOn(window, 'addEventListener');
    const unlistens = vi.spyOn(window, 'removeEventListener');
    const load = engineFailing(1);
    const store = createFeedStore(
      fakeSource({ [SECOND]: page(['2'], null) }),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
      load,
      pauseOrOnline(window),
    );
    const changed = vi.fn();
    store.subscribe(changed);
    store.fetchNextPage();
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    // The retry's backoff: a timer, and an ear for the connection coming back.
    expect(vi.getTimerCount()).toBe(1);
    const onOnline = listens.mock.calls.find(([type]) => type === 'online')?.[1];
    changed.mockClear();
    store.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(unlistens).toHaveBeenCalledWith('online', onOnline);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(changed).not.toHaveBeenCalled();
    expect(store.getSnapshot().pages).toEqual([]);
  });

  it('starts one query engine when the feed is reset while its chunk is being tried again', async () => {
    // The first load fails; every later one waits until `release` is called.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const load = vi
      .fn<() => Promise<typeof import('./feed-engine')>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(() => released.then(() => import('./feed-engine')));
    const start = vi.fn();
    const counted = () =>
      load().then((module) => ({
        startFeedEngine: (input: Parameters<typeof module.startFeedEngine>[0]) => {
          start();
          return module.startFeedEngine(input);
        },
      }));
    let resume: () => void = () => undefined;
    const store = createFeedStore(
      fakeSource({ [FIRST]: page(['a'], null) }),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
      counted,
      () => new Promise<void>((resolve) => (resume = resolve)),
    );
    store.warm();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.reset();
    store.open();
    expect(load).toHaveBeenCalledTimes(2);
    // The older load, paused, gives up while the newer one is on its way ...
    resume();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // ... and a first scroll then finds the newer one, not a third.
    store.warm();
    release();
    await vi.waitFor(() => expect(keysOf(store)).toEqual(['a']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('reads a next page that answers 404 as the end of the feed', async () => {
    const store = createFeedStore(
      fakeSource({ [SECOND]: new FeedError('http', SECOND, 'Not found', 404) }),
      { pages: [page(['1'], SECOND)], cursors: [FIRST] },
    );
    store.fetchNextPage();
    await vi.waitFor(() => expect(store.getSnapshot().pages).toHaveLength(2));
    expect(store.getSnapshot()).toMatchObject({ hasNextPage: false, error: null });
  });
});
