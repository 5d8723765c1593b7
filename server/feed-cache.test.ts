import { describe, expect, it, vi } from 'vitest';
import { createFeedCache, type FetchLike } from './feed-cache.ts';

const FEED = 'https://news.example/feed.json';

/** An upstream whose answers a test sets, counting the requests it gets. */
function fakeUpstream(first: () => Response | Promise<Response>) {
  let answer = first;
  const upstream = vi.fn<FetchLike>(() => Promise.resolve(answer()));
  return {
    upstream,
    answer: (next: () => Response | Promise<Response>) => {
      answer = next;
    },
  };
}

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the feed cache', () => {
  it('shares one upstream request between concurrent readers of a URL', async () => {
    const { upstream } = fakeUpstream(() => new Response('{"items":[]}'));
    const cache = createFeedCache({ upstream, ttlSeconds: 60, warn: () => undefined });
    const bodies = await Promise.all(
      Array.from({ length: 20 }, async () => (await cache.fetch(FEED)).text()),
    );
    expect(bodies).toEqual(Array(20).fill('{"items":[]}'));
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('serves the copy without asking again within the TTL', async () => {
    const time = clock();
    const { upstream } = fakeUpstream(() => new Response('one'));
    const cache = createFeedCache({ upstream, ttlSeconds: 60, now: time.now });
    await cache.fetch(FEED);
    time.advance(59_000);
    expect(await (await cache.fetch(FEED)).text()).toBe('one');
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('serves the stale copy at once and the refreshed one next', async () => {
    const time = clock();
    const { upstream, answer } = fakeUpstream(() => new Response('one'));
    const cache = createFeedCache({ upstream, ttlSeconds: 60, now: time.now });
    await cache.fetch(FEED);
    const before = cache.versionOf(FEED);
    answer(() => new Response('two'));
    time.advance(61_000);
    expect(await (await cache.fetch(FEED)).text()).toBe('one');
    await settle();
    expect(await (await cache.fetch(FEED)).text()).toBe('two');
    expect(cache.versionOf(FEED)).not.toBe(before);
  });

  it('keeps the version when a refresh brings the same bytes', async () => {
    const time = clock();
    const { upstream } = fakeUpstream(() => new Response('same'));
    const cache = createFeedCache({ upstream, ttlSeconds: 1, now: time.now });
    await cache.fetch(FEED);
    const version = cache.versionOf(FEED);
    time.advance(2_000);
    cache.refreshIfStale(FEED);
    await settle();
    expect(upstream).toHaveBeenCalledTimes(2);
    expect(cache.versionOf(FEED)).toBe(version);
  });

  it('keeps the last good copy while the feed fails, and takes the fresh one when it is back', async () => {
    const time = clock();
    const warn = vi.fn();
    const { upstream, answer } = fakeUpstream(() => new Response('good'));
    const cache = createFeedCache({
      upstream,
      ttlSeconds: 1,
      retryDelayMs: 0,
      now: time.now,
      warn,
    });
    await cache.fetch(FEED);
    answer(() => new Response('oops', { status: 500 }));
    time.advance(2_000);
    expect(await (await cache.fetch(FEED)).text()).toBe('good');
    await settle();
    expect(await (await cache.fetch(FEED)).text()).toBe('good');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('answered 500'));
    answer(() => Promise.reject(new TypeError('fetch failed')));
    await cache.fetch(FEED);
    await settle();
    answer(() => new Response('back'));
    await cache.fetch(FEED);
    await settle();
    const response = await cache.fetch(FEED);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('back');
  });

  it('passes an error through when the feed never answered well, and keeps nothing', async () => {
    const { upstream } = fakeUpstream(() => new Response('down', { status: 503 }));
    const cache = createFeedCache({ upstream, ttlSeconds: 60 });
    expect((await cache.fetch(FEED)).status).toBe(503);
    expect(cache.size).toBe(0);
    await expect(
      createFeedCache({
        upstream: () => Promise.reject(new TypeError('fetch failed')),
        ttlSeconds: 60,
      }).fetch(FEED),
    ).rejects.toThrow('fetch failed');
  });

  it('cuts off a feed slower than the timeout', async () => {
    const never: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const cache = createFeedCache({ upstream: never, ttlSeconds: 60, timeoutMs: 20 });
    await expect(cache.fetch(FEED)).rejects.toThrow('took longer than 20 ms');
  });

  it('gives a feed that never answered its failure again at once, and asks again after the retry delay', async () => {
    const time = clock();
    const upstream = vi.fn<FetchLike>(() => Promise.reject(new TypeError('fetch failed')));
    const cache = createFeedCache({ upstream, ttlSeconds: 60, now: time.now });
    await expect(cache.fetch(FEED)).rejects.toThrow('fetch failed');
    await expect(cache.fetch(FEED)).rejects.toThrow('fetch failed');
    expect(upstream).toHaveBeenCalledTimes(1);
    time.advance(5_000);
    upstream.mockResolvedValue(new Response('back'));
    expect(await (await cache.fetch(FEED)).text()).toBe('back');
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('serves the stale copy when the refresh is cut off', async () => {
    const time = clock();
    let slow = false;
    const upstream: FetchLike = (_url, init) =>
      slow
        ? new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
          })
        : Promise.resolve(new Response('kept'));
    const warn = vi.fn();
    const cache = createFeedCache({ upstream, ttlSeconds: 1, timeoutMs: 20, now: time.now, warn });
    await cache.fetch(FEED);
    slow = true;
    time.advance(2_000);
    expect(await (await cache.fetch(FEED)).text()).toBe('kept');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('20 ms')));
    expect(await (await cache.fetch(FEED)).text()).toBe('kept');
  });

  it('keeps at most maxEntries documents, dropping the least recently used', async () => {
    const upstream: FetchLike = (url) => Promise.resolve(new Response(url));
    const cache = createFeedCache({ upstream, ttlSeconds: 60, maxEntries: 2 });
    await cache.fetch('https://news.example/1');
    await cache.fetch('https://news.example/2');
    await cache.fetch('https://news.example/1');
    await cache.fetch('https://news.example/3');
    expect(cache.size).toBe(2);
    expect(cache.versionOf('https://news.example/1')).toBeDefined();
    expect(cache.versionOf('https://news.example/2')).toBeUndefined();
  });

  it('keeps the headers and the final URL a source reads', async () => {
    const answer = new Response('[]', {
      headers: { 'Content-Type': 'application/json', 'X-WP-TotalPages': '3' },
    });
    Object.defineProperty(answer, 'url', { value: 'https://news.example/moved.json' });
    const cache = createFeedCache({ upstream: () => Promise.resolve(answer), ttlSeconds: 60 });
    const response = await cache.fetch(FEED);
    expect(response.headers.get('x-wp-totalpages')).toBe('3');
    expect(response.url).toBe('https://news.example/moved.json');
  });

  it('lets one caller give up without cancelling the shared request', async () => {
    let finish: (response: Response) => void = () => undefined;
    const upstream: FetchLike = () => new Promise((resolve) => (finish = resolve));
    const cache = createFeedCache({ upstream, ttlSeconds: 60 });
    const controller = new AbortController();
    const leaving = cache.fetch(FEED, { signal: controller.signal });
    const staying = cache.fetch(FEED);
    controller.abort(new Error('reader left'));
    await expect(leaving).rejects.toThrow('reader left');
    finish(new Response('still here'));
    expect(await (await staying).text()).toBe('still here');
  });
});
