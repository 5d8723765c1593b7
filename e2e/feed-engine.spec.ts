import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('the feed query engine (its own chunk)', () => {
  test('a reader whose query engine cannot load keeps its articles, offers Try again, and Try again heals it', async ({
    page,
  }) => {
    let chunkGone = true;
    let retried = false;
    // The engine's chunk answers 404, as after a redeploy, until it comes back below.
    await page.route(/\/feed-engine-[\w-]+\.js$/, (route) => {
      if (chunkGone) return route.fulfill({ status: 404, body: 'gone' });
      retried = true;
      return route.continue();
    });
    await page.goto('/');
    // The first page needs no engine: the server's page hands it over.
    await scrollUntilArticles(page, 4);
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 1500);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(articles(page)).toHaveCount(4);

    chunkGone = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await scrollUntilArticles(page, 6);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(articles(page).nth(4)).toHaveAttribute(
      'data-url',
      new RegExp(`${sampleItem(4).url}$`),
    );
    expect(retried).toBe(true);
  });
});
