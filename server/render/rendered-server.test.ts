import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFeedServer, type FeedServer } from '../test/feed-server.ts';
import { send } from '../test/http-client.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { createServerRenderedSite } from './create-site.ts';

/*
 * The production server with the real renderer (server/render/create-site.ts, as
 * site-entry.ts names it), read with a plain HTTP client as a crawler or an unfurler reads
 * it: no script runs. The feed is a publisher's JSON Feed on another origin, in two pages.
 */

const item = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `story-${n}`,
  url: `https://publisher.example/world/story-${n}`,
  title: `Story ${n} & more`,
  content_html: `<p>The first paragraph of story ${n}.</p><p>Its second paragraph.</p>`,
  date_published: `2026-11-2${n}T08:00:00Z`,
  authors: [{ name: `Reporter ${n}` }],
  image: `https://publisher.example/media/story-${n}.jpg`,
  ...extra,
});
const PAGES: Record<string, object> = {
  '/feed.json': { items: [item(1), item(2)], next_url: '/feed-2.json' },
  '/feed-2.json': { items: [item(3)] },
};

const jsonFeed = (body: object) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'The Publisher', ...body });

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

async function publisherFeed(state: { down: boolean; title?: string }): Promise<FeedServer> {
  const feed = await startFeedServer((request, response) => {
    const body = PAGES[request.url ?? ''];
    if (state.down || !body) return void response.writeHead(state.down ? 503 : 404).end();
    const fresh =
      state.title && request.url === '/feed.json'
        ? { items: [item(1, { title: state.title }), item(2)], next_url: '/feed-2.json' }
        : {};
    const page = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Publisher',
      ...body,
      ...fresh,
    };
    response.writeHead(200, { 'Content-Type': 'application/feed+json' });
    response.end(JSON.stringify(page));
  });
  running.push({ stop: () => feed.close() });
  return feed;
}

async function renderedSite(
  feed: FeedServer,
  env: Record<string, string> = {},
  options: { feedTimeoutMs?: number } = {},
) {
  const server: TestServer = await startTestServer(
    { FEED_URL: `${feed.url}/feed.json`, ...env },
    { createSite: createServerRenderedSite, ...options },
  );
  running.push(server);
  return server;
}

const read = (html: string) => new JSDOM(html).window.document;

