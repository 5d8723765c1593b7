import type { Article } from '../content/article';

/**
 * Whether a page's URL could be an article further down the feed: it has as many path
 * segments as one of the articles already read (`/world/2026/11/25/a-title` beside
 * `/local/2026/11/24/another`; `/?p=12` beside `/?p=7`). A page that cannot (a home page, a
 * section front such as `/news/`) shows the first article at once instead of reading more
 * feed pages looking for itself, each a round trip before anything shows (issue 7).
 */
export function mayBeArticleOf(
  pageUrl: string,
  articles: readonly Pick<Article, 'url'>[],
): boolean {
  const depth = pathDepth(pageUrl);
  return depth !== null && articles.some((article) => pathDepth(article.url) === depth);
}

function pathDepth(url: string): number | null {
  try {
    return new URL(url, 'http://invalid.local/').pathname.split('/').filter(Boolean).length;
  } catch {
    return null;
  }
}
