import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article';
import { parseJsonFeed } from '../content/sources/json-feed';
import { describeShared, readShared, sharedFiles } from '../test/shared-fixtures';
import { collapseSpace } from '../content/collapse-space';
import { readFirstScreen, type FirstScreen } from './first-screen';

const BASE = 'https://news.example/feed.json';

/** What the source makes of one item, in the first screen's terms (null: it skips the item). */
function sourceScreen(feed: Record<string, unknown>, item: unknown): FirstScreen | null {
  const [article]: readonly (Article | undefined)[] = parseJsonFeed(
    { ...feed, items: [item] },
    BASE,
  ).articles;
  if (!article) return null;
  const { section, title, authors, published, modified, language, image } = article;
  // The sanitised body's first element, when it is a paragraph.
  const body = new DOMParser().parseFromString(article.contentHtml, 'text/html').body;
  const first = body.firstElementChild;
  const paragraph = first?.localName === 'p' ? collapseSpace(first.textContent) : null;
  return { section, title, authors, published, modified, language, image, paragraph };
}

/**
 * Every item of `feed`: the first screen the entry reads, beside the source's article. The
 * entry reads a first paragraph only when it is plain text; when it does, it is the body's.
 */
function bothReadings(feed: Record<string, unknown>) {
  return (feed.items as unknown[]).map((item) => {
    const entry = readFirstScreen({ feed, item, documentUrl: BASE });
    const source = sourceScreen(feed, item);
    const paragraph = entry?.paragraph == null ? null : (source?.paragraph ?? null);
    // Its white space as the body has it; laid out, runs of it are one space.
    const spaced = entry && {
      ...entry,
      paragraph: entry.paragraph && collapseSpace(entry.paragraph),
    };
    return { entry: spaced, source: source && { ...source, paragraph } };
  });
}

const feedOf = (items: unknown[], more: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items,
  ...more,
});

describe('the first screen the embed entry reads from a JSON Feed item', () => {
  it('reads every sample article as the JSON Feed source does', () => {
    const pages = ['feed.json', ...readdirSync(resolve('public/feed')).map((n) => `feed/${n}`)];
    for (const name of pages) {
      const feed = JSON.parse(readFileSync(resolve('public', name), 'utf8')) as Record<
        string,
        unknown
      >;
      const items = feed.items as { content_html?: string }[];
      bothReadings(feed).forEach(({ entry, source }, index) => {
        expect(entry).not.toBeNull();
        expect(entry).toEqual(source);
        // Its first paragraph too, unless that holds markup (emphasis, a link).
        const first = /^\s*<p>(.*?)<\/p>/s.exec(items[index]?.content_html ?? '')?.[1] ?? '<';
        expect(entry?.paragraph === null).toBe(first.includes('<'));
      });
    }
  });

  it('reads the section from the tags, the authors from the feed, dates without a zone as UTC', () => {
    const feed = feedOf(
      [
        {
          id: '1',
          url: '/a',
          title: '  Q&A: the quay  reopens ',
          tags: ' Harbour ,Weather',
          date_published: '2026-11-25 07:40',
        },
        {
          id: '2',
          url: '/b',
          title: 'Own byline',
          author: { name: 'Cy' },
          _reader: { section: ' City ' },
        },
      ],
      { authors: [{ name: 'The Desk' }, 'not an author'], language: 'en_GB' },
    );
    const [tagged, signed] = bothReadings(feed);
    expect(tagged?.entry).toMatchObject({
      title: 'Q&A: the quay reopens',
      section: 'Harbour',
      authors: ['The Desk'],
      published: '2026-11-25T07:40:00.000Z',
      language: 'en-GB',
    });
    expect(signed?.entry).toMatchObject({ section: 'City', authors: ['Cy'] });
    for (const reading of [tagged, signed]) expect(reading?.entry).toEqual(reading?.source);
  });

  it('takes the lead picture with its declared size, caption and credit, never an icon', () => {
    const feed = feedOf([
      {
        url: '/a',
        title: 'Pictured',
        image: '/lead.jpg',
        _reader: {
          image: { width: 1200, height: 800, alt: 'Boats', caption: 'At dawn', credit: 'Ana' },
        },
      },
      {
        url: '/b',
        title: 'Icon only',
        image: '/favicon-32x32.png',
        _reader: { image: { width: 32 } },
      },
    ]);
    const [pictured, icon] = bothReadings(feed);
    expect(pictured?.entry?.image).toEqual({
      src: 'https://news.example/lead.jpg',
      width: 1200,
      height: 800,
      alt: 'Boats',
      caption: 'At dawn',
      credit: 'Ana',
    });
    expect(icon?.entry?.image).toBeNull();
    for (const reading of [pictured, icon]) expect(reading?.entry).toEqual(reading?.source);
  });

  it('reads the character references every feed writes, as the parser does', () => {
    const feed = feedOf([
      {
        url: '/a',
        title: 'Fish &amp; chips &#8211; &#x2019;s &quot;best&quot;',
        content_html: '<p>Port Calder&#39;s&nbsp;quay</p>',
      },
    ]);
    const [reading] = bothReadings(feed);
    expect(reading?.entry?.title).toBe('Fish & chips – ’s "best"');
    expect(reading?.entry).toEqual(reading?.source);
  });

  it('reads the body’s first paragraph only when it is plain text', () => {
    const feed = feedOf([
      { url: '/a', title: 'A', content_html: ' <p>The quay  reopened.</p><p>Then</p>' },
      { url: '/b', title: 'B', content_html: '<p>With <em>emphasis</em>.</p>' },
      { url: '/c', title: 'C', content_html: '<p class="lede">Classed.</p>' },
      { url: '/d', title: 'D', content_text: '\n\nFirst block\nstill.\n\nSecond.' },
    ]);
    const readings = bothReadings(feed);
    expect(readings.map(({ entry }) => entry?.paragraph)).toEqual([
      'The quay reopened.',
      null,
      null,
      'First block still.',
    ]);
    for (const { entry, source } of readings) expect(entry).toEqual(source);
  });

  it('reads no first screen where the source would read markup or entities, nor for an item it skips', () => {
    const feed = feedOf([
      { url: '/a', title: 'Fish &eacute; chips' },
      { url: '/a2', title: 'Fish &copy chips' },
      { url: '/b', title: 'Plain', authors: [{ name: '<b>Ana</b>' }] },
      { url: '/c', title: '   ' },
      'not an item',
    ]);
    expect(bothReadings(feed).map(({ entry }) => entry)).toEqual([null, null, null, null, null]);
  });
});

describeShared('the first screen of real-world JSON feeds', () => {
  const files = sharedFiles('real-world-feeds/jsonfeed').filter(
    (name) => !name.includes('TRUNCATED'),
  );

  it.each(files)('reads each item of %s as the source does, or not at all', (name) => {
    const feed = JSON.parse(readShared('real-world-feeds/jsonfeed', name)) as Record<
      string,
      unknown
    >;
    const readings = bothReadings(feed);
    for (const { entry, source } of readings) if (entry !== null) expect(entry).toEqual(source);
  });

  it('reads most real-world items itself (markup in a field is the exception)', () => {
    const readings = files.flatMap((name) =>
      bothReadings(
        JSON.parse(readShared('real-world-feeds/jsonfeed', name)) as Record<string, unknown>,
      ),
    );
    const shown = readings.filter(({ source }) => source !== null);
    const read = shown.filter(({ entry }) => entry !== null);
    expect(read.length).toBeGreaterThan(shown.length / 2);
  });
});
