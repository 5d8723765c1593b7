import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeShared, SHARED_DIR, sharedFiles } from '../../test/shared-fixtures';
import type { Article, FeedPage } from '../article';
import { FeedError } from '../feed-error';
import { decodeFeedBytes } from './rss-decode';
import { fetchRssPage, parseRss, RSS_ACCEPT } from './rss';
import { activeContent } from '../../test/active-content';

const FEED_URL = 'https://news.example/feeds/latest.rss';
const NAMESPACES = [
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:media="http://search.yahoo.com/mrss/"',
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"',
].join(' ');

function rss(items: string, channel = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${NAMESPACES}><channel>` +
    `<title>Example News</title><link>https://news.example/</link>${channel}${items}` +
    `</channel></rss>`
  );
}

function atom(entries: string, feed = ''): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">` +
    `<title type="text">Example Atom</title><id>urn:example</id>${feed}${entries}</feed>`
  );
}

/** The one article a small feed yields. */
function only(xml: string): Article {
  const page = parseRss(xml, FEED_URL);
  const [article] = page.articles;
  if (!article || page.articles.length !== 1) throw new Error(`expected one article`);
  return article;
}

function item(fields: string): string {
  return `<item>${fields}</item>`;
}

describe('RSS source: items', () => {
  it('turns an RSS item into an Article with absolute URLs, plain-text fields and UTC dates', () => {
    const article = only(
      rss(
        item(`
          <title>Fire &amp;#038; Ice</title>
          <link>/world/2026/11/25/fire-and-ice</link>
          <guid isPermaLink="false">https://news.example/?p=1</guid>
          <description>&lt;p&gt;Body &lt;img src="/media/x.jpg"&gt;&lt;/p&gt;</description>
          <pubDate>Wed, 25 Nov 2026 08:00:00 +0100</pubDate>
          <dc:creator>Ana Lima</dc:creator>
          <category>Harbour</category>`),
      ),
    );
    expect(article).toMatchObject({
      id: 'https://news.example/?p=1',
      url: 'https://news.example/world/2026/11/25/fire-and-ice',
      link: '/world/2026/11/25/fire-and-ice',
      title: 'Fire & Ice',
      summary: null,
      published: '2026-11-25T07:00:00.000Z',
      modified: null,
      authors: ['Ana Lima'],
      tags: ['Harbour'],
      section: 'Harbour',
      gallery: [],
    });
    // The body's picture leads the article, so the body does not show it a second time.
    expect(article.image).toMatchObject({ src: 'https://news.example/media/x.jpg' });
    expect(article.contentHtml).toBe('<p>Body </p>');
  });

  it('reads a CDATA title padded with newlines and indentation', () => {
    const article = only(
      rss(
        item(
          `<title>\n   <![CDATA[  Q&amp;A:\n  the <b>harbour</b>  ]]>\n </title><link>/a</link>`,
        ),
      ),
    );
    expect(article.title).toBe('Q&A: the harbour');
  });

  it('prefers feedburner:origLink to the FeedBurner proxy link', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>http://feedproxy.google.com/~r/Example/~3/abc/</link>
          <feedburner:origLink>https://news.example/world/a</feedburner:origLink>`),
      ),
    );
    expect(article.url).toBe('https://news.example/world/a');
    expect(article.id).toBe('https://news.example/world/a');
  });

  it('keeps the link as written when absolute or root-relative, and resolves the rest', () => {
    const page = parseRss(
      rss(
        [
          item('<title>Root-relative</title><link>/world/a</link>'),
          item('<title>Absolute</title><link>https://news.example/world/b</link>'),
          item('<title>Relative</title><link>stories/c.html</link>'),
        ].join(''),
      ),
      FEED_URL,
    );
    expect(page.articles.map((a) => [a.link, a.url])).toEqual([
      ['/world/a', 'https://news.example/world/a'],
      ['https://news.example/world/b', 'https://news.example/world/b'],
      ['https://news.example/feeds/stories/c.html', 'https://news.example/feeds/stories/c.html'],
    ]);
  });

  it('uses a permalink guid when the item has no link', () => {
    const article = only(rss(item('<title>A</title><guid>https://news.example/a</guid>')));
    expect(article.url).toBe('https://news.example/a');
  });

  it('skips, with a warning each, items without a title, with a bad or no link, or a repeated id', () => {
    const page = parseRss(
      rss(
        [
          item('<title> </title><link>/a</link>'),
          item('<title>Bad link</title><link>javascript:alert(1)</link>'),
          item('<title>Nowhere</title><guid isPermaLink="false">x-1</guid>'),
          item('<title>Fine</title><link>/d</link><guid>d</guid>'),
          item('<title>Again</title><link>/e</link><guid>d</guid>'),
        ].join(''),
      ),
      FEED_URL,
    );
    expect(page.articles.map((a) => a.title)).toEqual(['Fine']);
    expect(page.warnings).toHaveLength(4);
    expect(page.warnings[0]).toMatch(/^Skipped item 1 of .*: it has no title\.$/);
    expect(page.warnings[1]).toMatch(/neither http\(s\) nor relative/);
    expect(page.warnings[2]).toMatch(/"Nowhere" has no link/);
    expect(page.warnings[3]).toMatch(/"Again" repeats the id d/);
  });

  it('gives the name of an "email (Name)" author and never an e-mail address alone', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <author>jo@news.example (Jo Bloggs)</author>
          <author>desk@news.example</author>
          <author>Ana Lima &lt;ana@news.example&gt;</author>
          <dc:creator>Jo Bloggs</dc:creator>`),
      ),
    );
    expect(article.authors).toEqual(['Jo Bloggs', 'Ana Lima']);
  });

  it('reads localised RFC 822 dates, and ISO dc:date when there is no pubDate', () => {
    const page = parseRss(
      rss(
        [
          item('<title>A</title><link>/a</link><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate>'),
          item('<title>B</title><link>/b</link><dc:date>2018-01-31T07:26:05Z</dc:date>'),
          item('<title>C</title><link>/c</link><pubDate>someday</pubDate>'),
        ].join(''),
      ),
      FEED_URL,
    );
    expect(page.articles.map((a) => a.published)).toEqual([
      '2018-09-24T22:42:40.000Z',
      '2018-01-31T07:26:05.000Z',
      null,
    ]);
  });

  it('deduplicates tags, whatever their case or escaping, and takes the first as the section', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <category domain="https://news.example/t/w">World</category>
          <category><![CDATA[angie\\'s list]]></category>
          <category>world</category>
          <categories><category>Weather</category></categories>`),
      ),
    );
    expect(article.tags).toEqual(['World', "angie's list", 'Weather']);
    expect(article.section).toBe('World');
  });
});

