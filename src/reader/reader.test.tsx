import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSource } from '../content/source';
import { parseOptions } from './options';
import { intersect } from '../test/intersection-observer';
import { Reader } from './reader';

const item = (n: number) => ({
  id: `a${n}`,
  url: `/news/a${n}`,
  title: `Article ${n}`,
  content_html: `<p>Body ${n}</p>`,
});
const page = (items: unknown[], next?: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Ledger',
    items,
    next_url: next,
  });

function renderReader(fetch: typeof globalThis.fetch, raw: Record<string, unknown> = {}) {
  vi.stubGlobal('fetch', fetch);
  const onCurrent = vi.fn();
  const view = render(
    <Reader
      options={parseOptions({ adEvery: '0', ...raw }, { standalone: true })}
      source={createSource('jsonfeed', '/feed.json')}
      start={{ url: null, after: false }}
      standalone
      scrollIntoViewOnStart={false}
      onCurrent={onCurrent}
      host={null}
    />,
  );
  return { ...view, onCurrent };
}

/** The sentinel comes within range, as a reader scrolling down would bring it. */
function reachSentinel(container: HTMLElement) {
  const sentinel = container.querySelector('.ar-sentinel');
  if (!sentinel) throw new Error('no sentinel on the page');
  act(() => intersect(sentinel, true));
}

function requestUrl(input: string | URL | Request): string {
  return input instanceof Request ? input.url : input.toString();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What the feed element holds, in order: 'article' or 'ad' for each child. */
const feedOrder = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.ar-feed > *'), (el) =>
    el.matches('[data-ad-slot]') ? 'ad' : el.tagName.toLowerCase(),
  );

describe('reader', () => {
  it('reveals the next article when the sentinel comes within range', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((url) =>
      Promise.resolve(
        new Response(
          requestUrl(url).endsWith('/feed.json')
            ? page([item(1), item(2)], 'p2.json')
            : page([item(3)]),
        ),
      ),
    );
    const { container } = renderReader(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    expect(screen.getByRole('feed', { name: 'Articles from Ledger' })).toBeInTheDocument();
    reachSentinel(container);
    expect(await screen.findByRole('heading', { level: 2, name: 'Article 2' })).toBeInTheDocument();
    reachSentinel(container);
    expect(await screen.findByRole('heading', { level: 2, name: 'Article 3' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'You’re all caught up' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-setsize'))).toEqual([
      '3',
      '3',
      '3',
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps what is shown when a page fails, and Try again loads it', async () => {
    let failures = 0;
    const fetch = vi.fn<typeof globalThis.fetch>((url) => {
      if (requestUrl(url).endsWith('/feed.json'))
        return Promise.resolve(new Response(page([item(1)], 'p2.json')));
      failures += 1;
      // A broken document is not transient: no automatic retry, the reader is told at once.
      return Promise.resolve(new Response(failures === 1 ? '{ broken' : page([item(2)])));
    });
    const user = userEvent.setup();
    const { container } = renderReader(fetch);
    await screen.findByRole('heading', { level: 1, name: 'Article 1' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/);
    expect(screen.getByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    reachSentinel(container);
    expect(await screen.findByRole('heading', { level: 2, name: 'Article 2' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts ad slots between articles, none after the one maxArticles ends with', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(page([item(1), item(2), item(3)]))),
    );
    const { container } = renderReader(fetch, { adEvery: '1', maxArticles: '2' });
    await screen.findByRole('heading', { level: 1, name: 'Article 1' });
    reachSentinel(container);
    await screen.findByRole('heading', { name: 'You’re all caught up' });
    expect(feedOrder(container)).toEqual(['article', 'ad', 'article']);
  });

  it('puts no ad slot after the last article of a feed that has ended', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(page([item(1), item(2)]))),
    );
    const { container } = renderReader(fetch, { adEvery: '1' });
    await screen.findByRole('heading', { level: 1, name: 'Article 1' });
    reachSentinel(container);
    await screen.findByRole('heading', { name: 'You’re all caught up' });
    expect(feedOrder(container)).toEqual(['article', 'ad', 'article']);
  });

  it('reads a 404 for the page after the last as the end of the feed', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((url) =>
      Promise.resolve(
        requestUrl(url).endsWith('/feed.json')
          ? new Response(page([item(1)], 'p2.json'))
          : new Response('gone', { status: 404 }),
      ),
    );
    renderReader(fetch);
    expect(
      await screen.findByRole('heading', { name: 'You’re all caught up' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('aria-setsize', '1');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('ends a chain of pages that add nothing after three of them', async () => {
    let requests = 0;
    const fetch = vi.fn<typeof globalThis.fetch>(() => {
      requests += 1;
      // Every page names a new next page, but only the first holds a new article.
      return Promise.resolve(new Response(page([item(1)], `p${requests + 1}.json`)));
    });
    renderReader(fetch);
    expect(
      await screen.findByRole('heading', { name: 'You’re all caught up' }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('says nothing of a failed prefetch until the reader reaches it', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((url) =>
      Promise.resolve(
        new Response(
          requestUrl(url).endsWith('/feed.json') ? page([item(1), item(2)], 'p2.json') : '{ broken',
        ),
      ),
    );
    const { container } = renderReader(fetch);
    await screen.findByRole('heading', { level: 1, name: 'Article 1' });
    // The second page is fetched (and fails) while article 2 is still unread.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    // Let the failed page settle (it is not retried at once: the retry waits seconds).
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    reachSentinel(container);
    expect(await screen.findByRole('heading', { level: 2, name: 'Article 2' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says once that the connection dropped, and goes on when it is back', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((url) =>
      Promise.resolve(
        new Response(
          requestUrl(url).endsWith('/feed.json') ? page([item(1)], 'p2.json') : page([item(2)]),
        ),
      ),
    );
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { container } = renderReader(fetch);
    await screen.findByRole('heading', { level: 1, name: 'Article 1' });
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('status')).toHaveTextContent(/You’re offline/);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(/You’re offline/)).not.toBeInTheDocument();
    reachSentinel(container);
    expect(await screen.findByRole('heading', { level: 2, name: 'Article 2' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });
});
