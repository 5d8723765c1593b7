import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FirstPage } from './first-page';
import { FIRST_PAGE_WAIT_MS, mountReader } from './mount-reader';

const ORIGIN = window.location.origin;
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Ledger',
  items: [1, 2].map((n) => ({
    id: `a${n}`,
    url: `${ORIGIN}/news/a${n}`,
    title: `Article ${n}`,
    content_html: `<p>Body ${n}</p>`,
  })),
});

/** Notes whether the reader ever said it was loading its articles. */
function watchForLoading(element: HTMLElement): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => {
    if (element.textContent.includes('Loading articles')) seen = true;
  });
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

function mountInto(firstPage: FirstPage) {
  const element = document.createElement('div');
  document.body.append(element);
  const stopWatching = watchForLoading(element);
  const reader = mountReader(element, { feedUrl: '/feed.json', adEvery: 0 }, firstPage);
  return { element, stopWatching, reader };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('mounting after the entry asked for the first page', () => {
  it('shows the first article at once, with no loading state, when that page is already in', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    vi.stubGlobal('fetch', fetch);
    const { stopWatching, reader } = mountInto({
      url: `${ORIGIN}/feed.json`,
      response: Promise.resolve(new Response(FEED)),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeVisible();
    expect(stopWatching()).toBe(false);
    expect(fetch).not.toHaveBeenCalled(); // the entry's response was the one read
    act(() => reader.unmount());
  });

  it('shows the loading state while a slow first page is on its way, then the article', async () => {
    // React's development checks mount the reader twice, which aborts and repeats the read:
    // the repeat goes to the network.
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(FEED))),
    );
    let answer: (response: Response) => void = () => undefined;
    const response = new Promise<Response>((resolve) => (answer = resolve));
    const { stopWatching, reader } = mountInto({ url: `${ORIGIN}/feed.json`, response });
    expect(
      await screen.findByRole('status', {}, { timeout: FIRST_PAGE_WAIT_MS + 2000 }),
    ).toHaveTextContent('Loading articles');
    act(() => answer(new Response(FEED)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeVisible();
    expect(stopWatching()).toBe(true);
    act(() => reader.unmount());
  });

  it('renders nothing when unmounted before the first page is in', async () => {
    const { element, reader } = mountInto({
      url: `${ORIGIN}/feed.json`,
      response: Promise.resolve(new Response(FEED)),
    });
    reader.unmount();
    await new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS + 50));
    await waitFor(() => expect(element).toBeEmptyDOMElement());
    expect(element).not.toHaveClass('ar-root');
  });
});

describe('mounting while the reader’s stylesheet is on its way', () => {
  it('draws nothing until the stylesheet applies, then the reader', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(FEED))),
    );
    let apply: () => void = () => undefined;
    const styled = new Promise<void>((resolve) => (apply = resolve));
    const element = document.createElement('div');
    document.body.append(element);
    const reader = mountReader(element, { feedUrl: '/feed.json', adEvery: 0 }, null, styled);
    await new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS + 50));
    expect(element).toBeEmptyDOMElement();
    act(() => apply());
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeVisible();
    act(() => reader.unmount());
  });
});
