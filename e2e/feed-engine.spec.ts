import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';
import { failAfterFourThenTryAgain } from './support/try-again';

// A try after a failure asks for the chunk under a query of its own (retryable-import.ts).
const ENGINE_CHUNK = /\/feed-engine-[\w-]+\.js(\?|$)/;

test.describe('the feed query engine (its own chunk)', () => {
  test('a JSON Feed embed with a full first page asks for no query engine before the first scroll, and reads on after it', async ({
    page,
    openHostPage,
  }) => {
    const engineRequests: string[] = [];
    page.on('request', (request) => {
      if (ENGINE_CHUNK.test(request.url())) engineRequests.push(request.url());
    });
    await openHostPage('/news/');
    await expect(articles(page).first()).toBeVisible();
    // The landing is over: the first article has painted and the page has gone quiet.
    await page.waitForLoadState('networkidle');
    expect(engineRequests).toEqual([]);
    await scrollUntilArticles(page, 6);
    expect(engineRequests).toHaveLength(1);
  });

  test('a first page of one article has the next page read with no scroll, wheel or key', async ({
    page,
    openHostPage,
  }) => {
    let engineRequests = 0;
    page.on('request', (request) => {
      if (ENGINE_CHUNK.test(request.url())) engineRequests += 1;
    });
    await page.route(/\/feed\.json$/, async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: unknown[] };
      await route.fulfill({ response, json: { ...feed, items: feed.items.slice(0, 1) } });
    });
    // A reader who only listens (a screen reader in browse mode) gives the page no input: the
    // next page is read all the same, so the next article is in hand when it is wanted.
    const nextPage = page.waitForRequest(/\/feed\/2\.json$/);
    await openHostPage('/news/');
    await expect(articles(page).first()).toBeVisible();
    await nextPage;
    expect(engineRequests).toBe(1);
  });

  test('a query engine chunk whose first request drops is fetched again on its own, with no Try again', async ({
    page,
    openHostPage,
  }) => {
    // Whether an alert was ever on the page, however briefly.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[role="alert"]')) document.documentElement.dataset.alerted = '';
      }).observe(document, { childList: true, subtree: true });
    });
    let engineRequests = 0;
    await page.route(ENGINE_CHUNK, (route) => {
      engineRequests += 1;
      return engineRequests === 1 ? route.abort('connectionreset') : route.continue();
    });
    // A first page of one article: the next page, and so the engine, is needed at once.
    await page.route(/\/feed\.json$/, async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as { items: unknown[] };
      await route.fulfill({ response, json: { ...feed, items: feed.items.slice(0, 1) } });
    });
    await openHostPage('/news/');
    await scrollUntilArticles(page, 3);
    expect(engineRequests).toBe(2);
    await expect(page.locator('html')).not.toHaveAttribute('data-alerted');
    await expect(articles(page).nth(1)).toHaveAttribute(
      'data-url',
      new RegExp(`${sampleItem(4).url}$`),
    );
  });

  test('a reader whose query engine cannot load keeps its articles, offers Try again, and Try again heals it', async ({
    page,
  }) => {
    let chunkGone = true;
    let retried = false;
    // The engine's chunk answers 404, as after a redeploy, until it comes back below.
    await page.route(ENGINE_CHUNK, (route) => {
      if (chunkGone) return route.fulfill({ status: 404, body: 'gone' });
      retried = true;
      return route.continue();
    });
    // The first page needs no engine: the server's page hands it over.
    await failAfterFourThenTryAgain(page, { alert: null, heal: () => (chunkGone = false) });
    expect(retried).toBe(true);
  });
});
