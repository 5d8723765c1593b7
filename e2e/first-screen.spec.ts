import type { Page } from '@playwright/test';
import { holdAppChunk, isAppChunk } from './support/app-chunk';
import { articles, expect, test } from './support/fixtures';
import { hostPageHtml } from './support/host-page';
import { sampleItem } from './support/sample-feed';

/*
 * The embed entry paints the first article's section, title, byline and lead picture from the
 * first feed page while the app's code is still on its way (src/app/first-screen*.ts), and
 * the reader's first render takes its place without moving anything.
 */

/** Records layout shifts and whether a first screen was ever in the page, from the start. */
async function watchLanding(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { shifts: [] as string[], firstScreen: false };
    Object.assign(window, { landing: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        seen.shifts.push(entry.value.toFixed(4));
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (document.querySelector('[data-first-screen]')) seen.firstScreen = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

const landing = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { landing: { shifts: string[]; firstScreen: boolean } }).landing,
  );

const firstScreen = (page: Page) => page.locator('[data-first-screen]');

/** The boxes of the title, byline, lead picture and first paragraph in `scope`, to the pixel. */
async function boxes(page: Page, scope: string) {
  return page.locator(scope).evaluate((root) =>
    ['h1', 'img', '.ar-byline', '.ar-body p'].map((selector) => {
      const rect = root.querySelector(selector)?.getBoundingClientRect();
      return rect && [rect.x, rect.y, rect.width, rect.height].map(Math.round);
    }),
  );
}

test.describe('the first screen, painted before the app has run', () => {
  const first = sampleItem(0);

  test('shows the first article’s title and picture while the app’s code is held back, and the reader’s article takes their place without moving them', async ({
    page,
    openHostPage,
  }) => {
    await watchLanding(page);
    const releaseChunk = await holdAppChunk(page);
    await openHostPage('/news/');
    const painted = firstScreen(page);
    await expect(painted.getByText(first.title)).toBeVisible();
    await expect(painted.locator('img')).toHaveJSProperty('complete', true);
    // A picture of the article, not yet the article: assistive technology is not told of it.
    await expect(page.getByRole('heading', { name: first.title })).toHaveCount(0);
    const before = await boxes(page, '[data-first-screen]');

    releaseChunk();
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    await expect(firstScreen(page)).toHaveCount(0);
    expect(await boxes(page, '[data-article-reader] article')).toEqual(before);
    expect((await landing(page)).shifts).toEqual([]);
  });

  test('takes the first screen away again when the reader’s code cannot be loaded', async ({
    page,
    openHostPage,
    consoleMessages,
  }) => {
    await watchLanding(page);
    await page.route(
      (url) => isAppChunk(url.pathname),
      async (route) => {
        // Only once the first screen is there: the failure must take it away.
        await expect(firstScreen(page)).toHaveCount(1);
        await route.abort();
      },
    );
    await openHostPage('/news/');
    await expect
      .poll(() => consoleMessages.some((message) => /could not be loaded/.test(message)))
      .toBe(true);
    expect((await landing(page)).firstScreen).toBe(true);
    await expect(firstScreen(page)).toHaveCount(0);
  });

  test('paints none below a server-rendered article (startAfter): the host page shows it', async ({
    page,
  }) => {
    await watchLanding(page);
    const html = hostPageHtml({
      before: `<article data-reader-host-article><h1>${first.title}</h1></article>`,
      data: { 'start-after': first.url },
    });
    await page.route(first.url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(first.url);
    await expect(articles(page).first()).toHaveAttribute('aria-posinset', '2', { timeout: 15_000 });
    expect((await landing(page)).firstScreen).toBe(false);
  });

  test('paints none on a reload, where the reader rebuilds the place it was at', async ({
    page,
    openHostPage,
  }) => {
    await watchLanding(page);
    await openHostPage('/news/');
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    // The address is the first article's now: the publisher's server answers it with its page.
    await expect(page).toHaveURL(new RegExp(`${first.url}$`));
    await page.route(first.url, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostPageHtml() }),
    );
    // The app's code held back after the reload: a first screen would have all the time it needs.
    const releaseChunk = await holdAppChunk(page);
    const feedRead = page.waitForResponse((response) => response.url().endsWith('/feed.json'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await feedRead;
    await page.waitForTimeout(500);
    expect((await landing(page)).firstScreen).toBe(false);
    releaseChunk();
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
  });
});
