import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeShared, readShared } from '../../test/shared-fixtures';
import { createSource } from '../source';

const BASE = 'https://news.example/wp-json';

/** The URL a fetch was called with (the source passes a string). */
const urlOf = (input: RequestInfo | URL): URL =>
  new URL(input instanceof Request ? input.url : input);

function post(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    status: 'publish',
    link: `https://news.example/${id}/`,
    title: { rendered: `Post ${id}` },
    content: { rendered: '<p>Body</p>' },
    author: 3,
    featured_media: 40 + id,
    categories: [5],
    tags: [8, 9],
    ...extra,
  };
}

const records: Record<string, unknown[]> = {
  users: [{ id: 3, name: 'Ana Lima' }],
  media: [
    { id: 41, source_url: '/up/one.jpg', alt_text: 'One', media_details: { width: 800 } },
    { id: 42, source_url: '/up/two.jpg', alt_text: 'Two', media_details: { width: 800 } },
  ],
  categories: [{ id: 5, name: 'World', slug: 'world', taxonomy: 'category' }],
  tags: [
    { id: 8, name: 'Harbour', slug: 'harbour', taxonomy: 'post_tag' },
    { id: 9, name: 'Boats', slug: 'boats', taxonomy: 'post_tag' },
  ],
};

/** A site whose posts come without _embedded; every request is recorded. */
function site(posts: unknown[], options: { failing?: string; index?: unknown } = {}) {
  const fetch = vi.fn<typeof globalThis.fetch>((input) => {
    const url = urlOf(input);
    const route = /\/wp\/v2\/(\w+)$/.exec(url.pathname)?.[1];
    if (route && route === options.failing)
      return Promise.resolve(new Response('{}', { status: 401 }));
    if (route === 'posts') return Promise.resolve(Response.json(posts));
    if (route && records[route]) {
      const include = (url.searchParams.get('include') ?? '').split(',').map(Number);
      return Promise.resolve(
        Response.json(records[route].filter((r) => include.includes((r as { id: number }).id))),
      );
    }
    return Promise.resolve(Response.json(options.index ?? { name: 'The Ledger' }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const requested = (fetch: ReturnType<typeof site>, route: string) =>
  fetch.mock.calls
    .map(([input]) => urlOf(input))
    .filter((url) => url.pathname.endsWith(`/wp/v2/${route}`));

describe('WordPress posts without _embedded', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gets bylines, terms and featured images from the endpoints, one request per endpoint', async () => {
    const fetch = site([post(1), post(2)]);
    const source = createSource('wordpress', BASE);
    const page = await source.fetchPage(source.first);
    expect(page.articles.map((a) => [a.authors, a.section, a.tags, a.image?.src])).toEqual([
      [['Ana Lima'], 'World', ['World', 'Harbour', 'Boats'], 'https://news.example/up/one.jpg'],
      [['Ana Lima'], 'World', ['World', 'Harbour', 'Boats'], 'https://news.example/up/two.jpg'],
    ]);
    for (const route of ['users', 'media', 'categories', 'tags']) {
      expect(requested(fetch, route)).toHaveLength(1);
    }
    expect(requested(fetch, 'media')[0]?.searchParams.get('include')).toBe('41,42');
    expect(page.warnings).toEqual([]);
  });

  it('asks again only for what it has not seen on an earlier page', async () => {
    const fetch = site([post(1), post(2)]);
    const source = createSource('wordpress', BASE);
    await source.fetchPage(source.first);
    await source.fetchPage(source.first.replace('page=1', 'page=2'));
    expect(requested(fetch, 'users')).toHaveLength(1);
    expect(requested(fetch, 'media')).toHaveLength(1);
  });

  it('keeps the posts, without bylines and with a warning, when a lookup fails', async () => {
    site([post(1)], { failing: 'users' });
    const source = createSource('wordpress', BASE);
    const page = await source.fetchPage(source.first);
    expect(page.articles[0]).toMatchObject({ authors: [], section: 'World' });
    expect(page.warnings).toEqual([expect.stringMatching(/Could not look up the authors/)]);
  });

  it('leaves a post that has _embedded as it is, asking nothing', async () => {
    const fetch = site([post(1, { _embedded: { author: [{ name: 'Embedded' }] } })]);
    const source = createSource('wordpress', BASE);
    const page = await source.fetchPage(source.first);
    expect(page.articles[0]?.authors).toEqual(['Embedded']);
    expect(requested(fetch, 'users')).toHaveLength(0);
  });

  it("takes the site's name and language from the REST index", async () => {
    const fetch = site([post(1), post(2, { lang: 'fr' })], {
      index: { name: 'The Ledger', language: 'ar' },
    });
    const source = createSource('wordpress', BASE);
    const page = await source.fetchPage(source.first);
    expect(page.siteTitle).toBe('The Ledger');
    expect(page.articles.map((a) => a.language)).toEqual(['ar', 'fr']);
    const index = fetch.mock.calls
      .map(([input]) => urlOf(input).href)
      .filter((u) => !/wp\/v2/.test(u));
    expect(index).toEqual([
      'https://news.example/wp-json/?_fields=name%2Clanguage%2Clang%2Clocale',
    ]);
  });
});

describeShared('a real static WordPress mirror without _embedded', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("resolves the Japanese blog's featured images through its media list", async () => {
    const FOLDER = 'real-world-feeds/wordpress';
    const posts = readShared(
      FOLDER,
      'ptom76-blog_wp-v2-posts_japanese_relative-urls_lazy-img.json',
    );
    const media = readShared(FOLDER, 'ptom76-blog_wp-v2-media.json');
    // A static mirror answers every query of a route with the same file.
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      const path = urlOf(input).pathname;
      if (path.endsWith('/posts')) return Promise.resolve(new Response(posts));
      if (path.endsWith('/media')) return Promise.resolve(new Response(media));
      return Promise.resolve(new Response('[]'));
    });
    const source = createSource('wordpress', 'https://blog.example/wp-json');
    const page = await source.fetchPage(source.first);
    expect(page.articles).toHaveLength(10);
    // The first post's featured_media is 355, the first of the media list.
    expect(page.articles[0]?.image?.src).toMatch(/^https:\/\/blog\.example\/.+\.(png|jpe?g|webp)$/);
    const withPictures = page.articles.filter((a) => a.image !== null);
    expect(withPictures.length).toBeGreaterThan(1);
  });
});
