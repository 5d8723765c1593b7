import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem } from './support/sample-feed';

/*
 * Article pages as the server renders them (contract section 8): readable with no script at
 * all, and taken over by the client without a second render.
 */

/** The text of the first paragraph of a sample item's body. */
function firstParagraph(index: number): string {
  const html = (sampleItem(index) as { content_html?: string }).content_html ?? '';
  const text = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, '’')
    .replace(/&quot;/g, '"');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article is readable, and its next link opens the next article’s own page', async ({
    page,
  }) => {
    // The second article: the next one is on the same feed page.
    await page.goto(sampleItem(1).url);
    const article = articles(page).first();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleItem(1).title);
    const paragraph = article.locator('.ar-article__content p').first();
    await expect(paragraph).toBeVisible();
    expect(normalise(await paragraph.innerText())).toBe(normalise(firstParagraph(1)));

    await article.getByRole('link', { name: new RegExp(escape(sampleItem(2).title)) }).click();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sampleItem(2).title);
  });

  test('the last article of a feed page links on to the first of the next page', async ({
    page,
  }) => {
    await page.goto(sampleItem(3).url);
    const article = articles(page).first();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleItem(3).title);
    await article.getByRole('link', { name: new RegExp(escape(sampleItem(4).title)) }).click();
    await expect(page).toHaveURL(new RegExp(`${sampleItem(4).url}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sampleItem(4).title);
  });
});

test.describe('with JavaScript', () => {
  // A reader far from the server's time zone and language: the page must hydrate all the same.
  test.use({ timezoneId: 'Pacific/Auckland', locale: 'de-DE' });

  test('the page hydrates without a mismatch, shows its article once, and reads on', async ({
    page,
    consoleMessages,
  }) => {
    await page.goto(sampleItem(1).url);
    const heading = page.getByRole('heading', { name: sampleItem(1).title, exact: true });
    await expect(heading).toHaveCount(1);
    await expect(articles(page).first()).toHaveAttribute(
      'data-url',
      new RegExp(`${sampleItem(1).url}$`),
    );
    await expect(articles(page).filter({ has: heading })).toHaveCount(1);
    // The reader has taken over: it reveals the next article as the reader scrolls.
    await scrollUntilArticles(page, 2);
    await expect(articles(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(
      sampleItem(2).title,
    );
    await expect(heading).toHaveCount(1);
    await articles(page)
      .nth(1)
      .evaluate((element) =>
        window.scrollTo({
          top: element.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 100,
          behavior: 'instant',
        }),
      );
    await expect(page).toHaveURL(new RegExp(`${sampleItem(2).url}$`));
    const hydration = consoleMessages.filter((message) =>
      /hydrat|did not match|mismatch/i.test(message),
    );
    expect(hydration).toEqual([]);
    expect(consoleMessages.filter((message) => message.startsWith('error:'))).toEqual([]);
  });
});

function normalise(text: string): string {
  return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