describe('the server-rendered site, read without script', () => {
  it('answers an article URL with its title in the h1, its body, Open Graph and a NewsArticle', async () => {
    const server = await renderedSite(await publisherFeed({ down: false }), {
      PUBLIC_URL: 'https://news.example',
    });
    const answer = await send(server.url, '/world/story-2');
    expect(answer.status).toBe(200);
    const doc = read(answer.text);
    const headings = doc.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('Story 2 & more');
    expect(doc.querySelector('#root article .ar-article__content p')?.textContent).toBe(
      'The first paragraph of story 2.',
    );
    const og = (property: string) =>
      doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(og('og:type')).toBe('article');
    expect(og('og:title')).toBe('Story 2 & more');
    expect(og('og:url')).toBe('https://news.example/world/story-2');
    expect(og('og:image')).toBe('https://publisher.example/media/story-2.jpg');
    expect(new Date(og('article:published_time') ?? '').toISOString()).toBe(
      '2026-11-22T08:00:00.000Z',
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://news.example/world/story-2',
    );
    const ld = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(ld).toHaveLength(1);
    expect(JSON.parse(ld[0]?.textContent ?? '')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Story 2 & more',
      author: [{ name: 'Reporter 2' }],
    });
    // Its next link leads to the next article's own page on the site, past the feed page.
    expect(doc.querySelector('#root a.ar-next__link')?.getAttribute('href')).toMatch(
      /\/world\/story-3$/,
    );
  });

  it('answers 404 with the not-found view for a path that is no article', async () => {
    const server = await renderedSite(await publisherFeed({ down: false }));
    const answer = await send(server.url, '/world/no-such-story');
    expect(answer.status).toBe(404);
    expect(read(answer.text).querySelector('h1')?.textContent).toBe('Article not found');
  });

  it('answers 502 when the feed was never read, on pages and on the feed route', async () => {
    const server = await renderedSite(await publisherFeed({ down: true }));
    const page = await send(server.url, '/world/story-1');
    expect(page.status).toBe(502);
    expect(page.text).toContain('The news feed could not be read');
    const feedPage = await send(server.url, '/api/feed.json?page=2');
    expect(feedPage.status).toBe(502);
    expect(JSON.parse(feedPage.text)).toEqual({ error: 'The feed could not be read.' });
  });

  it('serves the last good copy while the feed is down, and the fresh one when it is back', async () => {
    const state: { down: boolean; title?: string } = { down: false };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const server = await renderedSite(await publisherFeed(state), { FEED_TTL: '0' });
    expect((await send(server.url, '/world/story-1')).status).toBe(200);
    state.down = true;
    for (let i = 0; i < 3; i += 1) {
      const stale = await send(server.url, '/world/story-1');
      expect(stale.status).toBe(200);
      expect(read(stale.text).querySelector('h1')?.textContent).toBe('Story 1 & more');
    }
    state.down = false;
    state.title = 'Story 1, updated';
    await vi.waitFor(
      async () =>
        expect(read((await send(server.url, '/world/story-1')).text).title).toMatch(
          /^Story 1, updated/,
        ),
      { timeout: 8_000, interval: 50 },
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[article-reader\] Refreshing/));
    warn.mockRestore();
  });

  it('serves the last good copy while the feed answers 200 with a body that cannot be read', async () => {
    const state = { broken: false };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const feed = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.end(state.broken ? '{"items": [' : jsonFeed({ items: [item(1)] }));
    });
    running.push({ stop: () => feed.close() });
    const server = await renderedSite(feed, { FEED_TTL: '0' });
    expect((await send(server.url, '/world/story-1')).status).toBe(200);
    state.broken = true;
    await vi.waitFor(async () => {
      await send(server.url, '/world/story-1');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/serving the copy read before/));
    });
    const page = await send(server.url, '/world/story-1');
    expect(page.status).toBe(200);
    expect(read(page.text).querySelector('h1')?.textContent).toBe('Story 1 & more');
    const feedPage = await send(server.url, '/api/feed.json');
    expect(feedPage.status).toBe(200);
    expect(JSON.parse(feedPage.text)).toMatchObject({ items: [{ title: 'Story 1 & more' }] });
    warn.mockRestore();
  });

  it('answers 502 for a feed that never answers after one timeout, not one per read', async () => {
    const feed = await startFeedServer(() => undefined); // never answers
    running.push({ stop: () => feed.close() });
    const server = await renderedSite(feed, {}, { feedTimeoutMs: 300 });
    const page = await send(server.url, '/world/story-1');
    expect(page.status).toBe(502);
    expect(feed.requests).toEqual(['/feed.json']);
  });

  it('ends the feed where its next page answers 404, on pages, the feed route and the sitemap', async () => {
    const feed = await startFeedServer((request, response) => {
      if (request.url !== '/feed.json') return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.end(jsonFeed({ items: [item(1), item(2)], next_url: '/gone.json' }));
    });
    running.push({ stop: () => feed.close() });
    const server = await renderedSite(feed);
    const last = await send(server.url, '/world/story-2');
    expect(last.status).toBe(200);
    expect(read(last.text).querySelector('h1')?.textContent).toBe('Story 2 & more');
    expect(read(last.text).querySelector('#root a.ar-next__link')).toBeNull();
    expect((await send(server.url, '/world/no-such-story')).status).toBe(404);
    expect((await send(server.url, '/api/feed.json?page=2')).status).toBe(404);
    const sitemap = await send(server.url, '/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.text.match(/<loc>/g)).toHaveLength(2);
  });

  it('ends a chain of empty pages after three, as the browser does', async () => {
    const feed = await startFeedServer((request, response) => {
      const n = Number(/^\/empty-(\d+)\.json$/.exec(request.url ?? '')?.[1] ?? 0);
      const items = request.url === '/feed.json' ? [item(1)] : [];
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.end(jsonFeed({ items, next_url: `/empty-${n + 1}.json` }));
    });
    running.push({ stop: () => feed.close() });
    const server = await renderedSite(feed);
    const sitemap = await send(server.url, '/sitemap.xml');
    expect(sitemap.text.match(/<loc>/g)).toHaveLength(1);
    const fourth = JSON.parse((await send(server.url, '/api/feed.json?page=4')).text) as {
      next_url?: string | null;
    };
    expect(fourth.next_url ?? null).toBeNull();
    expect((await send(server.url, '/api/feed.json?page=5')).status).toBe(404);
    expect(feed.requests).toEqual([
      '/feed.json',
      '/empty-1.json',
      '/empty-2.json',
      '/empty-3.json',
    ]);
  });

  it('reads a popular list kept on another origin through the site, its links on the site', async () => {
    const feed = await startFeedServer((request, response) => {
      const items = request.url === '/popular.json' ? [item(2), item(3)] : [item(1)];
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.end(jsonFeed({ items }));
    });
    running.push({ stop: () => feed.close() });
    const server = await renderedSite(feed, { POPULAR_URL: `${feed.url}/popular.json` });
    const page = read((await send(server.url, '/world/story-1')).text);
    expect(page.querySelector('[data-popular-url]')?.getAttribute('data-popular-url')).toBe(
      '/api/popular.json',
    );
    const popular = await send(server.url, '/api/popular.json');
    expect(popular.status).toBe(200);
    const urls = (JSON.parse(popular.text) as { items: { url: string }[] }).items.map((i) => i.url);
    expect(urls).toEqual([`${server.url}/world/story-2`, `${server.url}/world/story-3`]);
  });

  it('costs the feed one request per page for a burst of 20 concurrent page views', async () => {
    const feed = await publisherFeed({ down: false });
    const server = await renderedSite(feed);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(server.url, `/world/story-${(i % 3) + 1}`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect([...feed.requests].sort()).toEqual(['/feed-2.json', '/feed.json']);
  });

  it('answers bad paths with 400 or 404, never a crash or a file outside dist/', async () => {
    const server = await renderedSite(await publisherFeed({ down: false }));
    const bad = [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/world/%00story-1',
      '/%zz',
      `/${'a'.repeat(10 * 1024)}`,
    ];
    for (const path of bad) {
      const answer = await send(server.url, path);
      expect([400, 404], path.slice(0, 40)).toContain(answer.status);
      expect(answer.text).not.toContain('root:');
    }
    expect((await send(server.url, '/world/story-1')).status).toBe(200);
  });
});
