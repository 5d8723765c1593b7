import AxeBuilder from '@axe-core/playwright';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';

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

  test('"not found" has no axe violations', async ({ page }) => {
    await page.goto('/no/such/article');
    await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
