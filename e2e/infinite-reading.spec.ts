import type { Page, Request } from '@playwright/test';
import {
  articles,
  expect,
  placeArticleBottomAtMiddle,
  placeArticleTopAtMiddle,
  scrollUntilArticles,
  test,
} from './support/fixtures';
import { sampleItem, sampleItems } from './support/sample-feed';

function isFeedPage(request: Request): boolean {
  const { pathname } = new URL(request.url());
  return pathname === '/feed.json' || pathname.startsWith('/feed/');
}

/** Every feed request the page makes, by path. */
function recordFeedRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isFeedPage(request)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

async function readerUrls(page: Page): Promise<string[]> {
  return articles(page).evaluateAll((elements) =>
    elements.map((el) => new URL(el.getAttribute('data-url') ?? '', location.href).pathname),
  );
}

test.describe('infinite reading', () => {
  test('shows each article exactly once and in feed order under random 0–800 ms latency', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/feed.json' || url.pathname.startsWith('/feed/'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 800));
        await route.continue();
      },
    );
    const requests = recordFeedRequests(page);
    await page.goto('/');
    await scrollUntilArticles(page, 10);
    // Keep scrolling while requests may still be landing: nothing may arrive twice or out of order.
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 900);
    await page.waitForTimeout(1000);
    const expected = sampleItems()
      .slice(0, 11)
      .map((item) => item.url);
    const shown = await readerUrls(page);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(shown).toEqual(expected.slice(0, shown.length));
    expect(new Set(requests).size).toBe(requests.length);
  });

  test('makes one request however often the sentinel fires while it is slow', async ({ page }) => {
    let releaseSecondPage: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (releaseSecondPage = resolve));
    await page.route('**/feed/2.json', async (route) => {
      await held;
      await route.continue();
    });
    const requests = recordFeedRequests(page);
    await page.goto('/');
    // Reach the end of the first page's four articles and bounce at the bottom.
    await scrollUntilArticles(page, 4);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('End');
      await page.mouse.wheel(0, -400);
      await page.keyboard.press('End');
    }
    await expect(page.getByRole('status')).toHaveText(/Loading the next article/);
    await expect(page.getByRole('feed')).toHaveAttribute('aria-busy', 'true');
    releaseSecondPage();
    await scrollUntilArticles(page, 6);
    expect(requests.filter((path) => path === '/feed/2.json')).toHaveLength(1);
    await expect(page.getByRole('feed')).toHaveAttribute('aria-busy', 'false');
  });

  test('switches URL and title when the next article passes the middle, and back on the way up', async ({
    page,
  }) => {
    const [first, second] = [sampleItem(0), sampleItem(1)];
    await page.goto(first.url);
    await scrollUntilArticles(page, 2);
    await placeArticleTopAtMiddle(page, 1, -40); // still below the middle
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe(first.url);
    await placeArticleTopAtMiddle(page, 1, 40); // now across it
    await expect(page).toHaveURL(new RegExp(`${second.url}$`));
    await expect(page).toHaveTitle(new RegExp(`^${escape(second.title)}`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${second.url}$`),
    );
    // Back up until the first article crosses the middle again (an ad slot sits between them,
    // and while it is on the middle line the second article stays current).
    await placeArticleBottomAtMiddle(page, 0, 40);
    await expect(page).toHaveURL(new RegExp(`${first.url}$`));
    await expect(page).toHaveTitle(new RegExp(`^${escape(first.title)}`));
  });

  test('Back after reading three articles shows the second in the viewport', async ({ page }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 3);
    await placeArticleTopAtMiddle(page, 1, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await placeArticleTopAtMiddle(page, 2, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await expect(articles(page).nth(1).getByRole('heading', { level: 2 })).toBeInViewport();
  });

  test('scrolling back to an article moves within history instead of growing it', async ({
    page,
  }) => {
    await page.goto('/');
    const startLength = await page.evaluate(() => history.length);
    await scrollUntilArticles(page, 3);
    await placeArticleTopAtMiddle(page, 1, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await placeArticleTopAtMiddle(page, 2, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    const grown = await page.evaluate(() => history.length);
    expect(grown).toBe(startLength + 2);
    await placeArticleTopAtMiddle(page, 1, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => history.length)).toBe(grown);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(0).url}$`));
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toBeInViewport();
  });

  test('an article scrolled past too fast still gets its history entry, in order', async ({
    page,
  }) => {
    await page.goto('/');
    const start = await page.evaluate(() => history.length);
    await scrollUntilArticles(page, 5);
    await placeArticleTopAtMiddle(page, 2, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    // Jump from the third article to the fifth: the fourth never crosses the middle.
    await placeArticleTopAtMiddle(page, 4, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(4).url}$`));
    expect(await page.evaluate(() => history.length)).toBe(start + 4);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(3).url}$`));
    await expect(articles(page).nth(3).getByRole('heading', { level: 2 })).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
  });

  test('after a reload the articles above are back, and Back scrolls to the one before', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 2);
    await placeArticleTopAtMiddle(page, 1, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await page.reload();
    // The place is rebuilt (contract section 5): the first article above, the second in view.
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(0).title,
    );
    await expect(articles(page).nth(1).getByRole('heading', { level: 2 })).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(0).url}$`));
    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    await expect(first.getByRole('heading', { level: 1 })).toBeInViewport();
  });

  test('historyMode "replace" never grows history', async ({ page, openHostPage }) => {
    await openHostPage(sampleItem(0).url, { data: { 'history-mode': 'replace' } });
    const startLength = await page.evaluate(() => history.length);
    await scrollUntilArticles(page, 3);
    for (const index of [1, 2, 1]) {
      await placeArticleTopAtMiddle(page, index, 100);
      await expect(page).toHaveURL(new RegExp(`${sampleItem(index).url}$`));
    }
    expect(await page.evaluate(() => history.length)).toBe(startLength);
  });

  test('maxArticles=4 makes no fifth request and leaves the page below reachable', async ({
    page,
    openHostPage,
  }) => {
    const requests = recordFeedRequests(page);
    await openHostPage(sampleItem(0).url, { data: { 'max-articles': '4' } });
    await scrollUntilArticles(page, 4);
    for (let i = 0; i < 30; i += 1) await page.mouse.wheel(0, 1200);
    await expect(page.getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();
    await expect(articles(page)).toHaveCount(4);
    await expect(articles(page).first()).toHaveAttribute('aria-setsize', '4');
    await expect(page.getByText('Publisher footer')).toBeInViewport();
    await page.getByRole('link', { name: 'Contact the newsroom' }).focus();
    await expect(page.getByRole('link', { name: 'Contact the newsroom' })).toBeFocused();
    expect(requests).toEqual(['/feed.json']);
  });

  test('a jump to the page’s end makes the last article in view current', async ({
    page,
    openHostPage,
  }) => {
    // A tall screen and a publisher's footer taller than half of it: at the page's end the
    // middle line lies on the footer, below every article, and the last one is in view.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await openHostPage(sampleItem(0).url, {
      data: { 'max-articles': '3' },
      headScript: `document.head.insertAdjacentHTML('beforeend', '<style>footer { min-height: 850px }</style>');`,
    });
    await scrollUntilArticles(page, 3);
    await expect(page.getByRole('heading', { name: 'You’re all caught up' })).toBeAttached();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page).toHaveURL(new RegExp(`${escape(sampleItem(0).url)}$`));
    // One jump from the first article to the bottom, as End does where scrolling is not smooth.
    await page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
    await expect(articles(page).nth(2)).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`${escape(sampleItem(2).url)}$`));
    await expect(page).toHaveTitle(new RegExp(`^${escape(sampleItem(2).title.slice(0, 20))}`));
  });

  test('stops at the feed’s end and says how many articles there are', async ({ page }) => {
    const total = sampleItems().length;
    await page.goto(sampleItem(total - 3).url);
    await scrollUntilArticles(page, 3);
    for (let i = 0; i < 20; i += 1) await page.mouse.wheel(0, 1500);
    await expect(page.getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();
    await expect(articles(page).first()).toHaveAttribute('aria-setsize', '3');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
