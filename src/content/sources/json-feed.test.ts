import { describe, expect, it } from 'vitest';
import { describeShared, readShared, sharedFiles } from '../../test/shared-fixtures';
import { FeedError } from '../feed-error';
import { parseJsonFeed } from './json-feed';
import { activeContent } from '../../test/active-content';

const FEED_URL = 'https://news.example/feeds/latest.json';

function feed(items: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Example', items, ...extra };
}

describe('JSON Feed source', () => {
  it('turns an item into an Article with absolute URLs, plain-text title and UTC dates', () => {
    const page = parseJsonFeed(
      feed(
        [
          {
            id: 1,
            url: '/world/2026/11/25/a',
            title: 'Fire &#038; Ice',
            content_html: '<p>Body <img src="/media/x.jpg"></p>',
            date_published: '2018-01-06T08:00',
            authors: [{ name: 'Ana' }, { name: 'Ben' }],
            tags: 'Harbour, Weather',
            image: 'media/lead.jpg',
            _reader: {
              gallery: [
                { src: 'g1.jpg', width: 1200, height: 800, alt: 'A', caption: 'C', credit: 'P' },
              ],
            },
          },
        ],
        { next_url: 'page-2.json' },
      ),
      FEED_URL,
    );
    const [article] = page.articles;
    expect(article).toMatchObject({
      id: '1',
      url: 'https://news.example/world/2026/11/25/a',
      link: '/world/2026/11/25/a',
      title: 'Fire & Ice',
      published: '2018-01-06T08:00:00.000Z',
      authors: ['Ana', 'Ben'],
      tags: ['Harbour', 'Weather'],
      section: 'Harbour',
      image: { src: 'https://news.example/feeds/media/lead.jpg' },
      gallery: [
        { src: 'https://news.example/feeds/g1.jpg', width: 1200, caption: 'C', credit: 'P' },
      ],
    });
    expect(article?.contentHtml).toContain('src="https://news.example/media/x.jpg"');
    expect(page.next).toBe('https://news.example/feeds/page-2.json');
  });

  it('keeps the URL as the publisher wrote it for the page, and resolves the rest', () => {
    const page = parseJsonFeed(
      feed([
        { id: 'a', url: '/world/a', title: 'Root-relative' },
        { id: 'b', url: 'https://news.example/world/b', title: 'Absolute' },
        { id: 'c', url: 'stories/c.html', title: 'Relative to the feed' },
      ]),
      FEED_URL,
    );
    expect(page.articles.map((a) => [a.link, a.url])).toEqual([
      ['/world/a', 'https://news.example/world/a'],
      ['https://news.example/world/b', 'https://news.example/world/b'],
      ['https://news.example/feeds/stories/c.html', 'https://news.example/feeds/stories/c.html'],
    ]);
  });

  it('accepts an http:// version and the 1.0 author field', () => {
    const page = parseJsonFeed(
      {
        version: 'http://jsonfeed.org/version/1',
        items: [{ id: 'a', url: '/a', title: 'A', author: { name: 'Cy' } }],
      },
      FEED_URL,
    );
    expect(page.articles[0]?.authors).toEqual(['Cy']);
  });

  it("gives the feed's own authors to items that name none (1.1 authors, 1.0 author)", () => {
    const items = [
      { id: 'a', url: '/a', title: 'Unsigned' },
      { id: 'b', url: '/b', title: 'Signed', authors: [{ name: 'Dee' }] },
    ];
    const modern = parseJsonFeed(feed(items, { authors: [{ name: 'The Desk' }] }), FEED_URL);
    expect(modern.articles.map((a) => a.authors)).toEqual([['The Desk'], ['Dee']]);
    const legacy = parseJsonFeed(
      { version: 'https://jsonfeed.org/version/1', author: { name: 'Old Desk' }, items },
      FEED_URL,
    );
    expect(legacy.articles.map((a) => a.authors)).toEqual([['Old Desk'], ['Dee']]);
  });

  it("reads the feed's language as a tag on each article, and none when it is not one", () => {
    const items = [{ id: 'a', url: '/a', title: 'A' }];
    expect(parseJsonFeed(feed(items, { language: 'ar_EG' }), FEED_URL).articles[0]?.language).toBe(
      'ar-EG',
    );
    expect(
      parseJsonFeed(feed(items, { language: 'not a tag' }), FEED_URL).articles[0],
    ).toMatchObject({ language: null });
    expect(parseJsonFeed(feed(items), FEED_URL).articles[0]?.language).toBeNull();
  });

  it('skips an item whose id was already read on the page, with a warning', () => {
    const page = parseJsonFeed(
      feed([
        { id: 'a', url: '/a', title: 'First' },
        { id: 'a', url: '/a2', title: 'Again' },
      ]),
      FEED_URL,
    );
    expect(page.articles.map((a) => a.title)).toEqual(['First']);
    expect(page.warnings).toEqual([`Skipped item 2 of ${FEED_URL}: "Again" repeats the id a.`]);
  });

  it('turns content_text into escaped paragraphs', () => {
    const page = parseJsonFeed(
      feed([{ id: 'a', url: '/a', title: 'A', content_text: 'One <b>&</b>\n\n  Two  ' }]),
      FEED_URL,
    );
    expect(page.articles[0]?.contentHtml).toBe('<p>One &lt;b&gt;&amp;&lt;/b&gt;</p><p>Two</p>');
  });

  it('skips, with a warning each, items without a title, with a bad url or with no url', () => {
    const page = parseJsonFeed(
      feed([
        { id: 'a', url: '/a', title: '  ' },
        { id: 'b', url: 'javascript:alert(1)', title: 'Bad link' },
        { id: 'c', title: 'Nowhere' },
        'not an item',
        { id: 'd', url: '/d', title: 'Fine' },
      ]),
      FEED_URL,
    );
    expect(page.articles.map((a) => a.id)).toEqual(['d']);
    expect(page.warnings).toHaveLength(4);
    expect(page.warnings[1]).toMatch(/neither http\(s\) nor relative/);
  });

  it('rejects a document that is not a JSON Feed with a typed format error', () => {
    expect(() => parseJsonFeed({ items: 'nope' }, FEED_URL)).toThrow(FeedError);
    try {
      parseJsonFeed({ rss: {} }, FEED_URL);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
      expect((error as FeedError).kind).toBe('format');
      expect((error as FeedError).message).toMatch(/not a JSON Feed/);
    }
  });
});

