import { articles, expect, test } from './support/fixtures';
import { sampleItem, sampleItems } from './support/sample-feed';

test.describe('the standalone reader', () => {
  test('opens on the latest article with its heading, byline, time and body', async ({ page }) => {
    const first = sampleItem(0);
    await page.goto('/');
    const article = articles(page).first();
    await expect(article.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    await expect(article).toHaveAttribute('aria-posinset', '1');
    await expect(article.getByText(/^By /)).toHaveText(
      `By ${first.authors?.map((a) => a.name).join(' and ')}`,
    );
    await expect(article.locator('time[datetime]').first()).toHaveAttribute(
      'datetime',
      /^2026-11-25T/,
    );
    await expect(article.locator('.ar-body p').first()).toBeVisible();
    await expect(
      article.getByRole('navigation', { name: 'Related Tags' }).getByRole('link').first(),
    ).toBeVisible();
  });

  test('shows a deep-linked article first, and after a reload still begins with it', async ({
    page,
  }) => {
    const third = sampleItem(2);
    await page.goto(third.url);
    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(third.title);
    await expect(first).toHaveAttribute('data-url', new RegExp(`${third.url}$`));
    await page.reload();
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(third.title);
  });

  test('shows a deep link to an article on a later feed page', async ({ page }) => {
    const tenth = sampleItem(9);
    await page.goto(tenth.url);
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(tenth.title);
  });

  test('shows "not found" with a link to the latest article on an unknown path', async ({
    page,
  }) => {
    await page.goto('/world/2026/01/01/no-such-story');
    await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
    const link = page.getByRole('link', { name: 'Read the latest article' });
    await expect(link).toHaveAttribute('href', new RegExp(`${sampleItem(0).url}$`));
    await link.click();
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(0).title,
    );
  });

  test('links every article to the one after it', async ({ page }) => {
    await page.goto('/');
    const next = articles(page)
      .first()
      .getByRole('link', { name: new RegExp(`Next article`) });
    await expect(next).toHaveAttribute('href', new RegExp(`${sampleItem(1).url}$`));
  });
});

test.describe('the embed bundle on a publisher page', () => {
  test('shows the article whose URL the page was opened at, between the host header and footer', async ({
    page,
    openHostPage,
  }) => {
    const second = sampleItem(1);
    await openHostPage(second.url);
    await expect(page.getByText('Publisher header')).toBeVisible();
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      second.title,
    );
    await expect(page.getByRole('contentinfo')).toContainText('Publisher footer');
  });

  test('works from any folder: its carousel chunk, styles and fonts load beside the module', async ({
    page,
    openHostPage,
  }) => {
    const served: string[] = [];
    await page.route('**/static/reader/v1/**', (route) => {
      const file = new URL(route.request().url()).pathname.replace('/static/reader/v1/', '');
      served.push(file);
      return route.fulfill({ path: `dist/embed/${file}` });
    });
    const withGallery = sampleItems().find((item) => (item._reader?.gallery?.length ?? 0) > 1);
    await openHostPage(withGallery?.url ?? '/', { bundleFolder: '/static/reader/v1' });
    await expect(articles(page).first().getByRole('button', { name: 'Next slide' })).toBeAttached();
    // The carousel's chunk comes once the reader scrolls to the gallery.
    await articles(page)
      .first()
      .getByRole('region', { name: /^Pictures:/ })
      .scrollIntoViewIfNeeded();
    await expect(articles(page).first().locator('.swiper-initialized')).toHaveCount(1);
    await page.evaluate(() => document.fonts.ready);
    expect(served).toContainEqual(expect.stringMatching(/^chunks\/gallery-.*\.js$/));
    // The reader's stylesheet; the carousel has none of its own (decision 0145).
    expect(served).toContain('article-reader.css');
    expect(served).toContainEqual(expect.stringMatching(/^assets\/.*\.woff2$/));
  });

  test('mountReader mounts by hand and unmount() removes the reader and its history handling', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage(sampleItem(0).url, { mountOptions: `{ feedUrl: '/feed.json' }` });
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(0).title,
    );
    expect(await page.evaluate(() => history.scrollRestoration)).toBe('manual');
    await page.evaluate(() =>
      (window as unknown as { reader: { unmount(): void } }).reader.unmount(),
    );
    await expect(page.getByRole('feed')).toHaveCount(0);
    expect(await page.evaluate(() => history.scrollRestoration)).toBe('auto');
    await expect(page.getByText('Publisher footer')).toBeVisible();
  });

  test('starts at the first article on a page that is not an article', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/some/landing-page');
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(0).title,
    );
  });

  test('warns about an unknown or invalid option and uses the default', async ({
    page,
    openHostPage,
    consoleMessages,
  }) => {
    await openHostPage('/landing', { data: { 'max-articles': 'lots', 'colour-scheme': 'dark' } });
    await expect(articles(page).first()).toBeVisible();
    expect(consoleMessages).toContainEqual(
      expect.stringMatching(/^warning: \[article-reader\] Option "maxArticles"/),
    );
    expect(consoleMessages).toContainEqual(
      expect.stringMatching(/^warning: \[article-reader\] Unknown option "colourScheme"/),
    );
  });
});
