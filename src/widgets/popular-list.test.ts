import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPopular } from './popular-list';

const URL_ = 'https://news.example/popular.json';
const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [1, 2, 3].map((n) => ({ id: `p${n}`, url: `/p${n}`, title: `Popular ${n}` })),
});
const answer = () => new Response(feed, { headers: { 'Content-Type': 'application/feed+json' } });
const down = () => new Response('down', { status: 503 });
const titles = (list: readonly { title: string }[]) => list.map((article) => article.title);

/** A pause that ends at once, keeping how long each was meant to be. */
function noWait() {
  const pauses: number[] = [];
  const pause = (ms: number) => {
    pauses.push(ms);
    return Promise.resolve();
  };
  return { pause, pauses };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the popular list', () => {
  it('asks again, waiting longer each time, while the list fails for a while', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(down())
      .mockResolvedValueOnce(down())
      .mockResolvedValueOnce(answer());
    vi.stubGlobal('fetch', fetch);
    const { pause, pauses } = noWait();
    const list = await fetchPopular(URL_, 2, new AbortController().signal, pause);
    expect(titles(list)).toEqual(['Popular 1', 'Popular 2']);
    expect(fetch).toHaveBeenCalledTimes(3);
    // Backoff (jittered): 0.5-1 s, then 1-2 s.
    expect(pauses[0]).toBeGreaterThanOrEqual(500);
    expect(pauses[0]).toBeLessThanOrEqual(1000);
    expect(pauses[1]).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after two more tries fail', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(down()));
    vi.stubGlobal('fetch', fetch);
    const { pause } = noWait();
    await expect(fetchPopular(URL_, 2, new AbortController().signal, pause)).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not ask again for a list that is not there', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response('gone', { status: 404 })),
    );
    vi.stubGlobal('fetch', fetch);
    const { pause } = noWait();
    await expect(fetchPopular(URL_, 2, new AbortController().signal, pause)).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks again as soon as the connection is back', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(answer());
    vi.stubGlobal('fetch', fetch);
    const list = fetchPopular(URL_, 1, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(titles(await list)).toEqual(['Popular 1']);
  });

  it('lets go of its wait at once when the widget goes away', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(down()));
    vi.stubGlobal('fetch', fetch);
    const widget = new AbortController();
    const list = fetchPopular(URL_, 1, widget.signal);
    const settled = expect(list).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    widget.abort();
    await settled;
    expect(vi.getTimerCount()).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
