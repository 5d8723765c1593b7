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
    // Asleep: no body, pictures, carousel or byline, but the same box, title, summary and
    // next link; the ad slot after it stays (the feed holds one after every article).
    await expect(firstBody).toHaveCount(0);
    await expect(first.locator('img')).toHaveCount(0);
    await expect(first.locator('time')).toHaveCount(0);
    await expect(first).toContainText(sampleItem(0).summary ?? '');
    await expect(page.getByRole('feed').locator('[data-ad-position="1"]')).toHaveCount(1);
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

  test('find-in-page finds a sleeping article’s title and summary, and going there wakes it', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 8);
    await placeArticleTopAtMiddle(page, 6, 100);
    const second = articles(page).nth(1);
    await expect(second).toHaveClass(/ar-article--asleep/);
    await expect(second.getByRole('button', { name: 'Read more' })).toHaveCount(0);

    // window.find is the browser's own find-in-page, as a script can drive it.
    const found = async (text: string) =>
      page.evaluate((text) => {
        getSelection()?.removeAllRanges();
        // Not in TypeScript's DOM types: non-standard, but what Chromium's find bar runs on.
        const find = (window as unknown as { find: (text: string) => boolean }).find;
        const hit = find(text);
        const node = getSelection()?.anchorNode;
        const article = (node instanceof Element ? node : node?.parentElement)?.closest('article');
        return hit ? article?.getAttribute('aria-posinset') : null;
      }, text);
    // Each find scrolls to its match, which wakes the article: the summary, then the title.
    expect(await found(sampleItem(1).summary ?? '')).toBe('2');
    await placeArticleTopAtMiddle(page, 6, 100);
    await expect(second).toHaveClass(/ar-article--asleep/);
    expect(await found(sampleItem(1).title)).toBe('2');

    // Find-in-page scrolled the match into view: the article is read there, so it wakes.
    await expect(second.getByRole('button', { name: 'Read more' })).toBeVisible();
    await expect(second).not.toHaveClass(/ar-article--asleep/);
  });
});
