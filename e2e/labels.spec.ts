import { articles, expect, scrollUntilArticles, test } from './support/fixtures';

const LABELS = {
  readMore: 'Lire la suite',
  mostPopular: 'Les plus lus',
  advertisement: 'Publicité',
  by: 'Par {authors}',
  email: 'Courriel',
  signUp: 'S’inscrire',
  nextSlide: 'Image suivante',
  previousSlide: 'Image précédente',
};

test.describe('the reader’s own words', () => {
  test('data-labels replaces Read more, Most popular, Advertisement, By, Email and Sign up', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/labelled', {
      data: {
        'popular-url': '/popular.json',
        'newsletter-url': '/api/newsletter',
        labels: JSON.stringify(LABELS),
      },
    });
    await expect(page.getByRole('region', { name: 'Les plus lus' })).toBeVisible();
    await expect(page.getByLabel('Courriel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'S’inscrire' })).toBeVisible();
    await expect(articles(page).first().getByText(/^Par /)).toBeVisible();
    await expect(page.locator('[data-ad-slot]').first()).toContainText('Publicité');
    await scrollUntilArticles(page, 2);
    const second = articles(page).nth(1);
    await expect(second.getByRole('button', { name: 'Lire la suite' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read more' })).toHaveCount(0);
    await expect(page.getByText('Most popular')).toHaveCount(0);
  });

  test('an unknown label warns, naming the key', async ({
    page,
    openHostPage,
    consoleMessages,
  }) => {
    await openHostPage('/mislabelled', { data: { labels: '{"readMoar":"More!"}' } });
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    // Console events reach the test on their own schedule: wait for the line.
    await expect
      .poll(() => consoleMessages)
      .toContain('warning: [article-reader] Unknown label "readMoar" is ignored.');
  });
});
