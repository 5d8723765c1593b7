import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('failure stays small', () => {
  test('a gallery whose code fails to load shows its first picture and still turns, and tries again', async ({
    page,
    consoleMessages,
  }) => {
    let chunkGone = true;
    let retried = false;
    // The carousel's chunk answers 404, as after a redeploy or offline, until it comes back.
    await page.route(/\/gallery-[\w-]+\.js(\?|$)/, (route) => {
      if (chunkGone) return route.fulfill({ status: 404, body: 'gone' });
      retried = true;
      return route.continue();
    });
    await page.goto(sampleItem(0).url);

    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    // The carousel's chunk is asked for once the reader scrolls to the gallery.
    const carousel = first.getByRole('region', { name: /^Pictures:/ });
    await carousel.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        consoleMessages.some((line) => line.includes('carousel’s code could not be loaded')),
      )
      .toBe(true);
    const [firstSlide] = (sampleItem(0)._reader?.gallery ?? []) as { src: string; alt: string }[];
    const picture = carousel.getByRole('img', { name: firstSlide?.alt });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('src', new RegExp(`${firstSlide?.src ?? 'none'}$`));
    await expect(first.locator('.ar-body p').first()).toBeVisible();
    // Without Swiper its buttons still turn it.
    await carousel.getByRole('button', { name: 'Next slide' }).click();
    await expect(carousel.getByText('2 / 5')).toBeVisible();
    await expect(carousel.locator('.swiper-initialized')).toHaveCount(0);

    // The chunk is back: the next press asks for it again, and Swiper takes over where it is.
    chunkGone = false;
    await carousel.getByRole('button', { name: 'Next slide' }).click();
    await expect(carousel.getByText('3 / 5')).toBeVisible();
    await expect(carousel.locator('.swiper-initialized')).toHaveCount(1);
    expect(retried).toBe(true);
    await carousel.getByRole('button', { name: 'Next slide' }).click();
    await expect(carousel.getByText('4 / 5')).toBeVisible();

    // Reading goes on, and the next article's gallery works.
    await scrollUntilArticles(page, 2);
    const second = articles(page).nth(1);
    await expect(second.getByRole('heading', { level: 2 })).toHaveText(sampleItem(1).title);
    const next = second.getByRole('region', { name: /^Pictures:/ });
    await next.scrollIntoViewIfNeeded();
    await expect(next.locator('.swiper-initialized')).toHaveCount(1);
  });

  test('a gallery that could not load its code offline starts swiping once the connection is back', async ({
    page,
    context,
  }) => {
    await page.goto(sampleItem(0).url);
    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    await context.setOffline(true);
    const carousel = first.getByRole('region', { name: /^Pictures:/ });
    await carousel.scrollIntoViewIfNeeded();
    await carousel.getByRole('button', { name: 'Next slide' }).click();
    await expect(carousel.getByText('2 / 5')).toBeVisible();
    await context.setOffline(false);
    await expect(carousel.locator('.swiper-initialized')).toHaveCount(1, { timeout: 15_000 });
    await expect(carousel.getByText('2 / 5')).toBeVisible();
  });
});
