import type { Page } from '@playwright/test';
import {
  articles,
  expect,
  placeArticleTopAtMiddle,
  scrollUntilArticles,
  test,
} from './support/fixtures';
import { sampleItem } from './support/sample-feed';

/** Tracker stubs as a publisher's page has them, recording every call. */
const STUBS = `
  window.calls = { chartbeat: [], chartbeatConfig: [], gtag: [], events: [] };
  window._sf_async_config = { uid: 1, domain: 'example' };
  window.pSUPERFLY = { virtualPage(arg) {
    window.calls.chartbeat.push(arg);
    window.calls.chartbeatConfig.push({ path: _sf_async_config.path, sections: _sf_async_config.sections, authors: _sf_async_config.authors });
  } };
  window.gtag = function () { window.calls.gtag.push(Array.from(arguments)); };
  window.dataLayer = [];
  window.addEventListener('article-reader:view', (event) => window.calls.events.push(event.detail));
`;

interface Calls {
  chartbeat: unknown[];
  chartbeatConfig: unknown[];
  gtag: unknown[];
  events: unknown[];
}

async function calls(page: Page): Promise<Calls & { dataLayer: unknown[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { calls: Calls; dataLayer: unknown[] };
    return { ...w.calls, dataLayer: w.dataLayer };
  });
}

async function readBackAndForth(page: Page): Promise<void> {
  await scrollUntilArticles(page, 3);
  for (const index of [1, 2, 1, 0, 1, 2, 1, 2]) {
    await placeArticleTopAtMiddle(page, index, 100);
    await expect(page).toHaveURL(new RegExp(`${sampleItem(index).url}$`));
  }
}

function expected(index: number, origin: string) {
  const item = sampleItem(index);
  const url = new URL(item.url, origin);
  return {
    url: url.href,
    path: url.host + url.pathname,
    title: item.title,
    sections: item._reader?.section ?? '',
    authors: (item.authors ?? []).map((a) => a.name).join(','),
  };
}

test.describe('analytics', () => {
  test('each tracker gets exactly the contract’s call once per article, however the reader scrolls', async ({
    page,
    openHostPage,
    baseURL,
  }) => {
    await openHostPage(sampleItem(0).url, {
      headScript: STUBS,
      data: { analytics: 'chartbeat,ga4,gtm' },
    });
    await readBackAndForth(page);
    const got = await calls(page);
    const [second, third] = [expected(1, baseURL ?? ''), expected(2, baseURL ?? '')];

    expect(got.chartbeat).toEqual([
      {
        path: second.path,
        title: second.title,
        sections: second.sections,
        authors: second.authors,
      },
      { path: third.path, title: third.title, sections: third.sections, authors: third.authors },
    ]);
    // The config was set before each virtualPage call.
    expect(got.chartbeatConfig).toEqual([
      { path: second.path, sections: second.sections, authors: second.authors },
      { path: third.path, sections: third.sections, authors: third.authors },
    ]);
    expect(got.gtag).toEqual([
      ['event', 'page_view', { page_location: second.url, page_title: second.title }],
      ['event', 'page_view', { page_location: third.url, page_title: third.title }],
    ]);
    expect(got.dataLayer).toEqual([
      { event: 'virtual_page_view', page_location: second.url, page_title: second.title },
      { event: 'virtual_page_view', page_location: third.url, page_title: third.title },
    ]);
    expect(got.events).toEqual([
      {
        url: second.url,
        title: second.title,
        sections: second.sections,
        authors: second.authors,
        position: 2,
      },
      {
        url: third.url,
        title: third.title,
        sections: third.sections,
        authors: third.authors,
        position: 3,
      },
    ]);
  });

  test('GA4 is only called when the analytics option names it', async ({ page, openHostPage }) => {
    await openHostPage(sampleItem(0).url, { headScript: STUBS });
    await readBackAndForth(page);
    const got = await calls(page);
    expect(got.gtag).toEqual([]);
    expect(got.chartbeat).toHaveLength(2);
    expect(got.dataLayer).toHaveLength(2);
  });

  test('"none" sends no tracker calls but still the DOM event', async ({ page, openHostPage }) => {
    await openHostPage(sampleItem(0).url, { headScript: STUBS, data: { analytics: 'none' } });
    await readBackAndForth(page);
    const got = await calls(page);
    expect(got.chartbeat).toEqual([]);
    expect(got.dataLayer).toEqual([]);
    expect(got.events).toHaveLength(2);
  });

  test('a throwing tracker is logged and changes nothing for the reader', async ({
    page,
    openHostPage,
    consoleMessages,
  }) => {
    const throwing = `${STUBS}
      window.pSUPERFLY.virtualPage = () => { throw new Error('tracker down'); };
      window.gtag = () => { throw new Error('gtag down'); };`;
    await openHostPage(sampleItem(0).url, {
      headScript: throwing,
      data: { analytics: 'chartbeat,ga4,gtm' },
    });
    await readBackAndForth(page);
    // The reader carried on: the address bar and title followed each article.
    await expect(page).toHaveTitle(
      new RegExp(`^${sampleItem(2).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const got = await calls(page);
    expect(got.dataLayer).toHaveLength(2);
    expect(got.events).toHaveLength(2);
    expect(
      consoleMessages.filter((m) =>
        m.startsWith('error: [article-reader] The chartbeat tracker failed'),
      ),
    ).toHaveLength(2);
    expect(
      consoleMessages.filter((m) => m.startsWith('error: [article-reader] The ga4 tracker failed')),
    ).toHaveLength(2);
    await scrollUntilArticles(page, 5);
    await expect(articles(page).nth(4)).toBeAttached();
  });
});
