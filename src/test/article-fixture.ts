import { BARE_ARTICLE, type Article, type FeedPage } from '../content/article';

/**
 * An article as a source would produce it, with only what a test cares about spelled out:
 * `testArticle('7')` is "Article 7" at https://news.example/a/7, with a one-paragraph body
 * and nothing else. Keeping the whole model in one place means a new field of `Article`
 * touches this file, not every test that needs an article.
 */
export function testArticle(key: string, overrides: Partial<Article> = {}): Article {
  return {
    id: key,
    url: `https://news.example/a/${key}`,
    link: `/a/${key}`,
    title: `Article ${key}`,
    ...BARE_ARTICLE,
    contentHtml: '<p>x</p>',
    ...overrides,
  };
}

/** The test feed's first page and the one after it, as cursors. */
export const TEST_FEED_FIRST = 'https://news.example/feed.json';
export const TEST_FEED_SECOND = 'https://news.example/feed.json?page=2';

/** A feed page of `testArticle(key)` for each key, with `next` as its next page's cursor. */
export const testPage = (keys: string[], next: string | null): FeedPage => ({
  articles: keys.map((key) => testArticle(key)),
  next,
  siteTitle: 'Ledger',
  warnings: [],
});
