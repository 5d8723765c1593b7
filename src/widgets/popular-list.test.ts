import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPopular } from './popular-list';

const URL_ = 'https://news.example/popular.json';
const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [1, 2, 3].map((n) => ({ id: `p${n}`, url: `/p${n}`, title: `Popular ${n}` })),
});
const answer = () => new Response(feed, { headers: { 'Content-Type': 'application/feed+json' } });
const noWait = () => Promise.resolve();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the popular list', () => {
  it('asks once more when the first request fails', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response('down', { status: 503 }))
      .mockResolvedValueOnce(answer());
    vi.stubGlobal('fetch', fetch);
    const list = await fetchPopular(URL_, 2, new AbortController().signal, noWait);
    expect(list.map((article) => article.title)).toEqual(['Popular 1', 'Popular 2']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second failure', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response('down', { status: 503 })),
    );
    vi.stubGlobal('fetch', fetch);
    await expect(fetchPopular(URL_, 2, new AbortController().signal, noWait)).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
