import type { Page } from '@playwright/test';
import { articles, expect, test } from './support/fixtures';

/** Web fonts held back this long: they arrive well after the first article is on screen. */
const FONT_DELAY_MS = 1500;

/**
 * Records every layout-shift entry from the first frame on, each as its score and the
 * elements that moved, so a failure names them.
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[]) {
        const moved = entry.sources.map(({ node }) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : 'text',
        );
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);

async function delayWebFonts(page: Page): Promise<void> {
  await page.route(/\.woff2?$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
    await route.continue();
  });
}

/** Landed: the first article, the sidebar's list and the late fonts have all arrived. */
async function waitUntilLanded(page: Page): Promise<void> {
  await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Most popular' }).getByRole('link')).toHaveCount(5);
  await page.waitForTimeout(FONT_DELAY_MS + 500);
}

test.describe('no layout shift while landing, with web fonts arriving late', () => {
  test('on the standalone page', async ({ page }) => {
    await recordLayoutShifts(page);
    await delayWebFonts(page);
    await page.goto('/');
    await waitUntilLanded(page);
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('on a publisher’s page that embeds the reader', async ({ page, openHostPage }) => {
    await recordLayoutShifts(page);
    await delayWebFonts(page);
    // A page shaped like an article that is not in the feed: the reader looks through three
    // feed pages for it first, its status line coming and going meanwhile.
    await openHostPage('/world/2026/11/30/not-in-this-feed', {
      data: { 'popular-url': '/popular.json', 'newsletter-url': '/api/newsletter' },
    });
    await waitUntilLanded(page);
    expect(await layoutShifts(page)).toEqual([]);
  });
});
