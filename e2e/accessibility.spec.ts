import AxeBuilder from '@axe-core/playwright';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

test.describe('accessibility', () => {
  test('the standalone page with a gallery, a collapsed article, ads and widgets has no axe violations', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 3);
    await expect(page.getByRole('region', { name: 'Most popular' }).getByRole('link')).toHaveCount(
      5,
    );
    await expect(articles(page).first().getByRole('button', { name: 'Next slide' })).toBeAttached();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });

  test('an article page keeps its headings in order: h2s under the first article’s h1, h3s under an appended article’s h2', async ({
    page,
  }) => {
    // Both sample articles' bodies have h2 sections.
    await page.goto(sampleItem(0).url);
    await scrollUntilArticles(page, 2);
    const [first, second] = [articles(page).nth(0), articles(page).nth(1)];
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(sampleItem(0).title);
    await expect(
      first.locator('.ar-body').getByRole('heading', { level: 2 }).first(),
    ).toBeAttached();
    await second.getByRole('button', { name: 'Read more' }).click();
    await expect(
      second.locator('.ar-body').getByRole('heading', { level: 3 }).first(),
    ).toBeAttached();
    const results = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

    // A first article without body headings: its "Related Tags" is an h2 under the h1.
    await page.goto(sampleItem(2).url);
    await expect(
      articles(page).first().getByRole('heading', { level: 2, name: 'Related Tags' }),
    ).toBeVisible();
    const plain = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
    expect(plain.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });

  test('"not found" has no axe violations', async ({ page }) => {
    await page.goto('/no/such/article');
    await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('the feed pattern’s keys', () => {
  test('Page Down and Page Up move between articles; Control+End and Control+Home leave the feed', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 3);
    const [first, second] = [articles(page).nth(0), articles(page).nth(1)];
    await first.getByRole('link').first().focus();
    await page.keyboard.press('PageDown');
    await expect(second).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(articles(page).nth(2)).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(second).toBeFocused();
    await page.keyboard.press('Control+End');
    const after = await page.evaluate(() => {
      const feed = document.querySelector('[role="feed"]');
      const active = document.activeElement;
      return Boolean(
        feed &&
        active &&
        !feed.contains(active) &&
        feed.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(after).toBe(true);
    await second.focus();
    await page.keyboard.press('Control+Home');
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Culture' }),
    ).toBeFocused();
  });
});
