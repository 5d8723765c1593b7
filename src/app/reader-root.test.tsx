import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedPage } from '../content/article';
import { createSource } from '../content/source';
import { withMark } from '../reader/history-mark';
import { parseOptions } from '../reader/options';
import { feedStoreOf, type FeedStore } from '../reader/feed-store';
import { testArticle } from '../test/article-fixture';
import { ReaderRoot } from './reader-root';

// Every store the reader asks for, with its dispose watched.
const watched = new Set<FeedStore>();
vi.mock('../reader/feed-store', async (original) => {
  const actual = await original<typeof import('../reader/feed-store')>();
  return {
    ...actual,
    feedStoreOf: (...args: Parameters<typeof actual.feedStoreOf>) => {
      const store = actual.feedStoreOf(...args);
      if (!watched.has(store)) {
        watched.add(store);
        vi.spyOn(store, 'dispose');
      }
      return store;
    },
  };
});

const ORIGIN = window.location.origin;
const item = (n: number) => ({
  id: `a${n}`,
  url: `${ORIGIN}/news/a${n}`,
  title: `Article ${n}`,
  content_html: `<p>Body ${n}</p>`,
});
const article = (n: number) =>
  testArticle(`a${n}`, {
    url: item(n).url,
    link: `/news/a${n}`,
    title: item(n).title,
    contentHtml: item(n).content_html,
  });

/**
 * The reader on a server-rendered page: its feed seeded with the page the server rendered
 * from, which begins at article 2 (the server's `?from=` page), as standalone.tsx seeds it.
 */
function renderSeeded(fetch: typeof globalThis.fetch) {
  vi.stubGlobal('fetch', fetch);
  // Bringing the restored article into view: jsdom does not scroll.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const options = parseOptions({ feedUrl: '/api/feed.json', adEvery: '0' }, { standalone: true });
  const source = createSource('jsonfeed', options.feedUrl);
  const seeded: FeedPage = {
    articles: [article(2), article(3)],
    next: null,
    siteTitle: 'Ledger',
    warnings: [],
  };
  feedStoreOf(source, { pages: [seeded], cursors: [`${ORIGIN}/api/feed.json?from=%2Fnews%2Fa2`] });
  return render(
    <ReaderRoot
      options={options}
      context={{ standalone: true }}
      source={source}
      startUrl={`${ORIGIN}/news/a2`}
    />,
  );
}

afterEach(() => {
  watched.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('a reader hydrated from a server-rendered page', () => {
  it('reads the feed afresh when Back leads to an article before the one the page began at', async () => {
    // Article 1 was read, then article 2; the page was reloaded on article 2.
    window.history.replaceState(withMark(null, { run: 'r', index: 0 }), '', '/news/a1');
    window.history.pushState(withMark(null, { run: 'r', index: 1 }), '', '/news/a2');
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Ledger',
      items: [item(1), item(2), item(3)],
    });
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(feed)));
    renderSeeded(fetch);
    expect(screen.getByRole('heading', { level: 1, name: 'Article 2' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    // Back: the browser is on article 1's entry.
    const state = withMark(null, { run: 'r', index: 0 });
    act(() => {
      window.history.replaceState(state, '', '/news/a1');
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Article not found' })).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url] = fetch.mock.calls[0] ?? [];
    expect(new URL(url instanceof Request ? url.url : String(url)).pathname).toBe('/api/feed.json');
  });
});

describe('the feed store of a reader that makes its own source', () => {
  const feedOf = (...ns: number[]) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Ledger',
      items: ns.map(item),
    });
  function renderOwn(feedUrl: string) {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(feedOf(1)))),
    );
    const options = (url: string) =>
      parseOptions({ feedUrl: url, adEvery: '0' }, { standalone: true });
    // In StrictMode, as the standalone app and the embed mount it.
    const ui = (url: string) => (
      <StrictMode>
        <ReaderRoot options={options(url)} context={{ standalone: true }} />
      </StrictMode>
    );
    const view = render(ui(feedUrl));
    return { ...view, rerenderAt: (url: string) => view.rerender(ui(url)) };
  }
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

  it('keeps its store through StrictMode’s rehearsal and disposes it on unmount', async () => {
    const { unmount } = renderOwn('/api/feed.json');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    await settle();
    const [store] = watched;
    expect(watched.size).toBe(1);
    expect(store?.dispose).not.toHaveBeenCalled();
    expect(store?.getSnapshot().pages).toHaveLength(1);
    unmount();
    await settle();
    expect(store?.dispose).toHaveBeenCalledTimes(1);
  });

  it('disposes the store of the source it leaves when its feed changes', async () => {
    const { rerenderAt, unmount } = renderOwn('/api/feed.json');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    const [first] = watched;
    rerenderAt('/api/other.json');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    await settle();
    const [, second] = watched;
    expect(first?.dispose).toHaveBeenCalledTimes(1);
    expect(second?.dispose).not.toHaveBeenCalled();
    unmount();
  });

  it('leaves the store of a source it was given to whoever gave it', async () => {
    const { unmount } = renderSeeded(
      vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(feedOf(1, 2, 3)))),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Article 2' })).toBeInTheDocument();
    unmount();
    await settle();
    const [store] = watched;
    expect(store?.dispose).not.toHaveBeenCalled();
  });
});
