import { expect, placeArticleTopAtMiddle, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

const ELSEWHERE = 'https://elsewhere.example/syndicated/story';

/**
 * Records everything that could carry a URL off the page: each history write, each canonical
 * link, and every tracker call.
 */
const RECORDER = `
  window.seen = { history: [], canonical: [], chartbeat: [], gtag: [] };
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (state, title, url) => {
      window.seen.history.push(String(url ?? ''));
      return original(state, title, url);
    };
  }
  new MutationObserver(() => {
    const link = document.head.querySelector('link[rel="canonical"]');
    if (link) window.seen.canonical.push(link.href);
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  window._sf_async_config = {};
  window.pSUPERFLY = { virtualPage(arg) { window.seen.chartbeat.push({ ...arg, config: window._sf_async_config.path }); } };
  window.gtag = function () { window.seen.gtag.push(JSON.stringify(Array.from(arguments))); };
  window.dataLayer = [];
`;

test.describe('only the reader’s own, same-origin entries', () => {
  test('an article of another origin never reaches history, canonical or the trackers', async ({
    page,
    openHostPage,
  }) => {
    await page.route('**/feed.json', async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: { url: string }[] };
      const [, second] = feed.items;
      if (second) second.url = ELSEWHERE;
      await route.fulfill({ response, json: feed });
    });
    await openHostPage(sampleItem(0).url, {
      headScript: RECORDER,
      data: { analytics: 'chartbeat,ga4,gtm' },
    });
    await scrollUntilArticles(page, 3);
    await placeArticleTopAtMiddle(page, 1, 100);
    await expect(page).toHaveTitle(new RegExp(`^${sampleItem(1).title.slice(0, 20)}`));
    await placeArticleTopAtMiddle(page, 2, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    const seen = await page.evaluate(() => {
      const w = window as unknown as {
        seen: { history: string[]; canonical: string[]; chartbeat: unknown[]; gtag: string[] };
        dataLayer: unknown[];
      };
      return { ...w.seen, dataLayer: w.dataLayer };
    });
    // The third article did reach them all: the recorder works.
    expect(JSON.stringify(seen.history)).toContain(sampleItem(2).url);
    expect(JSON.stringify(seen.canonical)).toContain(sampleItem(2).url);
    expect(seen.chartbeat).toHaveLength(1);
    expect(seen.gtag).toHaveLength(1);
    expect(seen.dataLayer).toHaveLength(1);
    expect(JSON.stringify(seen)).not.toContain('elsewhere.example');
  });

  test('of two readers on a page only one drives the address bar; the other warns once', async ({
    page,
    openHostPage,
    consoleMessages,
  }) => {
    // Two feeds, so the address bar tells which reader drives it (whichever mounted first).
    await openHostPage(sampleItem(0).url, {
      data: { 'max-articles': '2' },
      before: '<div data-article-reader data-feed-url="/feed/2.json" data-max-articles="2"></div>',
    });
    const feeds = page.getByRole('feed');
    await expect(feeds.nth(1).getByRole('article').first()).toBeAttached();
    const length = await page.evaluate(() => history.length);
    await scrollUntilArticles(page, 4);
    for (const feed of [feeds.first(), feeds.nth(1)]) {
      await feed
        .getByRole('article')
        .nth(1)
        .evaluate((el) =>
          window.scrollTo({
            top: el.getBoundingClientRect().top + scrollY - innerHeight / 2 + 100,
            behavior: 'instant',
          }),
        );
      await expect(feed.getByRole('article').nth(1)).toBeInViewport();
      await page.waitForTimeout(300);
    }
    // One reader pushed its second article; the other wrote nothing.
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect(consoleMessages.filter((m) => m.includes('Another reader on this page'))).toHaveLength(
      1,
    );
  });
});
