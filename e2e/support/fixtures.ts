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

/** Scrolls so that the bottom of article `index` sits `offset` px below (+) or above (-) the viewport's middle. */
export async function placeArticleBottomAtMiddle(
  page: Page,
  index: number,
  offset: number,
): Promise<void> {
  await articles(page)
    .nth(index)
    .evaluate((element, by) => {
      const bottom = element.getBoundingClientRect().bottom + window.scrollY;
      window.scrollTo({ top: bottom - window.innerHeight / 2 - by, behavior: 'instant' });
    }, offset);
}

/** Scrolls so that the top of `article` sits `offset` px above (+) or below (-) the viewport's middle. */
export async function placeArticleTopAtMiddle(
  page: Page,
  index: number,
  offset: number,
): Promise<void> {
  await articles(page)
    .nth(index)
    .evaluate((element, by) => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight / 2 + by, behavior: 'instant' });
    }, offset);
}
