import type { CDPSession, Page } from '@playwright/test';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';

// A long feed of our own making (issue 7.5), shaped like the bundled sample's articles: 72
// in pages of six, each with a section, two authors, four tags, a lead picture with its
// caption and credit, paragraphs of invented text and, every other one, a carousel of four.
const TOTAL = 72;
const PER_PAGE = 6;
const WORDS = (
  'harbour tide quay ferry lantern council granite saltmarsh orchard beacon ledger weir mill ' +
  'heron kelp meadow cooper foundry signal causeway barley tanner pier drizzle almanac'
).split(' ');

/** Invented but steady prose: the same article always reads the same. */
function sentence(seed: number, length = 14): string {
  const words = Array.from(
    { length },
    (_, i) => WORDS[(seed * 7 + i * 11 + ((seed * i) % 5)) % WORDS.length],
  );
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function item(n: number) {
  const picture = (file: string, alt: string) => ({
    src: `/media/${file}`,
    width: 1200,
    height: 800,
    alt,
    caption: sentence(n + 3, 8),
    credit: 'Drawing: Flat Memory Test Desk',
  });
  return {
    id: `flat-memory-${n}`,
    url: `/flat/${n}/story`,
    title: `Story ${n}: ${sentence(n, 6).slice(0, -1)}`,
    summary: `Summary ${n}: ${sentence(n + 1, 18)}`,
    content_html: Array.from(
      { length: 8 },
      (_, p) => `<p>${sentence(n * 10 + p, 40)} ${sentence(n * 10 + p + 1, 30)}</p>`,
    ).join(''),
    date_published: '2026-11-20T09:00:00Z',
    authors: [{ name: 'Ada Quillfeather' }, { name: 'Bram Tollemache' }],
    tags: ['Harbour', 'Weather', 'Ferries', 'Council'],
    image: '/media/01-lead.svg',
    _reader: {
      section: 'Coast',
      image: {
        alt: 'A drawing of a harbour',
        caption: sentence(n + 2, 10),
        credit: 'Drawing: Flat Memory Test Desk',
        width: 1200,
        height: 800,
      },
      ...(n % 2 === 0
        ? {
            gallery: [
              picture('01-gallery-1.svg', 'A drawing of a quay'),
              picture('01-gallery-2.svg', 'A drawing of boats'),
              picture('01-gallery-3.svg', 'A drawing of a pier'),
              picture('01-gallery-4.svg', 'A drawing of a lighthouse'),
            ],
          }
        : {}),
    },
  };
}

function feedPage(page: number) {
  const first = (page - 1) * PER_PAGE + 1;
  const last = Math.min(TOTAL, first + PER_PAGE - 1);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Flat Memory Gazette',
    language: 'en-GB',
    ...(last < TOTAL ? { next_url: `${page + 1}.json` } : {}),
    items: Array.from({ length: last - first + 1 }, (_, i) => item(first + i)),
  };
}

/**
 * Live DOM nodes, as DevTools' performance monitor counts them (Performance.getMetrics
 * "Nodes"), the figure `npm run bench` reports. Chromium frees unreachable nodes lazily, some
 * only on a later collection, so it collects until the count stops falling.
 */
async function domNodes(page: Page, cdp: CDPSession): Promise<number> {
  let nodes = Infinity;
  for (let round = 0; round < 8; round += 1) {
    await page.waitForTimeout(400);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const now = metrics.find((metric) => metric.name === 'Nodes')?.value;
    if (now === undefined) throw new Error('Chromium reported no Nodes metric');
    if (now >= nodes) return nodes;
    nodes = now;
  }
  return nodes;
}

// A trace keeps what it snapshots alive: the page would seem to hold nodes it has let go.
test.use({ trace: 'off' });

test.describe('flat memory', () => {
  test('reading on from article 10 to 60 adds only a small shell per article to the page', async ({
    page,
    openHostPage,
  }) => {
    test.setTimeout(120_000);
    await page.route('**/flat-feed/*.json', (route) => {
      const number = Number(/(\d+)\.json$/.exec(new URL(route.request().url()).pathname)?.[1]);
      return route.fulfill({ json: feedPage(number) });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await openHostPage('/flat/1/story', {
      data: { 'feed-url': '/flat-feed/1.json', 'max-articles': String(TOTAL) },
    });
    await expect(articles(page).first()).toBeVisible();

    await scrollUntilArticles(page, 10, 1500);
    const atTen = { nodes: await domNodes(page, cdp), articles: await articles(page).count() };
    await scrollUntilArticles(page, 60, 1500);
    const atSixty = { nodes: await domNodes(page, cdp), articles: await articles(page).count() };

    // Every article is still there and named, the sleeping ones as a shell of its title,
    // summary and next link.
    await expect(page.getByRole('article', { name: item(1).title })).toHaveCount(1);
    const shells = page.locator('article.ar-article--asleep');
    expect(await shells.count()).toBeGreaterThanOrEqual(50);
    // An awake article of this feed holds 50 to 100 nodes; a sleeping one 5 (the article,
    // its heading and title, its summary, its link) and the ad slot after it 1 (its label is
    // drawn by CSS while it sleeps); the rest of the bound is which awake articles have a
    // carousel at either count (8.9 measured). Issue 7.5's
    // goal, 1.3x the nodes at 10, is not within reach on a page this small: see
    // docs/decisions/0056.
    const perArticle = (atSixty.nodes - atTen.nodes) / (atSixty.articles - atTen.articles);
    expect(
      perArticle,
      `${atTen.nodes} nodes with ${atTen.articles} articles, ${atSixty.nodes} with ${atSixty.articles} (${(atSixty.nodes / atTen.nodes).toFixed(2)}x)`,
    ).toBeLessThanOrEqual(12);
  });
});
