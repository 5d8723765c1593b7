import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeOnSignals } from './serve.ts';
import { startFeedServer, type FeedServer } from './test/feed-server.ts';
import { createFeedTitleSite } from './test/feed-title-site.ts';
import { send } from './test/http-client.ts';
import { startTestServer, type TestServer } from './test/test-server.ts';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: '1', url: '/news/one', title: 'One', date_published: '2026-11-30T08:00:00Z' },
    {
      id: '2',
      url: 'https://elsewhere.example/news/two',
      title: 'Two',
      date_published: '2026-11-29T08:00:00Z',
      date_modified: '2026-11-30T10:00:00Z',
    },
  ],
};

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

async function feedServer(handler: Parameters<typeof startFeedServer>[0]): Promise<FeedServer> {
  const feed = await startFeedServer(handler);
  running.push({ stop: () => feed.close() });
  return feed;
}

async function siteOn(feed: FeedServer, env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(
    { FEED_URL: `${feed.url}/feed.json`, ...env },
    { createSite: createFeedTitleSite },
  );
  running.push(server);
  return server;
}

const serveFeed = (status = 200) =>
  ((_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(FEED));
  }) satisfies Parameters<typeof startFeedServer>[0];

describe('pages from the feed', () => {
  it('costs the feed one request for a burst of 20 concurrent views of a page', async () => {
    const feed = await feedServer(serveFeed());
    const server = await siteOn(feed);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(server.url, '/news/two')),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(answers[0]?.text).toContain('<h1>Two</h1>');
    await Promise.all(Array.from({ length: 20 }, () => send(server.url, '/news/one')));
    expect(feed.requests).toEqual(['/feed.json']);
  });

  it('answers 404 for a path that is no article', async () => {
    const server = await siteOn(await feedServer(serveFeed()));
    const answer = await send(server.url, '/news/three');
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('Article not found');
  });

  it('answers 502 with a page that says so when the feed was never read', async () => {
    const server = await siteOn(await feedServer(serveFeed(500)));
    const answer = await send(server.url, '/news/one');
    expect(answer.status).toBe(502);
    expect(answer.text).toContain('The news feed could not be read');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('answers 502 when the feed server is not there at all', async () => {
    const feed = await feedServer(serveFeed());
    await feed.close();
    const server = await siteOn(feed);
    expect((await send(server.url, '/news/one')).status).toBe(502);
  });

  it('serves the stale copy while the feed is down, and the fresh one when it is back', async () => {
    let down = false;
    let title = 'One';
    const feed = await feedServer((_request, response) => {
      if (down) return void response.writeHead(503).end();
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ ...FEED, items: [{ id: '1', url: '/news/one', title }] }));
    });
    const server = await siteOn(feed, { FEED_TTL: '0' });
    expect((await send(server.url, '/news/one')).text).toContain('<h1>One</h1>');
    down = true;
    for (let i = 0; i < 3; i += 1) {
      const stale = await send(server.url, '/news/one');
      expect(stale.status).toBe(200);
      expect(stale.text).toContain('<h1>One</h1>');
    }
    down = false;
    title = 'One, updated';
    await vi.waitFor(
      async () => expect((await send(server.url, '/news/one')).text).toContain('One, updated'),
      { timeout: 8_000, interval: 50 },
    );
  });
});

describe('the sitemap and the feed on the site', () => {
  it('lists the articles the server can reach on the site’s origin, with lastmod', async () => {
    const server = await siteOn(await feedServer(serveFeed()), {
      PUBLIC_URL: 'https://news.example',
    });
    const sitemap = await send(server.url, '/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    expect(sitemap.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(sitemap.text).toContain(
      '<url><loc>https://news.example/news/one</loc><lastmod>2026-11-30T08:00:00Z</lastmod></url>',
    );
    expect(sitemap.text).toContain(
      '<url><loc>https://news.example/news/two</loc><lastmod>2026-11-30T10:00:00Z</lastmod></url>',
    );
  });

  it('serves the feed’s pages from its own origin, cached like pages', async () => {
    const feed = await feedServer(serveFeed());
    const server = await siteOn(feed);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(server.url, '/api/feed.json?page=1')),
    );
    const first = answers[0];
    expect(first?.status).toBe(200);
    expect(first?.headers['content-type']).toMatch(/^application\/feed\+json/);
    expect(first?.headers['cache-control']).toMatch(/max-age=\d+, stale-while-revalidate/);
    expect(JSON.parse(first?.text ?? '{}')).toMatchObject({
      items: [{ url: `${server.url}/news/one` }, { url: `${server.url}/news/two` }],
    });
    expect(feed.requests).toEqual(['/feed.json']);
    const again = await send(server.url, '/api/feed.json?page=1', {
      headers: { 'If-None-Match': String(first?.headers.etag) },
    });
    expect(again.status).toBe(304);
  });

  it('answers the feed route with 502 when the feed cannot be read', async () => {
    const server = await siteOn(await feedServer(serveFeed(500)));
    expect((await send(server.url, '/api/feed.json')).status).toBe(502);
  });

  it('answers the sitemap with 502, not a server error, when the feed was never read', async () => {
    const server = await siteOn(await feedServer(serveFeed(500)));
    const sitemap = await send(server.url, '/sitemap.xml');
    expect(sitemap.status).toBe(502);
    expect(sitemap.headers['cache-control']).toBe('no-store');
  });
});

describe('closing on SIGTERM', () => {
  it('finishes the requests in flight, then exits 0', async () => {
    let release: () => void = () => undefined;
    const feed = await feedServer((_request, response) => {
      release = () => serveFeed()(_request, response);
    });
    const server = await siteOn(feed);
    const signals = new EventEmitter();
    const exit = vi.fn();
    closeOnSignals(server, signals, exit);
    const inFlight = send(server.url, '/news/one');
    await vi.waitFor(() => expect(feed.requests).toHaveLength(1));
    signals.emit('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(exit).not.toHaveBeenCalled();
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<h1>One</h1>');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    await expect(send(server.url, '/robots.txt')).rejects.toThrow();
  });
});
