import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeShared, readShared, sharedFiles } from '../../test/shared-fixtures';
import type { FeedPage } from '../article';
import { FeedError } from '../feed-error';
import { createSource } from '../source';
import { parseWordPressPosts } from './wordpress';
import { wordPressFirstPage, wordPressLookupUrl } from './wordpress-urls';
import { activeContent } from '../../test/active-content';

function body(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

const API = 'https://news.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1';

function post(extra: Record<string, unknown> = {}) {
  return {
    id: 7,
    status: 'publish',
    link: 'https://news.example/2026/11/harbour/',
    title: { rendered: 'Harbour' },
    content: { rendered: '<p>Body</p>', protected: false },
    excerpt: { rendered: '<p>Lead</p>', protected: false },
    date: '2026-11-25T10:00:00',
    date_gmt: '2026-11-25T09:00:00',
    modified: '2026-11-25T12:30:00',
    modified_gmt: '2026-11-25T11:30:00',
    ...extra,
  };
}

function only(page: FeedPage) {
  expect(page.articles).toHaveLength(1);
  const [article] = page.articles;
  if (!article) throw new Error('no article');
  return article;
}

describe('WordPress posts', () => {
  it('turns a post with _embedded author, terms and featured media into an Article', () => {
    const article = only(
      parseWordPressPosts(
        [
          post({
            _embedded: {
              author: [{ name: 'Ana' }, { code: 'rest_user_invalid_id' }],
              'wp:featuredmedia': [
                {
                  source_url: 'https://news.example/up/lead.jpg',
                  alt_text: 'The quay',
                  caption: { rendered: '<p>Boats &amp; nets</p>\n' },
                  media_details: {
                    width: 4000,
                    height: 3000,
                    sizes: {
                      medium: { source_url: '/up/lead-300x225.jpg', width: 300, height: 225 },
                      large: { source_url: '/up/lead-1024x768.jpg', width: 1024, height: 768 },
                    },
                    image_meta: { credit: 'Ben Cole' },
                  },
                },
              ],
              'wp:term': [
                [
                  { taxonomy: 'category', name: 'World &amp; Sea', slug: 'world' },
                  { taxonomy: 'category', name: 'Harbour', slug: 'harbour' },
                ],
                [
                  { taxonomy: 'post_tag', name: 'Harbour', slug: 'harbour' },
                  { taxonomy: 'post_tag', name: 'Boats', slug: 'boats' },
                ],
                [{ taxonomy: 'latest', name: 'Posts', slug: 'post' }],
              ],
            },
          }),
        ],
        API,
      ),
    );
    expect(article).toMatchObject({
      id: '7',
      url: 'https://news.example/2026/11/harbour/',
      link: 'https://news.example/2026/11/harbour/',
      published: '2026-11-25T09:00:00.000Z',
      modified: '2026-11-25T11:30:00.000Z',
      authors: ['Ana'],
      section: 'World & Sea',
      tags: ['World & Sea', 'Harbour', 'Boats'],
      image: {
        src: 'https://news.example/up/lead-1024x768.jpg',
        width: 1024,
        height: 768,
        alt: 'The quay',
        caption: 'Boats & nets',
        credit: 'Ben Cole',
      },
      gallery: [],
    });
  });

  it('decodes entities in titles', () => {
    const page = parseWordPressPosts(
      [post({ title: { rendered: 'Switzerland&#8217;s Fire &#038; Ice' } })],
      API,
    );
    expect(only(page).title).toBe('Switzerland’s Fire & Ice');
  });

  it('drops the “[…]” and “Continue reading” tails from the summary', () => {
    const page = parseWordPressPosts(
      [
        post({ id: 1, excerpt: { rendered: '<p>The tide came in early [&hellip;]</p>\n' } }),
        post({
          id: 2,
          excerpt: {
            rendered:
              '<p>Boats stayed in. <a href="/x/" class="more-link">Continue reading<span class="screen-reader-text"> "Harbour"</span></a></p>',
          },
        }),
        post({ id: 3, excerpt: { rendered: '<p>Fog&#8230; Continue reading &rarr;</p>' } }),
        post({ id: 4, excerpt: { rendered: '' } }),
      ],
      API,
    );
    expect(page.articles.map((a) => a.summary)).toEqual([
      'The tide came in early',
      'Boats stayed in.',
      'Fog',
      null,
    ]);
  });

  it('reads date_gmt as UTC and falls back to the local date when it is null', () => {
    const page = parseWordPressPosts(
      [post({ date_gmt: null, date: '2026-11-25T10:00:00', modified_gmt: null, modified: null })],
      API,
    );
    expect(only(page)).toMatchObject({ published: '2026-11-25T10:00:00.000Z', modified: null });
  });

  it('chooses the featured size large, else medium_large, else full, else the original', () => {
    const media = (sizes: Record<string, unknown>) =>
      post({
        id: Object.keys(sizes).join() || 'none',
        _embedded: {
          'wp:featuredmedia': [
            {
              source_url: '/up/o.jpg',
              media_details: { width: 5000, height: 2500, sizes },
            },
          ],
        },
      });
    const size = (name: string) => ({ source_url: `/up/${name}.jpg`, width: 800, height: 400 });
    const page = parseWordPressPosts(
      [
        media({ medium_large: size('ml'), full: size('f'), thumbnail: size('t') }),
        media({ full: size('f'), thumbnail: size('t') }),
        media({ thumbnail: size('t') }),
      ],
      API,
    );
    expect(page.articles.map((a) => [a.image?.src, a.image?.width])).toEqual([
      ['https://news.example/up/ml.jpg', 800],
      ['https://news.example/up/f.jpg', 800],
      ['https://news.example/up/o.jpg', 5000],
    ]);
    expect(page.articles[2]?.image).toMatchObject({ alt: '', caption: '', credit: '' });
  });

  it('repairs lazy images and drops the <noscript> copy that follows them', () => {
    const article = only(
      parseWordPressPosts(
        [
          post({
            content: {
              rendered:
                '<p>Before</p><figure><img data-src="/up/a.jpg" src="data:image/gif;base64,R0lGOD" class="lozad" alt="A" width="160" height="90" />' +
                '<noscript><img src="/up/a.jpg" alt="A" /></noscript></figure>' +
                '<img data-lazy-src="/up/b.jpg" data-lazy-srcset="/up/b-2x.jpg 2x" alt="B">' +
                '<noscript><img src="/up/b.jpg" alt="B"></noscript><p>After</p>',
            },
          }),
        ],
        API,
      ),
    );
    const html = body(article.contentHtml);
    const images = Array.from(html.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'https://news.example/up/a.jpg',
      'https://news.example/up/b.jpg',
    ]);
    expect(images[1]?.getAttribute('srcset')).toBe('https://news.example/up/b-2x.jpg 2x');
    expect(article.contentHtml).not.toMatch(/noscript|data-src|lozad/);
    expect(html.textContent).toBe('BeforeAfter');
  });

  it('lifts a classic [gallery] into the carousel with its captions and keeps the rest', () => {
    const item = (name: string, caption: string) =>
      `<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="https://news.example/up/${name}.jpg">` +
      `<img width="300" height="200" src="https://news.example/up/${name}-300x200.jpg" class="attachment-medium" alt="${name}"></a></dt>` +
      (caption ? `<dd class="wp-caption-text gallery-caption">${caption}</dd>` : '') +
      '</dl>';
    const article = only(
      parseWordPressPosts(
        [
          post({
            content: {
              rendered:
                '<p>Intro</p>\n<div id="gallery-1" class="gallery galleryid-7 gallery-columns-3">' +
                item('quay', 'The quay at dawn') +
                item('nets', 'Nets &amp; floats') +
                item('gull', '') +
                '<br style="clear: both" /></div>\n<p>Outro</p>',
            },
          }),
        ],
        API,
      ),
    );
    expect(article.gallery).toEqual([
      {
        src: 'https://news.example/up/quay.jpg',
        width: 300,
        height: 200,
        alt: 'quay',
        caption: 'The quay at dawn',
        credit: '',
      },
      expect.objectContaining({
        src: 'https://news.example/up/nets.jpg',
        caption: 'Nets & floats',
      }),
      expect.objectContaining({ src: 'https://news.example/up/gull.jpg', caption: '' }),
    ]);
    const html = body(article.contentHtml);
    expect(html.querySelector('img, dl, .gallery')).toBeNull();
    expect(html.textContent.replace(/\s+/g, ' ').trim()).toBe('Intro Outro');
  });

  it('takes a gallery picture from its srcset, or as shown when it links to a page', () => {
    const article = only(
      parseWordPressPosts(
        [
          post({
            content: {
              rendered:
                '<div class="gallery"><figure class="gallery-item"><div class="gallery-icon">' +
                '<a href="/2026/11/harbour/quay/"><img width="150" height="100" src="/up/q-150x100.jpg" ' +
                'srcset="/up/q-150x100.jpg 150w, /up/q-1024x683.jpg 1024w, /up/q-4000x2668.jpg 4000w" alt="Q"></a>' +
                '</div><figcaption class="wp-caption-text">Quay</figcaption></figure>' +
                '<figure class="gallery-item"><a href="/2026/11/harbour/gull/"><img width="150" height="150" src="/up/g-150x150.jpg" alt="G"></a></figure></div>',
            },
          }),
        ],
        API,
      ),
    );
    expect(article.gallery).toEqual([
      {
        src: 'https://news.example/up/q-1024x683.jpg',
        width: 1024,
        height: 683,
        alt: 'Q',
        caption: 'Quay',
        credit: '',
      },
      {
        src: 'https://news.example/up/g-150x150.jpg',
        width: 150,
        height: 150,
        alt: 'G',
        caption: '',
        credit: '',
      },
    ]);
  });

  it('resolves a relative link against the document and keeps a root-relative one as written', () => {
    const page = parseWordPressPosts(
      [
        post({ id: 1, link: '/2026/11/a/' }),
        post({ id: 2, link: 'b/' }),
        post({ id: 3, link: 'https://news.example/c/' }),
      ],
      'https://news.example/wp-json/wp/v2/posts/index.json',
    );
    expect(page.articles.map((a) => [a.link, a.url])).toEqual([
      ['/2026/11/a/', 'https://news.example/2026/11/a/'],
      [
        'https://news.example/wp-json/wp/v2/posts/b/',
        'https://news.example/wp-json/wp/v2/posts/b/',
      ],
      ['https://news.example/c/', 'https://news.example/c/'],
    ]);
  });

  it('skips, with a warning each, posts without a title or a usable link, drafts and locked posts', () => {
    const page = parseWordPressPosts(
      [
        post({ id: 1, title: { rendered: ' ' } }),
        post({ id: 2, link: undefined }),
        post({ id: 3, link: 'javascript:alert(1)' }),
        post({ id: 4, status: 'draft' }),
        post({ id: 5, content: { rendered: '', protected: true } }),
        'not a post',
        post({ id: 6 }),
      ],
      API,
    );
    expect(page.articles.map((a) => a.id)).toEqual(['6']);
    expect(page.warnings).toHaveLength(6);
    expect(page.warnings[2]).toMatch(/neither http\(s\) nor relative/);
    expect(page.warnings[3]).toMatch(/not published \(status draft\)/);
  });

  it('accepts one post object as well as a list', () => {
    expect(only(parseWordPressPosts(post({ id: 60 }), API)).id).toBe('60');
  });

  it('rejects a WordPress error body with a typed format error', () => {
    expect(() =>
      parseWordPressPosts({ code: 'rest_no_route', message: 'No route', data: {} }, API),
    ).toThrow(/not WordPress posts: it is a WordPress error \(rest_no_route: No route\)/);
    expect(() => parseWordPressPosts('posts', API)).toThrow(FeedError);
  });
});

