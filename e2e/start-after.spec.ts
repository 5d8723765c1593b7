import {
  articles,
  expect,
  placeArticleTopAtMiddle,
  scrollUntilArticles,
  test,
} from './support/fixtures';
import { sampleItem } from './support/sample-feed';

const hostItem = sampleItem(0);
const paragraphs = Array.from(
  { length: 30 },
  (_, i) => `<p>Paragraph ${i + 1} of the page’s own article.</p>`,
).join('');
const hostArticle = `<article data-reader-host-article><h1>${hostItem.title}</h1>${paragraphs}</article>`;
const events = `window.views = []; addEventListener('article-reader:view', (e) => views.push(e.detail));`;

test.describe('embedding after a server-rendered article (startAfter)', () => {
  test('continues after the host article, counting it as the first', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage(hostItem.url, {
      before: hostArticle,
      headScript: events,
      data: { 'start-after': hostItem.url, 'max-articles': '3' },
    });
    const first = articles(page).first();
    await expect(first.getByRole('heading', { level: 2 }).first()).toHaveText(sampleItem(1).title);
    await expect(first).toHaveAttribute('aria-posinset', '2');
    await scrollUntilArticles(page, 2);
    for (let i = 0; i < 20; i += 1) await page.mouse.wheel(0, 1500);
    await expect(page.getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();
    await expect(articles(page)).toHaveCount(2);
    await expect(first).toHaveAttribute('aria-setsize', '3');
  });

  test('restores the host’s URL and title on scrolling back up, and never counts it as a view', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage(hostItem.url, {
      before: hostArticle,
      headScript: events,
      data: { 'start-after': hostItem.url },
    });
    const hostTitle = await page.title();
    await scrollUntilArticles(page, 1);
    await placeArticleTopAtMiddle(page, 0, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await expect(page).toHaveTitle(new RegExp(`^${sampleItem(1).title.slice(0, 20)}`));
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page).toHaveURL(new RegExp(`${hostItem.url}$`));
    await expect(page).toHaveTitle(hostTitle);
    const views = await page.evaluate(
      () => (window as unknown as { views: { position: number; title: string }[] }).views,
    );
    expect(views.map((v) => [v.position, v.title])).toEqual([[2, sampleItem(1).title]]);
    // Back from the reader's first article steps to the host article and scrolls to it.
    await placeArticleTopAtMiddle(page, 0, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(1).url}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${hostItem.url}$`));
    await expect(page.getByRole('heading', { level: 1, name: hostItem.title })).toBeInViewport();
  });

  test('with no stylesheet link in the page, loads its own after the host’s load and draws nothing unstyled', async ({
    page,
    openHostPage,
  }) => {
    // Whether the reader's stylesheet applied when its first article entered the page.
    const watch = `window.styledAtFirstArticle = null;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-article-reader] article')) return;
        observer.disconnect();
        window.styledAtFirstArticle = [...document.styleSheets].some((sheet) =>
          (sheet.href || '').endsWith('/article-reader.css'));
      }).observe(document.documentElement, { childList: true, subtree: true });`;
    // A stylesheet slower than the feed and the app's code: the reader waits for it.
    await page.route('**/embed/article-reader.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await openHostPage(hostItem.url, {
      before: hostArticle,
      headScript: watch,
      data: { 'start-after': hostItem.url },
      stylesheetLink: false,
    });
    await expect(articles(page).first()).toHaveAttribute('aria-posinset', '2');
    const seen = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const loadAt = (navigation as PerformanceNavigationTiming | undefined)?.loadEventStart ?? 0;
      const sheet = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/article-reader.css'));
      return {
        styled: (window as unknown as { styledAtFirstArticle: boolean | null })
          .styledAtFirstArticle,
        links: document.querySelectorAll('link[rel="stylesheet"][href$="/article-reader.css"]')
          .length,
        afterLoad: sheet !== undefined && sheet.startTime >= loadAt,
      };
    });
    expect(seen).toEqual({ styled: true, links: 1, afterLoad: true });
  });
});
