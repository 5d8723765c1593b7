import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('failed loads', () => {
  test('a transient 500 is retried on its own and the reader never notices', async ({ page }) => {
    let attempts = 0;
    await page.route('**/feed/2.json', (route) => {
      attempts += 1;
      return attempts === 1 ? route.fulfill({ status: 500, body: 'oops' }) : route.continue();
    });
    await page.goto('/');
    await scrollUntilArticles(page, 6);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(attempts).toBe(2);
  });

  test('a failed page shows an alert with Try again, keeps the articles, and Try again heals it', async ({
    page,
  }) => {
    let broken = true;
    await page.route('**/feed/2.json', (route) =>
      // A broken document: not transient, so no automatic retry (a 404 would be the end).
      broken
        ? route.fulfill({ contentType: 'application/json', body: '{"trunc' })
        : route.continue(),
    );
    await page.goto('/');
    await scrollUntilArticles(page, 4);
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 1500);
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(articles(page)).toHaveCount(4);
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await scrollUntilArticles(page, 6);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(articles(page).nth(4)).toHaveAttribute(
      'data-url',
      new RegExp(`${sampleItem(4).url}$`),
    );
  });

  test('a first page that is not a JSON Feed says so and offers Try again', async ({ page }) => {
    await page.route('**/feed.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"trunc' }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The articles could not be loaded');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('an article of another origin is shown but never written to history', async ({ page }) => {
    await page.route('**/feed.json', async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: { url: string }[]; next_url?: string };
      const [, second] = feed.items;
      if (second) second.url = 'https://elsewhere.example/syndicated/story';
      await route.fulfill({ response, json: feed });
    });
    await page.goto('/');
    await scrollUntilArticles(page, 3);
    const length = await page.evaluate(() => history.length);
    const syndicated = articles(page).nth(1);
    await syndicated.evaluate((el) =>
      window.scrollTo({
        top: el.getBoundingClientRect().top + scrollY - innerHeight / 2 + 100,
        behavior: 'instant',
      }),
    );
    await expect(page).toHaveTitle(new RegExp(`^${sampleItem(1).title.slice(0, 20)}`));
    expect(new URL(page.url()).pathname).toBe(sampleItem(0).url);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });
});
