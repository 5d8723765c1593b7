import { expect, test } from './support/fixtures';
import { failAfterFourThenTryAgain } from './support/try-again';

test.describe('the feed query engine (its own chunk)', () => {
  test('a reader whose query engine cannot load keeps its articles, offers Try again, and Try again heals it', async ({
    page,
  }) => {
    let chunkGone = true;
    let retried = false;
    // The engine's chunk answers 404, as after a redeploy, until it comes back below.
    await page.route(/\/feed-engine-[\w-]+\.js$/, (route) => {
      if (chunkGone) return route.fulfill({ status: 404, body: 'gone' });
      retried = true;
      return route.continue();
    });
    // The first page needs no engine: the server's page hands it over.
    await failAfterFourThenTryAgain(page, { alert: null, heal: () => (chunkGone = false) });
    expect(retried).toBe(true);
  });
});