describe('WordPress source URLs', () => {
  const at = (path: string) => new URL(path, document.baseURI).href;

  it.each([
    ['/wp-json', '/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1'],
    ['/wp-json/', '/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1'],
    ['/wp-json/wp/v2/posts/', '/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1'],
    [
      '/wp-json/wp/v2/posts?categories=7&per_page=5',
      '/wp-json/wp/v2/posts?categories=7&per_page=5&_embed=1&page=1',
    ],
    ['/?rest_route=/', '/?rest_route=%2Fwp%2Fv2%2Fposts&_embed=1&per_page=10&page=1'],
    [
      '/index.php?rest_route=/wp/v2/posts',
      '/index.php?rest_route=%2Fwp%2Fv2%2Fposts&_embed=1&per_page=10&page=1',
    ],
  ])('starts %s at %s', (restBase, expected) => {
    expect(wordPressFirstPage(restBase)).toBe(at(expected));
  });

  it('keeps an absolute REST base on its own origin', () => {
    expect(wordPressFirstPage('https://blog.example/wp-json')).toBe(
      'https://blog.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1',
    );
  });

  it('looks a deep-linked article up by its slug, or by id for a plain permalink', () => {
    expect(wordPressLookupUrl('/wp-json', 'https://news.example/2026/11/harbour-news/')).toBe(
      at('/wp-json/wp/v2/posts?_embed=1&slug=harbour-news'),
    );
    expect(wordPressLookupUrl('/wp-json', '/%E6%B8%8B%E8%B0%B7/')).toBe(
      at('/wp-json/wp/v2/posts?_embed=1&slug=%E6%B8%8B%E8%B0%B7'),
    );
    expect(wordPressLookupUrl('/?rest_route=/', 'https://news.example/?p=4')).toBe(
      at('/?rest_route=%2Fwp%2Fv2%2Fposts%2F4&_embed=1'),
    );
    expect(wordPressLookupUrl('/wp-json', 'https://news.example/')).toBeNull();
  });
});