describe('RSS source: bodies', () => {
  it('takes content:encoded as the body and the description, trimmed, as the summary', () => {
    const long = 'The harbour wall gave way overnight. '.repeat(12);
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <description><![CDATA[<p>${long}</p>]]></description>
          <content:encoded><![CDATA[<p>The full story.</p>]]></content:encoded>`),
      ),
    );
    expect(article.contentHtml).toBe('<p>The full story.</p>');
    expect(article.summary).toMatch(/^The harbour wall gave way overnight\. The/);
    expect(article.summary).toMatch(/\w…$/);
    expect(article.summary?.length).toBeLessThanOrEqual(301);
  });

  it('reads the body of a whole HTML document held in a description', () => {
    const article = only(
      rss(
        item(
          `<title>A</title><link>/a</link><description>&lt;html&gt;&lt;head&gt;&lt;title&gt;x&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Just this.&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;</description>`,
        ),
      ),
    );
    expect(article.contentHtml).toBe('<div><p>Just this.</p></div>');
  });

  it('removes 1×1 tracking pixels and FeedBurner share buttons from the body', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link><content:encoded><![CDATA[
          <p>Text<img src="https://stats.example/p.gif" width="1" height="1"></p>
          <img src="http://feeds.feedburner.com/~r/Example/~4/abc123">
          <p><a href="http://feedads.g.doubleclick.net/~at/x/0/da"><img src="http://feedads.g.doubleclick.net/~at/x/0/di"></a></p>
          <div class="feedflare"><a href="http://feeds.feedburner.com/~ff/Example?a=1"><img src="http://feeds.feedburner.com/~ff/Example?d=1"></a></div>
          <img src="/media/real.jpg" width="640" height="360">]]></content:encoded>`),
      ),
    );
    expect(article.contentHtml).not.toMatch(/stats\.example|feedburner|doubleclick/);
    // The one real picture leads; the body does not repeat it.
    expect(article.image).toMatchObject({ src: 'https://news.example/media/real.jpg', width: 640 });
    expect(article.contentHtml).not.toContain('real.jpg');
  });

  it('sanitises the body: no scripts, no event handlers, no javascript: links', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link><description><![CDATA[
          <p onclick="steal()">Hi<script>steal()</script><img src=x onerror="steal()">
          <a href="javascript:steal()">link</a></p>]]></description>`),
      ),
    );
    expect(activeContent(article.contentHtml)).toEqual([]);
    expect(article.contentHtml).toContain('Hi');
  });
});

describe('RSS source: lead images', () => {
  it('chooses the widest media:content picture, with its caption and credit', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <media:content width="140" url="https://img.example/a.jpg?w=140"><media:credit>Photo: Ana</media:credit></media:content>
          <media:content width="460" height="276" url="https://img.example/a.jpg?w=460">
            <media:credit scheme="urn:ebu">Photo: Ana</media:credit>
            <media:description type="html">The &lt;b&gt;harbour&lt;/b&gt; at dawn</media:description>
          </media:content>
          <media:content medium="video" width="1920" url="https://img.example/a.mp4"/>`),
      ),
    );
    expect(article.image).toEqual({
      src: 'https://img.example/a.jpg?w=460',
      width: 460,
      height: 276,
      alt: '',
      caption: 'The harbour at dawn',
      credit: 'Photo: Ana',
    });
  });

  it('never chooses a gravatar avatar as the lead image', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <media:content url="https://0.gravatar.com/avatar/abc?s=96" medium="image" width="96"/>
          <media:content url="https://img.example/story.jpg" medium="image"/>`),
      ),
    );
    expect(article.image?.src).toBe('https://img.example/story.jpg');
  });

  it('takes an image enclosure when there is no Media RSS picture', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <enclosure url="https://cdn.example/a.mp3" length="100" type="audio/mpeg"/>
          <enclosure url="https://cdn.example/a.jpg" length="0" type="image/jpeg"/>
          <description>&lt;img src="/b.jpg"&gt;</description>`),
      ),
    );
    expect(article.image?.src).toBe('https://cdn.example/a.jpg');
  });

  it('takes a non-standard item <image>, with its size, before the first <img> of the body', () => {
    const article = only(
      rss(
        item(`<title>A</title><link>/a</link>
          <image><url>https://cdn.example/a.jpg?x=1&amp;y=2</url><title>A</title><width>150</width><height>100</height></image>
          <description>&lt;img src="/b.jpg"&gt;</description>`),
      ),
    );
    expect(article.image).toMatchObject({
      src: 'https://cdn.example/a.jpg?x=1&y=2',
      width: 150,
      height: 100,
    });
  });

  it('falls back to the first <img> of the body, resolved against the article', () => {
    const article = only(
      rss(
        item(
          `<title>A</title><link>https://other.example/s/a</link><description>&lt;img src='pic.jpg' align="left"&gt; Text</description>`,
        ),
      ),
    );
    expect(article.image).toMatchObject({ src: 'https://other.example/s/pic.jpg', alt: '' });
  });
});

