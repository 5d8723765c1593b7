import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrackerName } from '../analytics/tracker-name';
import { testArticle } from '../test/article-fixture';
import { withMark } from './history-mark';
import { useReadingSession } from './use-reading-session';

const own = (path: string) => new URL(path, window.location.origin).href;
const article = (path: string, title: string) =>
  testArticle(own(path), { url: own(path), link: own(path), title });
const harbour = article('/world/harbour-opens', 'Harbour opens');
const bridge = article('/world/bridge-closes', 'Bridge closes');

const options = { historyMode: 'push' as const, analytics: new Set<TrackerName>() };
const loadSession = () => import('./reading-session');

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('the reading session hook', () => {
  it('asks for the session’s chunk only once the first article has painted', async () => {
    const load = vi.fn(loadSession);
    const { rerender, result, unmount } = renderHook(
      ({ landed }) => useReadingSession(options, () => {}, false, landed, load),
      { initialProps: { landed: false } },
    );
    result.current({ article: harbour, position: 1, siteTitle: null });
    expect(load).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/');
    rerender({ landed: true });
    expect(load).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(window.location.href).toBe(harbour.url));
    await waitFor(() => expect(document.title).toMatch(/^Harbour opens/));
    unmount();
  });

  it('turns the browser’s scroll restoration off before its chunk has come, and back on unmount', async () => {
    history.scrollRestoration = 'auto';
    const load = vi.fn(loadSession);
    const { rerender, unmount } = renderHook(
      ({ landed }) => useReadingSession(options, () => {}, false, landed, load),
      { initialProps: { landed: false } },
    );
    expect(load).not.toHaveBeenCalled();
    expect(history.scrollRestoration).toBe('manual');
    rerender({ landed: true });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await load.mock.results[0]?.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
    unmount();
    expect(history.scrollRestoration).toBe('auto');
  });

  it('shows, in order, every article that became current before the session began', async () => {
    const { result, unmount } = renderHook(() =>
      useReadingSession(options, () => {}, false, true, loadSession),
    );
    const before = history.length;
    // The tracker's reports can come before the session's chunk has arrived.
    result.current({ article: harbour, position: 1, siteTitle: null });
    result.current({ article: bridge, position: 2, siteTitle: null });
    await waitFor(() => expect(window.location.href).toBe(bridge.url));
    await waitFor(() => expect(document.title).toMatch(/^Bridge closes/));
    // The first article's address replaced the page's, the second was pushed.
    expect(history.length).toBe(before + 1);
    unmount();
  });

  it('goes to the article of a Back that comes before the session, and asks for it at once', () => {
    const load = vi.fn(loadSession);
    const onRestore = vi.fn();
    const { unmount } = renderHook(() => useReadingSession(options, onRestore, false, false, load));
    const state = withMark(null, { run: 'r', index: 0 });
    act(() => {
      history.replaceState(state, '', harbour.url);
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
      // A fragment link's entry is the browser's, not a move between articles.
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(onRestore).toHaveBeenCalledTimes(1);
    expect(onRestore).toHaveBeenCalledWith(harbour.url);
    expect(load).toHaveBeenCalledTimes(1);
    unmount();
  });

  it('ends the chunk’s retries when the reader unmounts, and says nothing of it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn((signal: AbortSignal) => {
      // A load between two tries: it gives up when its owner goes away.
      return new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new TypeError('Failed to fetch'))),
      );
    });
    const { unmount } = renderHook(() => useReadingSession(options, () => {}, false, true, load));
    const signal = load.mock.calls[0]?.[0];
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).not.toHaveBeenCalled();
  });

  it('says so, and keeps the address, when the session’s chunk cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const { result, unmount } = renderHook(() =>
      useReadingSession(options, () => {}, false, true, load),
    );
    result.current({ article: harbour, position: 1, siteTitle: null });
    await waitFor(() =>
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/^\[article-reader\] The reading session could not load/),
        expect.any(TypeError),
      ),
    );
    expect(window.location.pathname).toBe('/');
    unmount();
  });
});