describe('WordPress paging', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function serve(body: string, init: ResponseInit = {}) {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(body, init)));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  const posts = (count: number) =>
    JSON.stringify(Array.from({ length: count }, (_, i) => post({ id: i + 1 })));
  const source = createSource('wordpress', 'https://news.example/wp-json');

  it('follows X-WP-TotalPages to the next page and stops at the last', async () => {
    const fetch = serve(posts(2), { headers: { 'X-WP-TotalPages': '3' } });
    const first = await source.fetchPage(source.first);
    expect(fetch).toHaveBeenCalledWith(
      'https://news.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=1',
      expect.anything(),
    );
    expect(first.articles).toHaveLength(2);
    expect(first.next).toBe('https://news.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=2');
    const last = await source.fetchPage(
      'https://news.example/wp-json/wp/v2/posts?_embed=1&per_page=10&page=3',
    );
    expect(last.next).toBeNull();
  });

  it('without X-WP-TotalPages, expects another page only after a full one', async () => {
    serve(posts(10));
    expect((await source.fetchPage(source.first)).next).toMatch(/page=2$/);
    serve(posts(4));
    expect((await source.fetchPage(source.first)).next).toBeNull();
  });

  it('ends the feed at the 400 WordPress gives for a page past the last', async () => {
    serve(
      JSON.stringify({
        code: 'rest_post_invalid_page_number',
        message: 'The page number requested is larger than the number of pages available.',
        data: { status: 400 },
      }),
      { status: 400 },
    );
    await expect(source.fetchPage(source.first)).resolves.toEqual({
      articles: [],
      next: null,
      siteTitle: null,
      warnings: [],
    });
  });

  it('reports any other 400 as an http FeedError naming its code', async () => {
    serve(JSON.stringify({ code: 'rest_invalid_param', message: 'Invalid parameter(s)' }), {
      status: 400,
      statusText: 'Bad Request',
    });
    await expect(source.fetchPage(source.first)).rejects.toMatchObject({
      name: 'FeedError',
      kind: 'http',
      status: 400,
      transient: false,
      message: expect.stringMatching(/answered 400 Bad Request \(rest_invalid_param\)/) as unknown,
    });
  });

  it('reports a 503 as a transient http FeedError and a dropped connection as network', async () => {
    serve('<html>busy</html>', { status: 503 });
    await expect(source.fetchPage(source.first)).rejects.toMatchObject({
      kind: 'http',
      transient: true,
    });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(source.fetchPage(source.first)).rejects.toMatchObject({ kind: 'network' });
  });

  it('gives a typed parse error for malformed JSON', async () => {
    serve('[{"id": 1, "title": {"rendered": "Cut o');
    await expect(source.fetchPage(source.first)).rejects.toMatchObject({
      name: 'FeedError',
      kind: 'parse',
      message: expect.stringMatching(/is not valid JSON/) as unknown,
    });
  });
});

