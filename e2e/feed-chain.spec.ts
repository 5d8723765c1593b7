import type { Page, Request } from '@playwright/test';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItems } from './support/sample-feed';

const isFeedPage = (request: Request) => /\/feed(\.json|\/.+\.json)$/.test(request.url());

function feedRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isFeedPage(request)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

async function readerPaths(page: Page): Promise<string[]> {
  return articles(page).evaluateAll((elements) =>
    elements.map((el) => new URL(el.getAttribute('data-url') ?? '', location.href).pathname),
  );
}

/** Scrolls to the bottom until the end block is there. */
async function scrollToEnd(page: Page): Promise<void> {
  const end = page.getByRole('heading', { name: 'You’re all caught up' });
  for (let i = 0; i < 60 && !(await end.isVisible()); i += 1) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(100);
  }
  await expect(end).toBeVisible();
}

// On a publisher's page, where the browser reads every page itself, the first one included
// (a server-rendered page of the standalone app has that one in its HTML).
test.describe('feed pages that add nothing', () => {
  test('a feed whose later pages add nothing ends within three requests', async ({
    page,
    openHostPage,
  }) => {
    const firstPage = sampleItems().slice(0, 4);
    // After the first page: the same items again, an empty page, then items without a title,
    // each naming a next page; a fourth is never asked for.
    const barren = [
      { items: firstPage, next_url: 'loop/b.json' },
      { items: [], next_url: 'c.json' },
      { items: [{ id: 'x1', url: '/x1' }], next_url: 'd.json' },
      { items: [{ id: 'new', url: '/new', title: 'Never requested' }] },
    ];
    const bodies = new Map([
      ['/feed/2.json', barren[0]],
      ['/feed/loop/b.json', barren[1]],
      ['/feed/loop/c.json', barren[2]],
      ['/feed/loop/d.json', barren[3]],
    ]);
    await page.route('**/feed/**', (route) => {
      const body = bodies.get(new URL(route.request().url()).pathname);
      return body
        ? route.fulfill({ json: { version: 'https://jsonfeed.org/version/1.1', ...body } })
        : route.fulfill({ status: 500, body: 'unexpected' });
    });
    const requests = feedRequests(page);
    await openHostPage('/news/');
    await scrollToEnd(page);
    await expect(articles(page)).toHaveCount(4);
    expect(requests).toEqual([
      '/feed.json',
      '/feed/2.json',
      '/feed/loop/b.json',
      '/feed/loop/c.json',
    ]);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(articles(page).first()).toHaveAttribute('aria-setsize', '4');
  });

  test('a 404 for the page after the last ends the feed', async ({ page, openHostPage }) => {
    await page.route('**/feed/2.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const requests = feedRequests(page);
    await openHostPage('/news/');
    await scrollToEnd(page);
    await expect(articles(page)).toHaveCount(4);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(requests).toEqual(['/feed.json', '/feed/2.json']);
  });
});

test.describe('offline', () => {
  test('says once that the connection dropped, keeps the articles, and resumes without a duplicate', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await expect(articles(page).first()).toBeVisible();
    await context.setOffline(true);
    const notice = page.getByRole('status').filter({ hasText: 'You’re offline' });
    await expect(notice).toHaveCount(1);
    await expect(page.getByRole('feed').getByText('You’re offline')).toHaveCount(0);
    // Read on through what was loaded, up to the page that cannot come.
    for (let i = 0; i < 20; i += 1) await page.mouse.wheel(0, 1500);
    await expect(articles(page)).toHaveCount(4);
    await expect(notice).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await context.setOffline(false);
    await expect(notice).toHaveCount(0);
    await scrollUntilArticles(page, 8);
    const expected = sampleItems()
      .slice(0, 8)
      .map((item) => new URL(item.url, 'http://x').pathname);
    expect((await readerPaths(page)).slice(0, 8)).toEqual(expected);
  });
});
