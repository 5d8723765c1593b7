import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FeedPage } from '../content/article';
import { FeedError } from '../content/feed-error';
import type { ArticleSource } from '../content/source';
import { TEST_FEED_FIRST, TEST_FEED_SECOND, testPage } from '../test/article-fixture';
import { feedStoreOf } from './feed-store';
import { useArticleFeed } from './use-article-feed';

const FIRST = TEST_FEED_FIRST;
const SECOND = TEST_FEED_SECOND;
const page = testPage;
const FULL_FIRST_PAGE = page(['1', '2', '3', '4'], SECOND);

/** A source answering from `pages` by cursor; a cursor mapped to an error fails with it. */
function fakeSource(pages: Record<string, FeedPage | Error>) {
  const fetchPage = vi.fn((cursor: string) => {
    const answer = pages[cursor] ?? new Error(`no page at ${cursor}`);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  return { kind: 'jsonfeed', first: FIRST, fetchPage } satisfies ArticleSource;
}

/** The store of `source`, seeded as the entry seeds it, with its engine loads counted. */
function seededStore(source: ArticleSource, seed: FeedPage | null) {
  const store = feedStoreOf(source, seed && { pages: [seed], cursors: [FIRST] });
  return { store, warm: vi.spyOn(store, 'warm') };
}

const start = (url: string | null = null, whenMissing: 'report' | 'first' = 'first') => ({
  url,
  after: false,
  limit: 100,
  whenMissing,
});

const keysOf = (feed: { sequence: { articles: readonly { id: string }[] } }) =>
  feed.sequence.articles.map((article) => article.id);

describe('the article feed: when it asks for the network', () => {
  it('lands on a full first page in hand without loading the query engine or fetching', async () => {
    const source = fakeSource({ [SECOND]: page(['5'], null) });
    const { warm } = seededStore(source, FULL_FIRST_PAGE);
    const { result } = renderHook(() => useArticleFeed(source, start()));
    expect(keysOf(result.current)).toEqual(['1', '2', '3', '4']);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(warm).not.toHaveBeenCalled();
    expect(source.fetchPage).not.toHaveBeenCalled();
  });

  it.each([
    ['wheel', () => new WheelEvent('wheel', { deltaY: 120 })],
    ['scroll', () => new Event('scroll')],
    ['key', () => new KeyboardEvent('keydown', { key: 'PageDown' })],
  ])('loads the query engine at the reader’s first %s, without a request', (_name, event) => {
    const source = fakeSource({});
    const { warm } = seededStore(source, FULL_FIRST_PAGE);
    renderHook(() => useArticleFeed(source, start()));
    act(() => void window.dispatchEvent(event()));
    expect(warm).toHaveBeenCalledTimes(1);
    expect(source.fetchPage).not.toHaveBeenCalled();
  });

  it('reads the first page at once when none is in hand', async () => {
    const source = fakeSource({ [FIRST]: page(['1'], null) });
    seededStore(source, null);
    const { result } = renderHook(() => useArticleFeed(source, start()));
    await waitFor(() => expect(keysOf(result.current)).toEqual(['1']));
    expect(source.fetchPage).toHaveBeenCalledWith(FIRST, expect.anything());
  });

  it('reads the next page when the reader asks for it', async () => {
    const source = fakeSource({ [SECOND]: page(['5'], null) });
    seededStore(source, FULL_FIRST_PAGE);
    const { result } = renderHook(() => useArticleFeed(source, start()));
    act(() => result.current.loadMore());
    await waitFor(() => expect(keysOf(result.current)).toEqual(['1', '2', '3', '4', '5']));
  });

  it('reads on past the first page for a deep link to an article it does not hold', async () => {
    const source = fakeSource({ [SECOND]: page(['5', '6'], null) });
    seededStore(source, FULL_FIRST_PAGE);
    const { result } = renderHook(() =>
      useArticleFeed(source, start('https://news.example/a/6', 'report')),
    );
    await waitFor(() => expect(result.current.sequence.status).toBe('ready'));
    expect(keysOf(result.current)).toEqual(['6']);
    expect(source.fetchPage).toHaveBeenCalledWith(SECOND, expect.anything());
  });

  it('reads the failed page again on Try again', async () => {
    const broken = new FeedError('parse', SECOND, 'Not JSON');
    const pages: Record<string, FeedPage | Error> = { [SECOND]: broken };
    const source = fakeSource(pages);
    seededStore(source, FULL_FIRST_PAGE);
    const { result } = renderHook(() => useArticleFeed(source, start()));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.error).toBe(broken));
    pages[SECOND] = page(['5'], null);
    act(() => result.current.retry());
    await waitFor(() => expect(keysOf(result.current)).toHaveLength(5));
    expect(result.current.error).toBeNull();
  });
});