describe('RSS source: pages', () => {
  it("gives each item the channel's <language>, unless the item says its own", () => {
    const page = parseRss(
      rss(
        item('<title>A</title><link>/a</link>') +
          item('<title>B</title><link>/b</link><dc:language>fr</dc:language>'),
        '<language>en-gb</language>',
      ),
      FEED_URL,
    );
    expect(page.articles.map((a) => a.language)).toEqual(['en-GB', 'fr']);
    expect(only(rss(item('<title>A</title><link>/a</link>'))).language).toBeNull();
  });

  it("reads Atom's xml:lang on the entry or inherited from the feed", () => {
    const xml = atom(
      '<entry><title>A</title><link href="/a"/><id>a</id></entry>' +
        '<entry xml:lang="he"><title>B</title><link href="/b"/><id>b</id></entry>',
    ).replace('<feed ', '<feed xml:lang="de-AT" ');
    expect(parseRss(xml, FEED_URL).articles.map((a) => a.language)).toEqual(['de-AT', 'he']);
  });

  it('follows an atom:link rel="next" (RFC 5005) and reads the channel title', () => {
    const page = parseRss(
      rss(
        item('<title>A</title><link>/a</link>'),
        '<atom:link rel="self" href="latest.rss"/><atom:link rel="next" href="latest.rss?page=2"/>',
      ),
      FEED_URL,
    );
    expect(page.next).toBe('https://news.example/feeds/latest.rss?page=2');
    expect(page.siteTitle).toBe('Example News');
  });

  it('has no next page without one, and never a javascript: one', () => {
    expect(parseRss(rss(''), FEED_URL).next).toBeNull();
    const page = parseRss(rss('', '<atom:link rel="next" href="javascript:alert(1)"/>'), FEED_URL);
    expect(page.next).toBeNull();
  });

  it('reads a feed with blank lines and a byte-order mark before the XML declaration', () => {
    const page = parseRss(`\uFEFF\n\n  ${rss(item('<title>A</title><link>/a</link>'))}`, FEED_URL);
    expect(page.articles).toHaveLength(1);
  });

  it('gives a typed parse error for a document that is not well-formed XML', () => {
    let caught: unknown;
    try {
      parseRss('<rss><channel><title>Broken</channel></rss>', FEED_URL);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FeedError);
    expect(caught).toMatchObject({ kind: 'parse', url: FEED_URL });
    expect((caught as FeedError).message).toMatch(/is not valid XML \(.+\)\./);
  });

  it('gives a typed format error for XML that is not a feed', () => {
    expect(() => parseRss('<?xml version="1.0"?><html><body/></html>', FEED_URL)).toThrow(
      expect.objectContaining({
        kind: 'format',
        message: expect.stringMatching(
          /is not an RSS or Atom feed \(its root is <html>\)/,
        ) as unknown,
      }) as Error,
    );
    expect(() => parseRss('<rss version="2.0"/>', FEED_URL)).toThrow(
      expect.objectContaining({ kind: 'format' }) as Error,
    );
  });
});

