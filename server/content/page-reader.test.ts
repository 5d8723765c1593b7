import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/content/content-env.ts';
import { createSource } from '../../src/content/source.ts';
import { createPageReader } from './page-reader.ts';

const post = (id: number, title: string) => ({
  id,
  link: `https://blog.example/${id}/`,
  title: { rendered: title },
  content: { rendered: `<p>${title}.</p>` },
  excerpt: { rendered: '' },
  date_gmt: '2026-11-30T09:00:00',
});

describe('the server’s page reader on a WordPress site', () => {
  it('reads the first page afresh once its posts change, not while the REST index stays the same', async () => {
    let posts = [post(1, 'The first post')];
    const requests: string[] = [];
    const fetcher: FetchLike = (input) => {
      const url = new URL(input);
      requests.push(url.pathname);
      // The REST index a real site answers at /wp-json: the same bytes whatever is posted.
      if (url.pathname === '/wp-json') return Promise.resolve(Response.json({ name: 'Blog' }));
      if (url.pathname !== '/wp-json/wp/v2/posts')
        return Promise.resolve(new Response('', { status: 404 }));
      return Promise.resolve(Response.json(posts, { headers: { 'X-WP-TotalPages': '1' } }));
    };
    const source = createSource('wordpress', 'https://blog.example/wp-json', {
      window: new JSDOM('', { url: 'https://blog.example/' }).window,
      fetch: fetcher,
    });
    const reader = createPageReader(source, fetcher, () => undefined);
    expect((await reader.read(source.first)).articles.map((a) => a.title)).toEqual([
      'The first post',
    ]);
    posts = [post(2, 'A newer post'), ...posts];
    expect((await reader.read(source.first)).articles.map((a) => a.title)).toEqual([
      'A newer post',
      'The first post',
    ]);
    expect(requests).not.toContain('/wp-json');
  });
});
