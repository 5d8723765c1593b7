import { readFileSync } from 'node:fs';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem, sampleItems } from './support/sample-feed';
import { rssPage, wordPressPage } from './support/sample-formats';
import { describeShared, sharedPath } from './support/shared';

const SHARED = sharedPath('real-world-feeds');

async function readerPaths(page: import('@playwright/test').Page): Promise<string[]> {
  return articles(page).evaluateAll((elements) =>
    elements.map((el) => new URL(el.getAttribute('data-url') ?? '', location.href).pathname),
  );
}

test.describe('other sources', () => {
  test('reads an RSS feed, following its pages in order', async ({ page, openHostPage }) => {
    await page.route('**/rss/*.xml', (route) => {
      const n = Number(/(\d+)\.xml$/.exec(route.request().url())?.[1] ?? '1');
      return route.fulfill({ contentType: 'application/rss+xml', body: rssPage(n, 4) });
    });
    await openHostPage(sampleItem(0).url, { data: { source: 'rss', 'feed-url': '/rss/1.xml' } });
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      sampleItem(0).title,
    );
    await expect(articles(page).first().getByText(/^By /)).toBeVisible();
    await scrollUntilArticles(page, 6);
    expect((await readerPaths(page)).slice(0, 6)).toEqual(
      sampleItems()
        .slice(0, 6)
        .map((item) => item.url),
    );
  });

  test('reads a WordPress REST API, page by page, and finds a deep-linked post', async ({
    page,
    openHostPage,
  }) => {
    const requested: string[] = [];
    await page.route('**/wp-json/wp/v2/posts**', (route) => {
      const url = new URL(route.request().url());
      requested.push(url.search);
      const n = Number(url.searchParams.get('page') ?? '1');
      const { body, totalPages } = wordPressPage(
        n,
        Number(url.searchParams.get('per_page') ?? '10'),
      );
      return route.fulfill({ json: body, headers: { 'X-WP-TotalPages': String(totalPages) } });
    });
    const twelfth = sampleItem(11);
    await openHostPage(twelfth.url, { data: { source: 'wordpress', 'feed-url': '/wp-json' } });
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(
      twelfth.title,
    );
    await scrollUntilArticles(page, 2);
    expect((await readerPaths(page)).slice(0, 2)).toEqual([twelfth.url, sampleItem(12).url]);
    expect(requested[0]).toContain('_embed');
  });
});

describeShared('real publishers’ feeds', 'real-world-feeds', () => {
  test('a Latin-1 RSS feed without a declaration reads with its accents', async ({
    page,
    openHostPage,
  }) => {
    await page.route('**/feeds/uol.xml', (route) =>
      route.fulfill({
        contentType: 'application/xml',
        body: readFileSync(
          `${SHARED}/rss/rss-parser_uol-noticias_latin1-no-decl_portuguese-dates.rss.xml`,
        ),
      }),
    );
    await openHostPage('/landing', { data: { source: 'rss', 'feed-url': '/feeds/uol.xml' } });
    const heading = articles(page).first().getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    expect(await heading.innerText()).not.toContain('\uFFFD');
    await expect(articles(page).first().locator('time')).toHaveAttribute('datetime', /^2018-09-/);
  });

  test('a WordPress blog’s two pages read as one sequence, with its gallery as a carousel', async ({
    page,
    openHostPage,
  }) => {
    await page.route('**/wp-json/wp/v2/posts**', (route) => {
      const n = new URL(route.request().url()).searchParams.get('page') ?? '1';
      const file = n === '1' ? 'category-7_page1_embed' : 'category-7_page2_embed_gallery';
      return route.fulfill({
        body: readFileSync(`${SHARED}/wordpress/frontity_demo-worona_${file}.json`),
        headers: { 'Content-Type': 'application/json', 'X-WP-TotalPages': '2' },
      });
    });
    await openHostPage('/landing', {
      data: { source: 'wordpress', 'feed-url': '/wp-json', 'max-articles': '10' },
    });
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toBeVisible();
    for (let i = 0; i < 60; i += 1) await page.mouse.wheel(0, 2000);
    await expect(page.getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();
    await expect(articles(page)).toHaveCount(10);
    const titles = await articles(page).evaluateAll((els) =>
      els.map((el) => el.querySelector('h1, h2')?.textContent ?? ''),
    );
    expect(titles.join('|')).not.toMatch(/&#\d+;|&amp;/);
    const machuPicchu = articles(page).filter({
      has: page.getByRole('heading', { name: 'Machu Picchu', exact: true }),
    });
    // Read it (far from the end, it sleeps until the reader comes back to it).
    await machuPicchu.evaluate((el) =>
      window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - 100, behavior: 'instant' }),
    );
    await expect(machuPicchu.getByRole('button', { name: 'Next slide' })).toBeAttached();
  });
});
