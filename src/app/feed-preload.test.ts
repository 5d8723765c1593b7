import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../content/content-env';
import { startFirstFeedPage } from './feed-preload';
import { withFirstPage } from './first-page';

const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
const feedUrl = new URL('/feeds/latest.json', document.baseURI).href;

function feedAnswering(items: unknown[]) {
  const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
  return vi.fn<FetchLike>(() => Promise.resolve(new Response(body, { status: 200 })));
}

/** The microtasks and the body's reading that lie between the answer and the preload. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startFirstFeedPage', () => {
  afterEach(() => {
    for (const link of preloads()) link.remove();
  });

  it('fetches a JSON Feed’s first page with the source’s Accept and credentials', async () => {
    const fetcher = feedAnswering([]);
    const started = startFirstFeedPage(document, { feedUrl: '/feeds/latest.json' }, { fetcher });
    expect(started?.page?.url).toBe(feedUrl);
    expect(fetcher).toHaveBeenCalledTimes(1);
    const [url, init] = fetcher.mock.calls[0] ?? [];
    expect(url).toBe(feedUrl);
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('Accept')).toMatch(/^application\/feed\+json/);
    expect((await started?.page?.response)?.ok).toBe(true);
  });

  it('preloads the first article’s lead picture with high priority once the page names it', async () => {
    const fetcher = feedAnswering([
      { id: 'no-title', url: '/a/skipped', image: '/media/not-this.jpg' },
      { id: '1', title: 'First', url: '/a/first', image: '/media/lead.jpg' },
    ]);
    startFirstFeedPage(document, { feedUrl: '/feeds/latest.json' }, { fetcher });
    await settled();
    const [link] = preloads();
    expect(preloads()).toHaveLength(1);
    expect(link?.as).toBe('image');
    expect(link?.href).toBe(new URL('/media/lead.jpg', feedUrl).href);
    expect(link?.getAttribute('fetchpriority')).toBe('high');
  });

  it('preloads the picture of the article at the page’s own address when the page is in the feed', async () => {
    const fetcher = feedAnswering([
      { id: '1', title: 'First', url: '/a/first', image: '/media/first.jpg' },
      { id: '2', title: 'This page', url: document.URL, banner_image: '/media/here.jpg' },
    ]);
    startFirstFeedPage(document, { feedUrl: '/feeds/latest.json' }, { fetcher });
    await settled();
    expect(preloads().map((link) => link.href)).toEqual([new URL('/media/here.jpg', feedUrl).href]);
  });

  it('preloads nothing, and hands on no first article, where the reader will look further for the page’s own', async () => {
    const page = document.URL;
    // An address shaped like the feed's articles, but not on its first page: the reader reads
    // further pages for it rather than begin with the first.
    history.replaceState(null, '', '/news/2026/another-story');
    try {
      const onFirstItem = vi.fn();
      const items = [
        { id: '1', title: 'First', url: '/news/2026/first', image: '/media/first.jpg' },
      ];
      startFirstFeedPage(
        document,
        { feedUrl: '/feeds/latest.json' },
        { fetcher: feedAnswering(items), onFirstItem },
      );
      await settled();
      expect(preloads()).toEqual([]);
      expect(onFirstItem).toHaveBeenCalledExactlyOnceWith(null);
      onFirstItem.mockClear();
      // A section front (not shaped like an article) begins with the first article.
      history.replaceState(null, '', '/news/');
      startFirstFeedPage(
        document,
        { feedUrl: '/feeds/latest.json' },
        { fetcher: feedAnswering(items), onFirstItem },
      );
      await settled();
      expect(preloads()).toHaveLength(1);
      expect(onFirstItem).toHaveBeenCalledWith(expect.objectContaining({ item: items[0] }));
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('preloads no picture after a server-rendered article, nor for a feed that is not JSON', async () => {
    startFirstFeedPage(
      document,
      { feedUrl: '/feeds/latest.json' },
      { fetcher: feedAnswering([{ title: 'A', url: '/a', image: '/a.jpg' }]), leadPicture: false },
    );
    const notJson = vi.fn<FetchLike>(() =>
      Promise.resolve(new Response('<html>', { status: 200 })),
    );
    startFirstFeedPage(document, { feedUrl: '/feeds/latest.json' }, { fetcher: notJson });
    await settled();
    expect(preloads()).toEqual([]);
  });

  it('takes its hints out again when the reader is unmounted', async () => {
    const fetcher = feedAnswering([{ title: 'A', url: '/a', image: '/a.jpg' }]);
    const started = startFirstFeedPage(document, { feedUrl: '/feeds/latest.json' }, { fetcher });
    await settled();
    expect(preloads()).toHaveLength(1);
    started?.remove();
    expect(preloads()).toEqual([]);
  });

  it('leaves WordPress (whose first page is a query built by its source) and bad URLs alone', () => {
    const fetcher = feedAnswering([]);
    const start = (raw: Record<string, unknown>) => startFirstFeedPage(document, raw, { fetcher });
    expect(start({ feedUrl: '/wp-json', source: 'wordpress' })).toBeNull();
    expect(start({ feedUrl: 'javascript:alert(1)' })).toBeNull();
    expect(start({ feedUrl: 42 })).toBeNull();
    expect(fetcher).not.toHaveBeenCalled();
    expect(preloads()).toEqual([]);
  });

  it('preloads an RSS feed as a CORS fetch its source takes up, unless the HTML already does', () => {
    const link = startFirstFeedPage(document, { feedUrl: '/rss.xml', source: 'rss' });
    expect(link?.page).toBeNull();
    const [preload] = preloads();
    expect(preload?.as).toBe('fetch');
    expect(preload?.crossOrigin).toBe('anonymous');
    expect(startFirstFeedPage(document, { feedUrl: '/rss.xml', source: 'rss' })).toBeNull();
    expect(preloads()).toHaveLength(1);
  });
});

describe('withFirstPage', () => {
  it('answers the first page’s URL once with the response on its way; a retry asks the network', async () => {
    const early = new Response('{}');
    const network = vi.fn<FetchLike>(() => Promise.resolve(new Response('{"again":true}')));
    const fetcher = withFirstPage({ url: feedUrl, response: Promise.resolve(early) }, network);
    expect(await fetcher(feedUrl, {})).toBe(early);
    await fetcher(feedUrl, {});
    await fetcher(`${feedUrl}?page=2`, {});
    expect(network.mock.calls.map(([url]) => url)).toEqual([feedUrl, `${feedUrl}?page=2`]);
  });
});
