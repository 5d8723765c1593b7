// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, readShared } from '../../src/test/shared-fixtures.ts';
import { startFeedServer, type FeedServer } from '../test/feed-server.ts';
import { send } from '../test/http-client.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { createServerRenderedSite } from './create-site.ts';

/*
 * `FEED_URL=<a WordPress site's /wp-json> FEED_SOURCE=wordpress npm start`, against a real
 * WordPress site's REST answers (two pages of posts with _embed, from ../shared) served by a
 * local stand-in for the site: the server renders its posts as the site's own article pages.
 */

const FOLDER = 'real-world-feeds/wordpress';
const PAGE_FILES = [
  'frontity_demo-worona_category-7_page1_embed.json',
  'frontity_demo-worona_category-7_page2_embed_gallery.json',
];

interface Post {
  readonly slug: string;
  readonly link: string;
}

describeShared('the server on a real WordPress site', () => {
  let wordpress: FeedServer;
  let server: TestServer;
  let pages: Post[][];

  beforeAll(async () => {
    pages = PAGE_FILES.map((name) => JSON.parse(readShared(FOLDER, name)) as Post[]);
    wordpress = await startFeedServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://wp.local');
      if (url.pathname !== '/wp-json/wp/v2/posts') return void response.writeHead(404).end();
      const slug = url.searchParams.get('slug');
      const number = Number(url.searchParams.get('page') ?? '1');
      const body =
        slug !== null ? pages.flat().filter((post) => post.slug === slug) : pages[number - 1];
      // Past the last page WordPress answers 400 rest_post_invalid_page_number.
      if (!body)
        return void response.writeHead(400).end('{"code":"rest_post_invalid_page_number"}');
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=UTF-8',
        'X-WP-Total': String(pages.flat().length),
        'X-WP-TotalPages': String(pages.length),
      });
      response.end(JSON.stringify(body));
    });
    server = await startTestServer(
      { FEED_URL: `${wordpress.url}/wp-json`, FEED_SOURCE: 'wordpress', SITE_NAME: 'Worona' },
      { createSite: createServerRenderedSite },
    );
  });
  afterAll(async () => {
    await server.stop();
    await wordpress.close();
  });

  const page = async (path: string) => {
    const answer = await send(server.url, path);
    return { status: answer.status, doc: new JSDOM(answer.text).window.document };
  };
  const pathOf = (post: Post | undefined) => new URL(post?.link ?? '').pathname;

  it('shows the newest post on / with its title in the h1', async () => {
    const { status, doc } = await page('/');
    expect(status).toBe(200);
    expect(doc.querySelector('h1')?.textContent).toBe('Shinjuku Gyoen National Garden');
    expect(doc.title).toBe('Shinjuku Gyoen National Garden | Worona');
  });

  it('renders a post of the second page at its own path, on the site’s origin', async () => {
    const post = pages[1]?.find((p) => p.slug === 'switzerlands-mountains');
    const { status, doc } = await page(pathOf(post));
    expect(status).toBe(200);
    // The entity-encoded title, decoded once.
    expect(doc.querySelector('h1')?.textContent).toBe('Switzerland’s Mountains');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${server.url}/switzerlands-mountains/`,
    );
    const ld = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    ) as { headline?: string };
    expect(ld.headline).toBe('Switzerland’s Mountains');
    const paragraph = doc.querySelector('#root .ar-article__content p')?.textContent ?? '';
    expect(paragraph.length).toBeGreaterThan(20);
  });

  it('answers 404 for a path that is no post', async () => {
    expect((await page('/no-such-post/')).status).toBe(404);
  });

  it('lists every post in the sitemap and serves them as JSON Feed pages', async () => {
    const sitemap = (await send(server.url, '/sitemap.xml')).text;
    for (const post of pages.flat()) expect(sitemap).toContain(`${server.url}${pathOf(post)}`);
    const feed = JSON.parse((await send(server.url, '/api/feed.json')).text) as {
      items: { url: string }[];
      next_url?: string;
    };
    expect(feed.items.map((item) => item.url)).toEqual(
      pages[0]?.map((post) => `${server.url}${pathOf(post)}`),
    );
    expect(feed.next_url).toBe(`${server.url}/api/feed.json?page=2`);
  });
});
