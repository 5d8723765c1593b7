import { BARE_ARTICLE, type Article } from '../content/article';

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