describeShared('real-world JSON feeds', () => {
  const files = sharedFiles('real-world-feeds/jsonfeed');
  const readable = files.filter((name) => !name.includes('TRUNCATED'));

  it.each(readable)('reads %s into Articles', (name) => {
    const json: unknown = JSON.parse(readShared('real-world-feeds/jsonfeed', name));
    const page = parseJsonFeed(json, `https://feeds.example/${name}`);
    const items = (json as { items: unknown[] }).items;
    // Every item with a usable title and url becomes an Article; the rest are accounted for.
    expect(page.articles.length + page.warnings.length).toBe(items.length);
    expect(page.articles.length).toBeGreaterThan(0);
    for (const article of page.articles) {
      expect(article.title).not.toMatch(/&(amp|#\d+);/);
      expect(article.url).toMatch(/^https?:\/\//);
      expect(activeContent(article.contentHtml)).toEqual([]);
    }
  });

  it('reads tags given as one comma-separated string', () => {
    const name = files.find((file) => file.includes('tags-as-string'));
    expect(name).toBeDefined();
    const page = parseJsonFeed(
      JSON.parse(readShared('real-world-feeds/jsonfeed', name ?? '')),
      'https://r.example/',
    );
    expect(page.articles.some((article) => article.tags.length > 1)).toBe(true);
  });

  it('reads dates without a zone as UTC', () => {
    const name = files.find((file) => file.includes('dates-without-tz')) ?? '';
    const page = parseJsonFeed(
      JSON.parse(readShared('real-world-feeds/jsonfeed', name)),
      'https://c.example/',
    );
    // The file's first item says "2018-01-06T08:00".
    expect(page.articles[0]?.published).toBe('2018-01-06T08:00:00.000Z');
  });

  it('gives every article the language the feed declares', () => {
    const name = files.find((file) => file.includes('german')) ?? '';
    const page = parseJsonFeed(
      JSON.parse(readShared('real-world-feeds/jsonfeed', name)),
      'https://g.example/',
    );
    expect(page.articles.length).toBeGreaterThan(0);
    expect(page.articles.every((article) => article.language === 'de-DE')).toBe(true);
  });

  it('gives a typed parse error for the truncated file', async () => {
    const name = files.find((file) => file.includes('TRUNCATED')) ?? '';
    const text = readShared('real-world-feeds/jsonfeed', name);
    const { fetchJsonFeedPage } = await import('./json-feed');
    const original = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response(text, { status: 200 }));
    try {
      await expect(fetchJsonFeedPage('https://a.example/feed.json')).rejects.toMatchObject({
        name: 'FeedError',
        kind: 'parse',
        message: expect.stringMatching(/is not valid JSON/) as unknown,
      });
    } finally {
      globalThis.fetch = original;
    }
  });
});
