// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/content/content-env.ts';
import { createRenderedSite } from './rendered-site.ts';

const TEMPLATE = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const FEED = 'https://cms.example/feed.json';
const ORIGIN = 'https://news.example';

function item(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `a${n}`,
    url: `https://cms.example/world/story-${n}`,
    title: `Story ${n}`,
    summary: `Summary ${n}.`,
    content_html: `<p>First paragraph of story ${n}.</p><p>Second.</p><script>alert(1)</script>`,
    date_published: '2026-11-25T09:00:00Z',
    authors: [{ name: 'Ana Reyes' }],
    tags: ['World'],
    image: `https://cms.example/media/${n}.jpg`,
    ...extra,
  };
}

const PAGES: Record<string, unknown> = {
  [FEED]: {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Ledger',
    language: 'en-GB',
    next_url: 'https://cms.example/feed-2.json',
    items: [
      item(1, { title: 'A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; title' }),
      item(2),
    ],
  },
  'https://cms.example/feed-2.json': {
    version: 'https://jsonfeed.org/version/1.1',
    items: [item(3), item(4)],
  },
};

const fetcher: FetchLike = (url) => {
  const body = PAGES[url];
  return Promise.resolve(
    body
      ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
      : new Response('gone', { status: 404 }),
  );
};

function site() {
  return createRenderedSite({
    feedUrl: FEED,
    source: 'jsonfeed',
    fetch: fetcher,
    template: () => Promise.resolve(TEMPLATE),
    siteName: null,
    popularUrl: null,
    ownFeedPath: null,
    window: new JSDOM('').window,
  });
}

function read(html: string) {
  return new JSDOM(html).window.document;
}

describe('server-rendered article pages', () => {
  it('renders the article at a path: its title in the one h1, its body, a next link', async () => {
    const page = await site().renderPage({ path: '/world/story-3', origin: ORIGIN });
    expect(page.status).toBe(200);
    const doc = read(page.html);
    const headings = doc.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('Story 3');
    expect(doc.querySelector('#root article .ar-body p')?.textContent).toBe(
      'First paragraph of story 3.',
    );
    expect(doc.querySelector('#root script')).toBeNull();
    expect(doc.querySelector('a.ar-next__link')?.getAttribute('href')).toBe('/world/story-4');
    expect(doc.documentElement.lang).toBe('en-GB');
  });

  it('gives the head its title, description, canonical, Open Graph and NewsArticle', async () => {
    const page = await site().renderPage({ path: '/world/story-2', origin: ORIGIN });
    const doc = read(page.html);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(doc.title).toBe('Story 2 | The Ledger');
    expect(meta('description')).toBe('Summary 2.');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/world/story-2`,
    );
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(`${ORIGIN}/world/story-2`);
    expect(meta('og:image')).toBe('https://cms.example/media/2.jpg');
    expect(meta('article:published_time')).toBe('2026-11-25T09:00:00.000Z');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const preload = doc.querySelector('link[rel="preload"][as="image"]');
    expect(preload?.getAttribute('fetchpriority')).toBe('high');
    const ld = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(ld).toHaveLength(1);
    expect(JSON.parse(ld[0]?.textContent ?? '')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Story 2',
      author: [{ name: 'Ana Reyes' }],
      publisher: { name: 'The Ledger' },
    });
  });

  it('keeps a title holding </script> inside its JSON-LD', async () => {
    const page = await site().renderPage({ path: '/', origin: ORIGIN });
    const doc = read(page.html);
    const ld = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect((JSON.parse(ld) as { headline: string }).headline).toBe(
      'A </script><script>alert(1)</script> title',
    );
    // Only the page's own scripts: the title made none.
    const inline = [...doc.querySelectorAll('script')].filter((s) => !s.src && !s.type);
    expect(inline).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('A </script><script>alert(1)</script> title');
  });

  it('puts the first feed page beside the markup as non-executable data', async () => {
    const page = await site().renderPage({ path: '/world/story-3', origin: ORIGIN });
    const doc = read(page.html);
    const data = doc.getElementById('article-reader-data');
    expect(data?.getAttribute('type')).toBe('application/json');
    const parsed = JSON.parse(data?.textContent ?? '') as {
      startUrl: string;
      pages: { articles: { url: string }[] }[];
      pageParams: string[];
    };
    expect(parsed.startUrl).toBe(`${ORIGIN}/world/story-3`);
    expect(parsed.pages.map((page) => page.articles.map((a) => a.url))).toEqual([
      [`${ORIGIN}/world/story-3`, `${ORIGIN}/world/story-4`],
    ]);
    expect(parsed.pageParams).toEqual([`${ORIGIN}/api/feed.json?from=%2Fworld%2Fstory-3`]);
  });

  it('links the last article of a feed page to the next page’s first, and hydrates from both', async () => {
    const doc = read((await site().renderPage({ path: '/world/story-2', origin: ORIGIN })).html);
    expect(doc.querySelector('#root a.ar-next__link')?.getAttribute('href')).toBe('/world/story-3');
    const parsed = JSON.parse(doc.getElementById('article-reader-data')?.textContent ?? '') as {
      pages: { articles: { url: string }[] }[];
      pageParams: string[];
    };
    expect(parsed.pages.map((page) => page.articles.map((a) => a.url))).toEqual([
      [`${ORIGIN}/world/story-2`],
      [`${ORIGIN}/world/story-3`, `${ORIGIN}/world/story-4`],
    ]);
    expect(parsed.pageParams).toEqual([
      `${ORIGIN}/api/feed.json?from=%2Fworld%2Fstory-2`,
      `${ORIGIN}/api/feed.json?page=2`,
    ]);
  });

  it('names the same feed, from its first page, on every article page', async () => {
    // The reader's saved place is kept under its feed, and a reader restarted at an earlier
    // article reads the feed from its first page.
    for (const path of ['/', '/world/story-1', '/world/story-3']) {
      const doc = read((await site().renderPage({ path, origin: ORIGIN })).html);
      expect(doc.getElementById('root')?.dataset.feedUrl).toBe('/api/feed.json');
    }
  });

  it('answers 404 with the not-found view for a path that is no article', async () => {
    const page = await site().renderPage({ path: '/no/such/story', origin: ORIGIN });
    expect(page.status).toBe(404);
    const doc = read(page.html);
    expect(doc.querySelector('h1')?.textContent).toBe('Article not found');
    expect(doc.querySelector('#root a.ar-button')?.getAttribute('href')).toBe('/world/story-1');
  });

  it('serves the feed as same-origin JSON Feed pages linked by next_url', async () => {
    const first = await site().feedPage({}, ORIGIN);
    expect(first.status).toBe(200);
    expect(first.body.next_url).toBe(`${ORIGIN}/api/feed.json?page=2`);
    const second = await site().feedPage({ page: '2' }, ORIGIN);
    expect(second.body).toMatchObject({
      items: [{ url: `${ORIGIN}/world/story-3` }, { url: `${ORIGIN}/world/story-4` }],
    });
    expect(second.body.next_url).toBeUndefined();
    expect((await site().feedPage({ page: '9' }, ORIGIN)).status).toBe(404);
  });

  it('lists every reachable article for the sitemap, on the site origin', async () => {
    const entries = await site().listArticles(ORIGIN, 100);
    expect(entries.map((entry) => entry.url)).toEqual(
      [1, 2, 3, 4].map((n) => `${ORIGIN}/world/story-${n}`),
    );
  });
});
