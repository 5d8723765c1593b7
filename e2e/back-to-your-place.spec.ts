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

interface Recorded {
  views: string[];
  /** The path of the first article the page showed (the server renders the one in the bar). */
  firstShown: string | null;
  /** Whether the feed's first article was ever in the viewport on this page load. */
  feedFirstInView: boolean;
}

/**
 * Per page load: the reader's virtual page views, the first article shown, and whether the
 * feed's first article was ever in view (a flash of it before the place is rebuilt). Each
 * check runs after the DOM changed and the reader's layout effects (its scroll) ran.
 */
const RECORDER = (feedFirst: string) => {
  const w = window as unknown as Recorded;
  w.views = [];
  w.firstShown = null;
  w.feedFirstInView = false;
  window.addEventListener('article-reader:view', (event) => {
    w.views.push((event as CustomEvent<{ url: string }>).detail.url);
  });
  const pathOf = (element: HTMLElement) =>
    new URL(element.dataset.url ?? '', location.href).pathname;
  new MutationObserver(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('[role="feed"] article')];
    const [first] = shown;
    if (!first) return;
    w.firstShown ??= pathOf(first);
    for (const article of shown) {
      if (pathOf(article) !== feedFirst) continue;
      const rect = article.getBoundingClientRect();
      if (rect.bottom > 0 && rect.top < window.innerHeight) w.feedFirstInView = true;
    }
  }).observe(document, { subtree: true, childList: true });
};

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const w = window as unknown as Recorded;
    return { views: w.views, firstShown: w.firstShown, feedFirstInView: w.feedFirstInView };
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
    await page.addInitScript(RECORDER, sampleItem(0).url);
  });

  test('a reload puts the same line of the same article at the same height', async ({ page }) => {
    await page.goto('/');
    const top = await readToMiddleOf(page, 4);
    const length = await page.evaluate(() => history.length);
    await page.reload();
    await expectSamePlace(page, 4, top);
    expect(await page.evaluate(() => history.length)).toBe(length);
    const after = await recorded(page);
    // It reappeared already in place: the page began with the article being read (the
    // server rendered it), and the feed's first article never showed.
    expect(after.firstShown).toBe(sampleItem(4).url);
    expect(after.feedFirstInView).toBe(false);
    await page.waitForTimeout(300);
    expect((await recorded(page)).views).toEqual([]);
    // Articles read before the reload were counted in this page session already: back at
    // the first one, no view.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page).toHaveURL(new RegExp(`${sampleItem(0).url}$`));
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
    const after = await recorded(page);
    expect(after.firstShown).toBe(sampleItem(4).url);
    expect(after.feedFirstInView).toBe(false);
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
