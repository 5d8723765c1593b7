// A feed longer than the sample, for the memory figures at 50 and 100 articles: the sample's
// 24 items repeated with new ids and URLs (so the reader counts each as a new article), in
// pages of the sample's size, at /bench/long-feed/N.json. Media URLs stay the sample's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Room past the bench's 100 articles for bench/heap-diff.mjs's later checkpoints (150). */
export const LONG_FEED_ARTICLES = 160;
export const LONG_FEED_FIRST = '/bench/long-feed/1.json';

/** The sample feed's items in reading order, read from dist/ by following next_url. */
export async function sampleItems(dist) {
  const items = [];
  let pageUrl = new URL('/feed.json', 'http://bench.invalid');
  for (let guard = 0; guard < 50 && pageUrl; guard += 1) {
    const page = JSON.parse(await readFile(path.join(dist, pageUrl.pathname), 'utf8'));
    items.push(...(page.items ?? []));
    pageUrl = page.next_url ? new URL(page.next_url, pageUrl) : null;
  }
  return items;
}

/** Every page of the long feed, by page number (1-based). */
export function longFeedPages(sample, total = LONG_FEED_ARTICLES, perPage = 4) {
  const pages = new Map();
  const count = Math.ceil(total / perPage);
  for (let page = 1; page <= count; page += 1) {
    const items = [];
    for (let i = (page - 1) * perPage; i < Math.min(total, page * perPage); i += 1) {
      const base = sample[i % sample.length];
      const round = Math.floor(i / sample.length) + 1;
      const slug = base.url.split('/').filter(Boolean).at(-1) ?? `article-${i + 1}`;
      items.push({ ...base, id: `${base.id}-bench-${i + 1}`, url: `/bench/long/${round}/${slug}` });
    }
    pages.set(page, {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Harbour Ledger (long bench feed)',
      language: 'en-GB',
      ...(page < count ? { next_url: `${page + 1}.json` } : {}),
      items,
    });
  }
  return pages;
}