describeShared('real-world WordPress responses', () => {
  const FOLDER = 'real-world-feeds/wordpress';
  const read = (name: string): unknown => JSON.parse(readShared(FOLDER, name));
  const listOf = (json: unknown): unknown[] => (Array.isArray(json) ? json : [json]);
  // The media list is a companion file (attachments), not posts.
  const postFiles = sharedFiles(FOLDER).filter((name) =>
    listOf(read(name)).some((item) => (item as { type?: unknown }).type !== 'attachment'),
  );
  const parse = (fragment: string, documentUrl = `https://wp.example/wp-json/wp/v2/posts`) => {
    const name = postFiles.find((file) => file.includes(fragment));
    expect(name).toBeDefined();
    return parseWordPressPosts(read(name ?? ''), documentUrl);
  };

  it('finds the post files', () => {
    expect(postFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(postFiles)('reads %s into Articles', (name) => {
    const json = read(name);
    const page = parseWordPressPosts(json, `https://wp.example/wp-json/wp/v2/${name}`);
    expect(page.articles.length + page.warnings.length).toBe(listOf(json).length);
    expect(page.articles.length).toBeGreaterThan(0);
    for (const article of page.articles) {
      expect(article.title).not.toMatch(/&(amp|#\d+|#x[\da-f]+|[a-z]+);/i);
      expect(article.url).toMatch(/^https?:\/\//);
      expect(activeContent(article.contentHtml)).toEqual([]);
      for (const img of body(article.contentHtml).querySelectorAll('img')) {
        expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
      }
    }
  });

  it('decodes the entity-encoded titles', () => {
    const titles = parse('page2').articles.map((a) => a.title);
    expect(titles).toContain('Switzerland’s Mountains');
    expect(titles).toContain('The Land of Fire & Ice');
  });

  it('lifts the Machu Picchu gallery out of its body', () => {
    const machuPicchu = parse('page2').articles.find((a) => a.title === 'Machu Picchu');
    // The [gallery] holds 10 pictures; the post's 2 other pictures are figures in the text.
    expect(machuPicchu?.gallery).toHaveLength(10);
    expect(machuPicchu?.gallery[0]).toMatchObject({
      src: 'https://demo.worona.org/wp-content/uploads/2017/03/road-trip.png',
      width: 300,
      height: 200,
      alt: 'road-trip',
    });
    const html = body(machuPicchu?.contentHtml ?? '');
    expect(html.querySelector('.gallery, .gallery-item')).toBeNull();
    expect(html.querySelectorAll('img')).toHaveLength(2);
    expect(html.textContent).toMatch(/Source: Machu Picchu\./);
  });

  it('keeps the single post’s gallery of attachment-page links as shown', () => {
    const gullfoss = only(parse('post-60'));
    expect(gullfoss.gallery).toHaveLength(5);
    expect(gullfoss.gallery.every((image) => /-150x150\.jpe?g$/.test(image.src))).toBe(true);
    expect(gullfoss.image?.src).toMatch(/Iceland-test-1024x620\.jpg$/);
    expect(gullfoss.image?.alt).toBe('iceland');
  });

  it('takes authors, a section, tags and a featured image from _embedded', () => {
    const page = parse('page1');
    for (const article of page.articles) {
      expect(article.authors.length).toBeGreaterThan(0);
      expect(article.section).not.toBeNull();
      expect(article.image?.src).toMatch(/^https:\/\//);
    }
    expect(page.articles[0]).toMatchObject({
      title: 'Shinjuku Gyoen National Garden',
      authors: ['Reyes Martinez'],
      section: 'Nature',
      published: '2016-10-25T18:25:24.000Z',
      image: {
        src: 'https://demo.worona.org/wp-content/uploads/2016/11/japan-1024x683.jpg',
        width: 1024,
        height: 683,
        credit: '',
      },
    });
    expect(page.articles[0]?.tags).toEqual(
      expect.arrayContaining(['Nature', 'Photography', 'Japan']),
    );
    expect(page.articles[0]?.tags).not.toContain('Posts');
  });

  it('resolves the Japanese blog’s relative links and repairs its lazy images', () => {
    const documentUrl = 'https://blog.example/wp-json/wp/v2/posts/index.json';
    const name = postFiles.find((file) => file.includes('japanese')) ?? '';
    const raw = readShared(FOLDER, name);
    const page = parse('japanese', documentUrl);
    expect(page.articles).toHaveLength(10);
    expect(page.articles[0]).toMatchObject({
      link: '/20230821353/',
      url: 'https://blog.example/20230821353/',
      title: '日本の政令市の市街地区域率ランキング',
      // date_gmt, not the JST `date` nine hours later.
      published: '2023-08-21T03:04:25.000Z',
      authors: [],
      image: null,
    });
    expect(page.articles[0]?.summary).not.toMatch(/\[…\]$/);
    const images = page.articles.flatMap((a) =>
      Array.from(body(a.contentHtml).querySelectorAll('img')),
    );
    // Every lazy image got its real address and its <noscript> copy is gone.
    const lazy = raw.match(/data-src=/g)?.length ?? 0;
    const all = raw.match(/<img\b/g)?.length ?? 0;
    expect(lazy).toBeGreaterThan(0);
    expect(images).toHaveLength(all - lazy);
    expect(images.map((img) => img.getAttribute('src'))).toContain(
      'https://blog.example/wp-content/uploads/cocoon-resources/blog-card-cache/2daf62f14ce78ecfeaad6295d8dc6f51.png',
    );
  });
});
