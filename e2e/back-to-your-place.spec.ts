import type { Page } from '@playwright/test';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

/*
 * The back/forward cache is off for this file, so that Back from another page reloads the
 * reader and the place comes from sessionStorage, the path a browser without the cache (or a
 * page it will not keep) takes; with the cache on, Chromium would give back the live page and
 * test nothing of ours.
 */
test.use({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), '--disable-back-forward-cache'],
      });
    },
    { scope: 'worker' },
  ],
});

/**
 * Per page load: the reader's virtual page views, and where the page was scrolled when its
 * first article appeared (a flash of the feed's first article would show as 0).
 */
const RECORDER = () => {
  const w = window as unknown as { views: string[]; firstPaintScroll: number | null };
  w.views = [];
  w.firstPaintScroll = null;
  window.addEventListener('article-reader:view', (event) => {
    w.views.push((event as CustomEvent<{ url: string }>).detail.url);
  });
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('[role="feed"] article')) return;
    w.firstPaintScroll = window.scrollY;
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
};

async function recorded(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { views: string[]; firstPaintScroll: number | null };
    return { views: w.views, firstPaintScroll: w.firstPaintScroll };
  });
}

/** Reads down to article `index` and puts its middle on the viewport's middle. */
async function readToMiddleOf(page: Page, index: number): Promise<number> {
  await scrollUntilArticles(page, index + 1);
  await articles(page)
    .nth(index)
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const middle = rect.top + rect.height / 2 + window.scrollY;
      window.scrollTo({ top: middle - window.innerHeight / 2, behavior: 'instant' });
    });
  await expect(page).toHaveURL(new RegExp(`${sampleItem(index).url}$`));
  return topOf(page, index);
}

function topOf(page: Page, index: number): Promise<number> {
  return articles(page)
    .nth(index)
    .evaluate((element) => element.getBoundingClientRect().top);
}

async function expectSamePlace(page: Page, index: number, top: number): Promise<void> {
  await expect(articles(page).nth(index)).toHaveAttribute(
    'data-url',
    new RegExp(`${sampleItem(index).url}$`),
  );
  for (let i = 0; i < index; i += 1) {
    await expect(articles(page).nth(i)).toHaveAttribute(
      'data-url',
      new RegExp(`${sampleItem(i).url}$`),
    );
  }
  await expect(page).toHaveURL(new RegExp(`${sampleItem(index).url}$`));
  await expect.poll(() => topOf(page, index)).toBeGreaterThan(top - 20);
  expect(Math.abs((await topOf(page, index)) - top)).toBeLessThanOrEqual(20);
}

test.describe('back to your place', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(RECORDER);
  });

  test('a reload puts the same line of the same article at the same height', async ({ page }) => {
    await page.goto('/');
    const top = await readToMiddleOf(page, 4);
    const length = await page.evaluate(() => history.length);
    await page.reload();
    await expectSamePlace(page, 4, top);
    expect(await page.evaluate(() => history.length)).toBe(length);
    const after = await recorded(page);
    // It reappeared already in place: the feed's first article never showed at the top.
    expect(after.firstPaintScroll).toBeGreaterThan(1000);
    await page.waitForTimeout(300);
    expect((await recorded(page)).views).toEqual([]);
  });

  test('Back from another page puts the reader where it was', async ({ page }) => {
    await page.route('**/elsewhere', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title><p>Elsewhere</p>' }),
    );
    await page.goto('/');
    const top = await readToMiddleOf(page, 4);
    const length = await page.evaluate(() => history.length);
    await page.goto('/elsewhere');
    await page.goBack();
    await expectSamePlace(page, 4, top);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect((await recorded(page)).firstPaintScroll).toBeGreaterThan(1000);
    await page.waitForTimeout(300);
    expect((await recorded(page)).views).toEqual([]);
  });

  test('a link followed to an article shows that article first, whatever was saved', async ({
    page,
  }) => {
    await page.goto('/');
    await readToMiddleOf(page, 2);
    await page.goto(sampleItem(2).url);
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(2).title,
    );
  });

  test('a feed that changed meanwhile starts at the article, as a direct link', async ({
    page,
  }) => {
    await page.goto('/');
    await readToMiddleOf(page, 3);
    await page.route('**/feed.json', async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: unknown[] };
      feed.items.splice(1, 1); // the second article was taken down
      await route.fulfill({ response, json: feed });
    });
    await page.reload();
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(3).title,
    );
  });
});