describe('Atom and RSS 1.0', () => {
  it('reads an Atom entry: alternate link, html content, summary, dates, author and categories', () => {
    const page = parseRss(
      atom(
        `<entry>
          <title type="html">Q&amp;amp;A &lt;em&gt;now&lt;/em&gt;</title>
          <id>tag:news.example,2016:1</id>
          <link rel="enclosure" type="image/jpeg" href="/media/lead.jpg"/>
          <link rel="alternate" type="text/html" href="/world/a?wt_mc=rss"/>
          <published>2016-02-01T17:22:00+01:00</published>
          <updated>2016-02-01T17:54:50+01:00</updated>
          <summary type="text">Short &amp; sweet</summary>
          <content type="html"><![CDATA[<p>Full <b>story</b></p>]]></content>
          <category term="world" label="World news"/>
          <category term="http://schemas.google.com/blogger/2008/kind#post"/>
          <category term="weather"/>
        </entry>`,
        '<author><name>Desk</name></author><link rel="next" href="/atom?page=2"/>',
      ),
      'https://news.example/atom',
    );
    expect(page.siteTitle).toBe('Example Atom');
    expect(page.next).toBe('https://news.example/atom?page=2');
    expect(page.articles[0]).toMatchObject({
      id: 'tag:news.example,2016:1',
      url: 'https://news.example/world/a?wt_mc=rss',
      link: '/world/a?wt_mc=rss',
      title: 'Q&A now',
      summary: 'Short & sweet',
      contentHtml: '<p>Full <b>story</b></p>',
      published: '2016-02-01T16:22:00.000Z',
      modified: '2016-02-01T16:54:50.000Z',
      authors: ['Desk'],
      tags: ['World news', 'weather'],
      image: { src: 'https://news.example/media/lead.jpg' },
    });
  });

  it('reads Atom text as text and xhtml as markup, and takes the first link without rel', () => {
    const page = parseRss(
      atom(
        `<entry><title>a &lt;b&gt; c</title><id>1</id><link href="/one"/>
           <content>Line &lt;one&gt;

Line two</content></entry>
         <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>Y</b></div></title>
           <id>2</id><link href="/two"/><author><name>Bo</name></author>
           <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <em>there</em></p></div></content></entry>`,
      ),
      'https://news.example/atom',
    );
    const [first, second] = page.articles;
    expect(first?.title).toBe('a <b> c');
    expect(first?.contentHtml).toBe('<p>Line &lt;one&gt;</p><p>Line two</p>');
    expect(second?.title).toBe('X Y');
    expect(second?.contentHtml).toBe('<p>Hi <em>there</em></p>');
    expect(second?.authors).toEqual(['Bo']);
  });

  it('reads an RSS 1.0 (RDF) feed, whose items sit beside its channel', () => {
    const page = parseRss(
      `<?xml version="1.0"?>
       <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
         <channel rdf:about="https://news.example/"><title>RDF News</title><link>https://news.example/</link></channel>
         <item rdf:about="https://news.example/a"><title>A</title><link>https://news.example/a</link>
           <dc:date>2020-05-01T10:00:00+02:00</dc:date><dc:subject>Politics</dc:subject></item>
       </rdf:RDF>`,
      FEED_URL,
    );
    expect(page.siteTitle).toBe('RDF News');
    expect(page.articles[0]).toMatchObject({
      id: 'https://news.example/a',
      published: '2020-05-01T08:00:00.000Z',
      tags: ['Politics'],
    });
  });
});

