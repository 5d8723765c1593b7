import { describe, expect, it } from 'vitest';
import { LONG_FEED_ARTICLES, longFeedPages } from './long-feed.mjs';
import { cumulativeLayoutShift, shiftSources } from './phases.mjs';
import { summarise } from './summary.mjs';

const sample = Array.from({ length: 24 }, (_, i) => ({
  id: `item-${i}`,
  url: `/section/2026/11/${i}/story-${i}`,
  title: `Story ${i}`,
}));

describe('the long feed', () => {
  const pages = longFeedPages(sample);
  const items = [...pages.values()].flatMap((page) => page.items);

  it('holds 120 articles, each with its own id and URL', () => {
    expect(items).toHaveLength(LONG_FEED_ARTICLES);
    expect(new Set(items.map((item) => item.id)).size).toBe(LONG_FEED_ARTICLES);
    expect(new Set(items.map((item) => item.url)).size).toBe(LONG_FEED_ARTICLES);
  });

  it('chains its pages by next_url and ends without one', () => {
    const numbers = [...pages.keys()];
    for (const number of numbers.slice(0, -1))
      expect(pages.get(number).next_url).toBe(`${number + 1}.json`);
    expect(pages.get(numbers.at(-1)).next_url).toBeUndefined();
  });
});

describe('layout shift figures', () => {
  it('takes the worst session window, a gap of a second or more starting a new one', () => {
    const shifts = [
      { start: 0, value: 0.1 },
      { start: 500, value: 0.1 },
      { start: 2000, value: 0.15 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.2);
  });

  it('names the shifted elements by the shift they took part in, largest first', () => {
    const sources = shiftSources([
      { value: 0.1, sources: ['footer', 'main'] },
      { value: 0.05, sources: ['footer'] },
    ]);
    expect(sources).toEqual([
      { element: 'footer', value: 0.15 },
      { element: 'main', value: 0.1 },
    ]);
  });
});

describe('the summary over runs', () => {
  it('takes the median of numbers, the most frequent name and the mean of shifted elements', () => {
    const summary = summarise([
      {
        reader: {
          lcpMs: 300,
          lcpElement: 'img',
          landingShiftSources: [{ element: 'a', value: 0.2 }],
        },
      },
      { reader: { lcpMs: 100, lcpElement: 'img', landingShiftSources: [] } },
      { reader: { lcpMs: 200, lcpElement: 'h1', landingShiftSources: [] } },
    ]);
    expect(summary['reader.lcpMs']).toBe(200);
    expect(summary['reader.lcpElement']).toBe('img');
    expect(summary['reader.landingShiftSources']).toEqual([{ element: 'a', value: 0.0667 }]);
  });
});
