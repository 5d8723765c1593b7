import { test as base, expect, type Page } from '@playwright/test';
import { hostPageHtml, type HostPageOptions } from './host-page';

export interface ReaderFixtures {
  /** Serves a publisher host page with the embed bundle at `path` and opens it. */
  openHostPage: (path: string, options?: HostPageOptions) => Promise<void>;
  /** Console messages the page printed, as "type: text". */
  consoleMessages: string[];
}

export const test = base.extend<ReaderFixtures>({
  openHostPage: async ({ page }, use) => {
    await use(async (path, options) => {
      await page.route(
        (url) => url.pathname === new URL(path, 'http://x').pathname,
        (route) => route.fulfill({ contentType: 'text/html', body: hostPageHtml(options) }),
      );
      await page.goto(path);
    });
  },
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    await use(messages);
  },
});

export { expect };

/** The reader's articles, in page order. */
export function articles(page: Page) {
  return page.getByRole('feed').getByRole('article');
}

/** Scrolls down like a reader, a screenful at a time, until `count` articles are on the page. */
export async function scrollUntilArticles(page: Page, count: number, step = 700): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    if ((await articles(page).count()) >= count) return;
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(60);
  }
  throw new Error(`Only ${await articles(page).count()} articles appeared, wanted ${count}`);
}

/**
 * Scrolls so that an edge of article `index` sits `by` px past the viewport's middle: the top
 * `by` px above it (so the article crosses the middle line), the bottom `by` px below it.
 */
async function placeEdgeAtMiddle(
  page: Page,
  index: number,
  edge: 'top' | 'bottom',
  by: number,
): Promise<void> {
  await articles(page)
    .nth(index)
    .evaluate(
      (element, { edge, by }) => {
        const rect = element.getBoundingClientRect();
        const y = (edge === 'top' ? rect.top : rect.bottom) + window.scrollY;
        const past = edge === 'top' ? by : -by;
        window.scrollTo({ top: y - window.innerHeight / 2 + past, behavior: 'instant' });
      },
      { edge, by },
    );
}

/** The top of article `index` `offset` px above (+) or below (-) the viewport's middle. */
export function placeArticleTopAtMiddle(page: Page, index: number, offset: number): Promise<void> {
  return placeEdgeAtMiddle(page, index, 'top', offset);
}

/** The bottom of article `index` `offset` px below (+) or above (-) the viewport's middle. */
export function placeArticleBottomAtMiddle(
  page: Page,
  index: number,
  offset: number,
): Promise<void> {
  return placeEdgeAtMiddle(page, index, 'bottom', offset);
}
