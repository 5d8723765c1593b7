import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { articles, expect, test } from './support/fixtures';
import { holdAppChunk, isAppChunk } from './support/app-chunk';
import { hostPageHtml } from './support/host-page';
import { sampleItem } from './support/sample-feed';
import { useSanitiser } from './support/sanitisers';

/** Every request the page makes from now on, by path. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request: Request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The sample feed's first lead picture, as the feed writes it. */
const sampleLead = () =>
  (JSON.parse(readFileSync(resolve('public/feed.json'), 'utf8')) as { items: { image: string }[] })
    .items[0]?.image ?? '';

test.describe('landing: what the reader requests, and when', () => {
  test('asks for the first feed page while its app chunk is still on its way', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    const releaseChunk = await holdAppChunk(page);
    await openHostPage('/news/');
    await expect.poll(() => requests.some(isAppChunk)).toBe(true);
    // The chunk is held: the feed request can only come from the entry module itself.
    await expect.poll(() => requests.includes('/feed.json')).toBe(true);
    releaseChunk();
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    expect(requests.filter((path) => path === '/feed.json')).toHaveLength(1);
  });

  test('without the browser’s own sanitiser, asks for DOMPurify’s chunk while the app chunk is still on its way', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    const usedDomPurify = await useSanitiser(page, 'DOMPurify');
    const releaseChunk = await holdAppChunk(page);
    await openHostPage('/news/');
    await expect.poll(() => requests.some(isAppChunk)).toBe(true);
    // The app chunk is held: only the entry module can have asked for it.
    await expect.poll(usedDomPurify).toBe(true);
    releaseChunk();
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
  });

  test('asks for the first article’s lead picture while the app chunk is still on its way', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    const releaseChunk = await holdAppChunk(page);
    await openHostPage('/news/');
    const lead = new URL(sampleLead(), page.url()).pathname;
    // Only the entry module has run: it read the first feed page and preloaded the picture.
    await expect.poll(() => requests.includes(lead)).toBe(true);
    const preload = page.locator('link[rel="preload"][as="image"]');
    await expect(preload).toHaveAttribute('fetchpriority', 'high');
    releaseChunk();
    const img = articles(page).first().locator('img').first();
    await expect(img).toHaveJSProperty('complete', true, { timeout: 15_000 });
    // The article's picture is the preloaded one, not a second request.
    expect(new URL(await img.evaluate((element: HTMLImageElement) => element.src)).pathname).toBe(
      lead,
    );
    expect(requests.filter((path) => path === lead)).toHaveLength(1);
  });

  test('asks for no further feed page before the first article has painted, and no carousel code before the first scroll', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    // A first page of one article (with a gallery): without the wait, the next page and the
    // carousel would be asked for as soon as the article is on the page.
    const first = JSON.parse(readFileSync(resolve('public/feed.json'), 'utf8')) as {
      items: unknown[];
    };
    await page.route('**/feed.json', (route) =>
      route.fulfill({
        contentType: 'application/feed+json',
        body: JSON.stringify({ ...first, items: first.items.slice(0, 1) }),
      }),
    );
    // The article is painted only with its lead picture: hold the picture back.
    let releaseLead = () => {};
    const leadHeld = new Promise<void>((resolve) => (releaseLead = resolve));
    await page.route(`**${sampleLead()}`, async (route) => {
      await leadHeld;
      await route.continue();
    });
    const later = (paths: string[]) =>
      paths.filter((path) => path === '/feed/2.json' || /\/gallery-[\w-]+\.(js|css)$/.test(path));
    // Not waiting for load: the first screen's picture, held back, holds it.
    await page.route('**/news/', (route) =>
      route.fulfill({ contentType: 'text/html', body: hostPageHtml() }),
    );
    await page.goto('/news/', { waitUntil: 'domcontentloaded' });
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toBeVisible({
      timeout: 15_000,
    });
    // Give a reader that did not wait every chance to ask.
    await page.waitForTimeout(800);
    expect(later(requests)).toEqual([]);
    releaseLead();
    await expect.poll(() => later(requests), { timeout: 15_000 }).toEqual(['/feed/2.json']);
    // Swiper waits for the reader's first scroll to bring the gallery near (or a reach for it).
    await page.waitForTimeout(800);
    expect(later(requests)).toEqual(['/feed/2.json']);
    await articles(page)
      .first()
      .getByRole('region', { name: /^Pictures:/ })
      .scrollIntoViewIfNeeded();
    // Swiper's chunk is script only (its core's few styles are set inline: decision 0145).
    await expect
      .poll(() => later(requests), { timeout: 15_000 })
      .toEqual(['/feed/2.json', expect.stringMatching(/\/gallery-carousel-[\w-]+\.js$/)]);
  });

  test('asks for the first article’s lead picture first, and the others’ only when near', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/news/');
    const lead = articles(page).first().locator('img').first();
    await expect(lead).toHaveAttribute('fetchpriority', 'high', { timeout: 15_000 });
    await expect(lead).toHaveAttribute('loading', 'eager');
    await page.mouse.wheel(0, 3000);
    const second = articles(page).nth(1).locator('img').first();
    await expect(second).toHaveAttribute('loading', 'lazy', { timeout: 15_000 });
    await expect(second).not.toHaveAttribute('fetchpriority', 'high');
  });

  test('on a section front, shows the first article without reading further feed pages first', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    await openHostPage('/news/');
    await expect(articles(page).first()).toHaveAttribute('aria-posinset', '1', { timeout: 15_000 });
    const lead = new URL(
      (await articles(page).first().locator('img').first().getAttribute('src')) ?? '',
      page.url(),
    ).pathname;
    await expect.poll(() => requests.includes(lead)).toBe(true);
    const before = requests.slice(0, requests.indexOf(lead));
    expect(before.filter((path) => /^\/feed\/\d+\.json$/.test(path))).toEqual([]);
  });

  test('loads no code of the RSS or WordPress sources on a JSON Feed page', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    await openHostPage('/news/');
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    await page.mouse.wheel(0, 3000);
    await expect(articles(page).nth(1)).toBeVisible({ timeout: 15_000 });
    expect(requests.filter(isAppChunk)).toHaveLength(1);
    expect(requests.filter((path) => /\/(rss|wordpress)[\w-]*\.js$/.test(path))).toEqual([]);
  });

  test('asks for the sidebar’s code only where the reader has a sidebar, after the first picture', async ({
    page,
    openHostPage,
  }) => {
    const isAsideChunk = (path: string) => /\/chunks\/reader-aside-[\w-]+\.js$/.test(path);
    const without = recordRequests(page);
    await openHostPage('/news/');
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    await page.mouse.wheel(0, 3000);
    await expect(articles(page).nth(1)).toBeVisible({ timeout: 15_000 });
    expect(without.filter(isAsideChunk)).toEqual([]);

    const requests = recordRequests(page);
    await openHostPage('/news/', { data: { 'popular-url': '/popular.json' } });
    await expect(page.getByRole('region', { name: 'Most popular' }).getByRole('link')).toHaveCount(
      5,
      { timeout: 15_000 },
    );
    const lead = new URL(
      (await articles(page).first().locator('img').first().getAttribute('src')) ?? '',
      page.url(),
    ).pathname;
    expect(requests).toContain(lead);
    expect(requests.filter(isAsideChunk)).toHaveLength(1);
    expect(requests.findIndex(isAsideChunk)).toBeGreaterThan(requests.indexOf(lead));
  });

  test('goes on reading when the sidebar’s code cannot load', async ({ page, openHostPage }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // Every try, the ones under a query of their own (retryable-import.ts) too.
    await page.route(/\/chunks\/reader-aside-[\w-]+\.js(\?|$)/, (route) => route.abort());
    await openHostPage('/news/', {
      data: { 'popular-url': '/popular.json', 'newsletter-url': '/api/newsletter' },
    });
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    await expect
      .poll(() => warnings.some((text) => text.startsWith('[article-reader] Most popular')), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect(page.getByRole('region', { name: 'Most popular' })).toHaveCount(0);
    await page.mouse.wheel(0, 3000);
    await expect(articles(page).nth(1)).toBeVisible({ timeout: 15_000 });
  });

  test('loads the RSS source’s chunk on an RSS page (so the check above can see one)', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordRequests(page);
    await page.route('**/latest.rss', (route) =>
      route.fulfill({
        contentType: 'application/rss+xml',
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
          <item><guid>a</guid><title>An RSS article</title><link>/rss/a</link>
          <description>Body.</description></item></channel></rss>`,
      }),
    );
    await openHostPage('/news/', { data: { 'feed-url': '/latest.rss', source: 'rss' } });
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    expect(requests.filter((path) => /\/chunks\/rss-[\w-]+\.js$/.test(path))).toHaveLength(1);
  });
});

test.describe('landing after a server-rendered article (startAfter)', () => {
  const host = sampleItem(0);
  // A picture that takes its time holds the host page's load event back.
  const hostArticle = `<article data-reader-host-article><h1>${host.title}</h1>
    <img src="/slow-host-picture.svg" width="600" height="400" alt="">
    <p>The page’s own article.</p></article>`;

  test('requests nothing of the reader before the host page’s load, then starts by itself', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    let releasePicture = () => {};
    const pictureHeld = new Promise<void>((resolve) => (releasePicture = resolve));
    await page.route('**/slow-host-picture.svg', async (route) => {
      await pictureHeld;
      await route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"/>',
      });
    });
    const html = hostPageHtml({ before: hostArticle, data: { 'start-after': host.url } });
    await page.route(host.url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    // Not waiting for load: that is what is held back.
    await page.goto(host.url, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => requests.includes('/slow-host-picture.svg')).toBe(true);
    // Give a reader that did not wait every chance to show itself.
    await page.waitForTimeout(500);
    const readerRequests = (paths: string[]) =>
      paths.filter((path) => path.includes('/embed/chunks/') || path.startsWith('/feed'));
    expect(readerRequests(requests)).toEqual([]);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');

    releasePicture();
    await expect(articles(page).first()).toHaveAttribute('aria-posinset', '2', { timeout: 15_000 });
    expect(readerRequests(requests)).toContain('/feed.json');
  });
});
