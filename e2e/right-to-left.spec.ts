import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { articles, expect, test } from './support/fixtures';

// The sample's Arabic edition (scripts/sample/editions.mjs), as the build puts it in public/.
const FEED = '/feeds/ar/feed.json';
const sample = JSON.parse(readFileSync('public/feeds/ar/feed.json', 'utf8')) as {
  items: { title: string; _reader?: { gallery?: { alt: string }[] } }[];
};
const arabicLabels = readFileSync('public/feeds/ar/labels.json', 'utf8');
const first = sample.items[0];
const pictures = first?._reader?.gallery ?? [];

function galleryOf(page: Page): Locator {
  return articles(page)
    .first()
    .getByRole('region', { name: `Pictures: ${first?.title}` });
}

/** The left edge of the picture with `alt`, on the page. */
async function leftOf(gallery: Locator, alt: string): Promise<number> {
  const box = await gallery.getByRole('img', { name: alt, exact: true }).first().boundingBox();
  if (!box) throw new Error(`The picture “${alt}” has no box`);
  return box.x;
}

test.describe('a right-to-left feed', () => {
  test('its articles are dir="rtl" in the feed’s language, with dates in it and the publisher’s labels', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/rtl-labelled', { data: { 'feed-url': FEED, labels: arabicLabels } });
    const article = articles(page).first();
    await expect(article).toHaveAttribute('dir', 'rtl', { timeout: 15_000 });
    await expect(article).toHaveAttribute('lang', 'ar');
    await expect(article.getByRole('heading', { name: first?.title })).toBeVisible();
    // Intl writes the date and its "ص"/"م" in Arabic script.
    await expect(article.locator('time').first()).toHaveText(/[\u0600-\u06ff]/);
    await expect(article.getByText(/^بقلم /)).toBeVisible();
    await expect(article.getByRole('button', { name: 'الصورة التالية' })).toBeVisible();
    await expect(article.getByText(`1 من ${pictures.length}`)).toBeVisible();
  });

  test('the carousel’s Next slide moves to the next picture, which comes from the left, and the arrow keys follow the script', async ({
    page,
    openHostPage,
  }) => {
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    const [one, two, three] = pictures.map((picture) => picture.alt);
    await openHostPage('/rtl-gallery', { data: { 'feed-url': FEED } });
    const gallery = galleryOf(page);
    await gallery.scrollIntoViewIfNeeded({ timeout: 15_000 });
    await page.mouse.wheel(0, 10);
    // Once the page has scrolled, a carousel in view starts at the next idle moment; the
    // pictures are laid out from then.
    await expect(gallery.locator('.swiper-initialized')).toHaveCount(1);
    const counter = gallery.getByText(/^\d+ \/ \d+$/);
    await expect(counter).toHaveText(`1 / ${pictures.length}`);
    const active = gallery.locator('.swiper-slide-active img');
    await expect(active).toHaveAttribute('alt', one ?? '');
    // Written right to left, the next picture waits to the left of the one shown.
    expect(await leftOf(gallery, two ?? '')).toBeLessThan(await leftOf(gallery, one ?? ''));
    const shownAt = await leftOf(gallery, one ?? '');

    await gallery.getByRole('button', { name: 'Next slide' }).click();
    await expect(counter).toHaveText(`2 / ${pictures.length}`);
    await expect(active).toHaveAttribute('alt', two ?? '');
    // It has moved in, from the left, to where the first one was.
    await expect.poll(() => leftOf(gallery, two ?? '')).toBeCloseTo(shownAt, 0);

    // ← reads on (next), → goes back, as the script runs.
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(`3 / ${pictures.length}`);
    await expect(active).toHaveAttribute('alt', three ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`2 / ${pictures.length}`);
  });
});