describe('decoding feed bytes', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads a Latin-1 feed without a declaration', () => {
    const text = decodeFeedBytes(latin1('<rss><title>Notícias: ação</title></rss>'), null);
    expect(text).toContain('Notícias: ação');
  });

  it('follows the XML declaration before the Content-Type charset', () => {
    const bytes = latin1(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Jornal de Notícias</rss>',
    );
    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8')).toContain('Notícias');
  });

  it('follows the Content-Type charset when there is no declaration', () => {
    const bytes = Uint8Array.from([0x3c, 0x61, 0x3e, 0xc0, 0xe0, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="windows-1251"')).toBe('<a>Аа</a>');
  });

  it('reads UTF-8 as UTF-8, and keeps a declared UTF-8 document UTF-8 despite a stray byte', () => {
    expect(decodeFeedBytes(utf8('<rss>São Paulo</rss>'), null)).toBe('<rss>São Paulo</rss>');
    const declared = Uint8Array.from([
      ...utf8('<?xml version="1.0" encoding="utf-8"?><rss>São '),
      0xe9,
      ...utf8('</rss>'),
    ]);
    expect(decodeFeedBytes(declared, null)).toContain('São \uFFFD');
  });

  it('honours a byte-order mark and drops it', () => {
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from('<rss/>').flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decodeFeedBytes(le, null)).toBe('<rss/>');
    expect(decodeFeedBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<rss/>')]), null)).toBe(
      '<rss/>',
    );
  });

  it('ignores an encoding label it does not know', () => {
    const bytes = utf8('<?xml version="1.0" encoding="x-made-up"?><rss>ç</rss>');
    expect(decodeFeedBytes(bytes.buffer, null)).toContain('<rss>ç</rss>');
  });
});

