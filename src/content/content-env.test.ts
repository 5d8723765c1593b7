// @vitest-environment node
// The server's side of the content layer: no global window, document or DOMParser exist here,
// so everything a source parses or sanitises must come from the window it is given.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { ContentEnv, FetchLike } from './content-env';
import { createSource } from './source';
import { sanitizeArticleHtml } from './sanitize';

const { window } = new JSDOM('', { url: 'https://site.example/' });

const DIRTY =
  '<h1>Sub</h1><p onclick="steal()">Hi<script>alert(1)</script> <a href="/next" target="_blank">on</a></p>' +
  '<img src="/a.jpg" onerror="alert(1)"><iframe src="https://ads.example/x"></iframe>';
const CLEAN =
  '<h3>Sub</h3><p>Hi <a href="https://news.example/next" target="_blank" rel="noopener noreferrer">on</a></p>' +
  '<img src="https://news.example/a.jpg" loading="lazy" decoding="async" alt="">' +
  '<p><a href="https://ads.example/x">Embedded content from ads.example</a></p>';

/** A fetch that answers each URL with its body and records what was asked. */
function fakeFetch(bodies: Record<string, { body: string; type: string }>) {
  const asked: string[] = [];
  const fetcher: FetchLike = (url) => {
    asked.push(url);
    const found = bodies[url];
    return Promise.resolve(
      found
        ? new Response(found.body, { headers: { 'Content-Type': found.type } })
        : new Response('missing', { status: 404 }),
    );
  };
  return { asked, fetcher };
}

function env(fetcher: FetchLike): ContentEnv {
  return { window, fetch: fetcher };
}

describe('the content layer with a server DOM', () => {
  it('runs with no global DOM at all', () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(typeof globalThis.DOMParser).toBe('undefined');
  });

  it('sanitises an article body with the window it is given', () => {
    expect(sanitizeArticleHtml(DIRTY, 'https://news.example/world/story', window)).toBe(CLEAN);
  });

  it('reads a JSON Feed page through the fetch it is given', async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    const { asked, fetcher } = fakeFetch({
      'https://site.example/feed.json': {
        type: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Ledger &amp; Co',
          next_url: '/feed-2.json',
          items: [
            {
              id: '1',
              url: '/world/story',
              title: 'Fire &#038; Ice',
              content_html: DIRTY,
              tags: ['World'],
              authors: [{ name: 'Ana' }],
            },
          ],
        }),
      },
    });
    const source = createSource('jsonfeed', '/feed.json', env(fetcher));
    expect(source.first).toBe('https://site.example/feed.json');
    const page = await source.fetchPage(source.first);
    expect(asked).toEqual(['https://site.example/feed.json']);
    expect(global).not.toHaveBeenCalled();
    expect(page.siteTitle).toBe('Ledger & Co');
    expect(page.next).toBe('https://site.example/feed-2.json');
    expect(page.articles[0]?.title).toBe('Fire & Ice');
    expect(page.articles[0]?.contentHtml).toBe(CLEAN.replaceAll('news.example', 'site.example'));
    global.mockRestore();
  });

  it('reads an RSS feed (XML parsed by the given window) through the fetch it is given', async () => {
    const { fetcher } = fakeFetch({
      'https://site.example/rss.xml': {
        type: 'application/rss+xml; charset=utf-8',
        body:
          '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
          '<channel><title>Ledger</title><item><title>Tides &amp; times</title>' +
          '<link>https://site.example/tides</link><dc:creator>Ben</dc:creator>' +
          '<description><![CDATA[<p>Low <b>water</b></p><script>x()</script>]]></description>' +
          '</item></channel></rss>',
      },
    });
    const page = await createSource('rss', '/rss.xml', env(fetcher)).fetchPage(
      'https://site.example/rss.xml',
    );
    expect(page.siteTitle).toBe('Ledger');
    expect(page.articles[0]).toMatchObject({
      title: 'Tides & times',
      authors: ['Ben'],
      contentHtml: '<p>Low <b>water</b></p>',
    });
  });

  it('reads WordPress posts through the fetch it is given', async () => {
    const first = 'https://site.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1';
    const { fetcher } = fakeFetch({
      [first]: {
        type: 'application/json',
        body: JSON.stringify([
          {
            id: 3,
            link: 'https://site.example/2026/quay/',
            title: { rendered: 'The quay &#8211; at dawn' },
            content: { rendered: '<p>Nets</p><img data-src="/n.jpg" src="data:,">' },
            excerpt: { rendered: '<p>Lead [&hellip;]</p>' },
            date_gmt: '2026-11-25T09:00:00',
          },
        ]),
      },
    });
    const source = createSource('wordpress', '/wp-json', env(fetcher));
    const page = await source.fetchPage(source.first);
    expect(page.articles[0]).toMatchObject({
      title: 'The quay – at dawn',
      summary: 'Lead',
      contentHtml:
        '<p>Nets</p><img src="https://site.example/n.jpg" loading="lazy" decoding="async" alt="">',
    });
  });
});
