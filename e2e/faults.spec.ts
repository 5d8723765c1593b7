import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';
import { failAfterFourThenTryAgain } from './support/try-again';

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
    await failAfterFourThenTryAgain(page, {
      alert: 'could not be loaded',
      heal: () => (broken = false),
    });
  });

  // On a publisher's page: there the browser reads the first page itself (a server-rendered
  // page of the standalone app has it in the HTML; a feed it cannot read is its 502).
  test('a first page that is not a JSON Feed says so and offers Try again', async ({
    page,
    openHostPage,
  }) => {
    await page.route('**/feed.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"trunc' }),
    );
    await openHostPage('/news/');
    await expect(page.getByRole('alert')).toContainText('The articles could not be loaded');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('an article of another origin is shown but never written to history', async ({ page }) => {
    // The second page's second item (the sixth article) is syndicated from elsewhere: the
    // browser reads that page itself (the first one came with the server-rendered HTML).
    await page.route('**/feed/2.json', async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: { url: string }[]; next_url?: string };
      const [, second] = feed.items;
      if (second) second.url = 'https://elsewhere.example/syndicated/story';
      await route.fulfill({ response, json: feed });
    });
    await page.goto('/');
    await scrollUntilArticles(page, 7);
    const readTo = async (index: number) =>
      articles(page)
        .nth(index)
        .evaluate((el) =>
          window.scrollTo({
            top: el.getBoundingClientRect().top + scrollY - innerHeight / 2 + 100,
            behavior: 'instant',
          }),
        );
    await readTo(4);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(4).url}$`));
    const length = await page.evaluate(() => history.length);
    await readTo(5);
    await expect(page).toHaveTitle(new RegExp(`^${sampleItem(5).title.slice(0, 20)}`));
    expect(new URL(page.url()).pathname).toBe(sampleItem(4).url);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });
});