describe('fetchRssPage', () => {
  const original = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = original;
  });

  it('fetches with an RSS Accept header, decodes the bytes and reads the feed', async () => {
    let accept: string | null = null;
    const body = Uint8Array.from(
      '<rss><channel><title>UOL</title><item><title>Eleições</title><link>/a</link></item></channel></rss>',
      (char) => char.charCodeAt(0),
    );
    globalThis.fetch = (_input, init) => {
      accept = new Headers(init?.headers).get('Accept');
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'Content-Type': 'text/xml' } }),
      );
    };
    const page: FeedPage = await fetchRssPage('https://news.example/feed.rss');
    expect(accept).toBe(RSS_ACCEPT);
    expect(page.articles[0]).toMatchObject({
      title: 'Eleições',
      url: 'https://news.example/a',
    });
  });

  it('rejects a broken document with a typed parse error', async () => {
    globalThis.fetch = () => Promise.resolve(new Response('<rss><channel>', { status: 200 }));
    await expect(fetchRssPage('https://news.example/feed.rss')).rejects.toMatchObject({
      name: 'FeedError',
      kind: 'parse',
    });
  });
});

describeShared('real-world RSS and Atom feeds', () => {
  const folder = 'real-world-feeds/rss';
  const files = sharedFiles(folder);
  const pages = new Map<string, { page: FeedPage; text: string }>();

  /** Read through the same byte path as fetchRssPage, once per file. */
  function read(part: string): { page: FeedPage; text: string; name: string } {
    const name = files.find((file) => file.includes(part));
    if (!name) throw new Error(`no shared feed named like ${part}`);
    let done = pages.get(name);
    if (!done) {
      const text = decodeFeedBytes(readFileSync(join(SHARED_DIR, folder, name)), null);
      done = { page: parseRss(text, `https://feeds.example/${name}`), text };
      pages.set(name, done);
    }
    return { ...done, name };
  }

  it.each(files)('reads %s into Articles', (name) => {
    const { page, text } = read(name);
    const items = text.match(/<(item|entry)[\s>]/g) ?? [];
    // Every item becomes an Article or is accounted for by a warning.
    expect(page.articles.length + page.warnings.length).toBe(items.length);
    expect(page.articles.length).toBeGreaterThan(0);
    expect(page.siteTitle).toBeTruthy();
    for (const article of page.articles) {
      expect(article.title).not.toMatch(/&(amp|lt|gt|quot|#\d+|#x[\da-f]+);|^\s|\s$|<!\[CDATA/i);
      expect(article.url).toMatch(/^https?:\/\//);
      expect(activeContent(article.contentHtml)).toEqual([]);
      expect(article.contentHtml).not.toMatch(/\/~r\/[^/]+\/~4\/|width="1"|<html|<body/);
      expect(article.image?.src ?? 'https://').toMatch(/^https?:\/\//);
    }
  });

  it('reads the Portuguese dates of the UOL feed as the right UTC instants', () => {
    const { page } = read('portuguese-dates');
    // "Seg, 24 Set 2018 19:42:40 -0300" and "Seg, 24 Set 2018 19:38:00 -0300".
    expect(page.articles[0]?.published).toBe('2018-09-24T22:42:40.000Z');
    expect(page.articles[1]?.published).toBe('2018-09-24T22:38:00.000Z');
    expect(page.articles.every((article) => article.published !== null)).toBe(true);
  });

  it('reads the Latin-1 UOL feed that has no declaration', () => {
    const { page } = read('latin1-no-decl');
    expect(page.articles[0]?.title).toBe(
      'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
    );
    expect(page.articles.some((article) => article.contentHtml.includes('�'))).toBe(false);
  });

  it('reads the accents of the ISO-8859-1 JN feed, its original links, without pixels', () => {
    const { page } = read('iso-8859-1');
    expect(page.siteTitle).toBe('Jornal de Notícias - Últimas Notícias');
    expect(page.articles[0]).toMatchObject({
      title: 'Mãe de utente é a nova presidente da Raríssimas',
      url: 'https://www.jn.pt/nacional/interior/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html',
      published: '2018-01-03T13:47:00.000Z',
    });
    expect(page.articles.some((article) => /ç/.test(article.title))).toBe(true);
    expect(page.articles.every((article) => !article.contentHtml.includes('<img'))).toBe(true);
  });

  it('takes the wider of the Guardian’s two media:content pictures, with its credit', () => {
    const { page } = read('guardian');
    const [first] = page.articles;
    expect(first?.image).toMatchObject({
      width: 460,
      credit: expect.stringMatching(/^Photograph:/) as unknown,
    });
    expect(first?.image?.src).toMatch(/^https:\/\/i\.guim\.co\.uk\/.*\?w=460&/);
    expect(first?.contentHtml).toMatch(/^<p>The president’s/);
    expect(first?.tags).toContain('US politics');
  });

  it('takes Macworld’s lead images from their enclosures', () => {
    const { page, text } = read('macworld');
    const enclosure = /<enclosure url="([^"]+)"/.exec(text)?.[1];
    expect(page.articles[0]?.image?.src).toBe(enclosure);
    expect(page.articles[0]?.authors).toEqual(['Christopher Null']);
    expect(page.articles[0]?.tags).toEqual(['Connected Home', 'Bluetooth', 'Home Tech']);
  });

  it('never takes one of TechCrunch’s gravatars as the lead image', () => {
    const { page } = read('techcrunch');
    expect(page.articles.filter((article) => article.image)).toHaveLength(page.articles.length);
    for (const article of page.articles) {
      expect(article.image?.src).not.toMatch(/gravatar\.com/);
      expect(article.url).toMatch(/^http:\/\/techcrunch\.com\//);
      expect(article.contentHtml).not.toMatch(/feedflare|feedads\.g\.doubleclick/);
      expect(article.summary?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('reads the body of the HTML documents in Google’s descriptions and their -0000 dates', () => {
    const { page } = read('cloudblog');
    expect(page.articles[0]?.contentHtml).toMatch(/^<div><div><p>Employees use tools/);
    expect(page.articles[0]?.published).toBe('2019-09-03T18:00:00.000Z');
    expect(page.articles[0]?.authors).toEqual(['Diane Chaleff']);
  });

  it('reads heise’s Atom entries: html content, summary, published and updated apart', () => {
    const { page } = read('heise');
    expect(page.articles[0]).toMatchObject({
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      published: '2016-02-01T16:22:00.000Z',
      modified: '2016-02-01T16:54:50.000Z',
      summary: expect.stringMatching(/^Die nun verfügbare Version 10/) as unknown,
    });
    expect(page.articles[0]?.image?.src).toMatch(/wildfly-.*\.jpeg$/);
  });

  it('takes aktuality.sk’s item <image> and trims its padded CDATA', () => {
    const { page } = read('aktuality');
    expect(page.articles[0]?.title).toBe(
      'Analytici Goldman Sachs zvýšili odhad rastu ekonomiky USA',
    );
    expect(page.articles[0]?.image).toMatchObject({ width: 150, height: 150 });
  });
});
