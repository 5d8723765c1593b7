import {
  articles,
  expect,
  placeArticleTopAtMiddle,
  scrollUntilArticles,
  test,
} from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('bounded memory', () => {
  test('articles far from the one being read sleep at their height, and wake on the way back', async ({
    page,
  }) => {
    await page.goto('/');
    const first = articles(page).first();
    const firstBody = first.locator('.ar-body');
    await expect(firstBody).toBeAttached();
    await scrollUntilArticles(page, 7);
    const heightAwake = await first.evaluate((el) => el.getBoundingClientRect().height);

    await placeArticleTopAtMiddle(page, 5, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(5).url}$`));
    // Asleep: no body, pictures or carousel, but the same box, title and next link.
    await expect(firstBody).toHaveCount(0);
    await expect(first.locator('img')).toHaveCount(0);
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    await expect(first.getByRole('link', { name: /Next article/ })).toBeAttached();
    expect(await first.evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(
      heightAwake,
      0,
    );
    // The article being read did not move when the ones above it fell asleep.
    const top = await articles(page)
      .nth(5)
      .evaluate((el) => el.getBoundingClientRect().top);
    await page.waitForTimeout(300);
    expect(
      await articles(page)
        .nth(5)
        .evaluate((el) => el.getBoundingClientRect().top),
    ).toBe(top);

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(firstBody).toBeAttached();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(0).url}$`));
  });
});
