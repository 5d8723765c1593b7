import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article';
import { parseJsonFeed } from '../content/sources/json-feed';
import { describeShared, readShared, sharedFiles } from '../test/shared-fixtures';
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
  return { section, title, authors, published, modified, language, image };
}

/** Every item of `feed`: the first screen the entry reads, beside the source's article. */
function bothReadings(feed: Record<string, unknown>) {
  return (feed.items as unknown[]).map((item) => ({
    entry: readFirstScreen({ feed, item, documentUrl: BASE }),
    source: sourceScreen(feed, item),
  }));
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
      for (const { entry, source } of bothReadings(feed)) {
        expect(entry).not.toBeNull();
        expect(entry).toEqual(source);
      }
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

  it('reads no first screen where the source would read markup or entities, nor for an item it skips', () => {
    const feed = feedOf([
      { url: '/a', title: 'Fish &amp; chips' },
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
