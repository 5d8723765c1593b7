import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('failure stays small', () => {
  test('a gallery whose code fails to load shows its first picture, and the next gallery tries again', async ({
    page,
    consoleMessages,
  }) => {
    let chunkGone = true;
    let retried = false;
    // The carousel's chunk answers 404, as after a redeploy, until it comes back below.
    await page.route(/\/gallery-[\w-]+\.js$/, (route) => {
      if (chunkGone) return route.fulfill({ status: 404, body: 'gone' });
      retried = true;
      return route.continue();
    });
    await page.goto(sampleItem(0).url);

    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    // The carousel's chunk is asked for once the reader scrolls to the gallery.
    await first.getByRole('region', { name: /^Pictures:/ }).scrollIntoViewIfNeeded();
    await expect(
      first.getByRole('link', { name: 'See all 5 pictures on the article’s page' }),
    ).toBeVisible();
    const [firstSlide] = (sampleItem(0)._reader?.gallery ?? []) as { src: string; alt: string }[];
    const picture = first.locator('.ar-gallery--first').getByRole('img', { name: firstSlide?.alt });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('src', new RegExp(`${firstSlide?.src ?? 'none'}$`));
    await expect(first.locator('.ar-body p').first()).toBeVisible();
    expect(consoleMessages.some((line) => line.includes('could not be shown'))).toBe(true);

    // Reading goes on, and the next article's gallery loads the chunk again and works.
    chunkGone = false;
    await scrollUntilArticles(page, 2);
    const second = articles(page).nth(1);
    await expect(second.getByRole('heading', { level: 2 })).toHaveText(sampleItem(1).title);
    const carousel = second.getByRole('region', { name: /^Pictures:/ });
    await carousel.scrollIntoViewIfNeeded();
    await expect(carousel.getByRole('button', { name: 'Next slide' })).toBeVisible();
    await expect(carousel.locator('.swiper-initialized')).toHaveCount(1);
    expect(retried).toBe(true);
  });
});
