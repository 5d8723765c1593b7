import type { Article } from './article';

/**
 * One identity per article, wherever the reader needs one: the React key, the attribute on
 * the element (so the DOM says which article an element is), the tracker's comparisons and
 * the restore from history. It is the feed's id, which the sequence already keeps unique.
 */
export type ArticleKey = string & { readonly __brand: 'ArticleKey' };

export const ARTICLE_KEY_ATTRIBUTE = 'data-article-key';

export function articleKey(article: Pick<Article, 'id'>): ArticleKey {
  return article.id as ArticleKey;
}

/** The key an element carries, or null when it is not one of the reader's articles. */
export function elementKey(element: Element): ArticleKey | null {
  return element.getAttribute(ARTICLE_KEY_ATTRIBUTE) as ArticleKey | null;
}

/** The reader's element for an article, if it is on the page. */
export function findArticleElement(
  container: ParentNode | null,
  key: ArticleKey,
): HTMLElement | null {
  if (!container) return null;
  // Ids are the feed's strings: compared, never pasted into a selector.
  for (const element of container.querySelectorAll<HTMLElement>(`[${ARTICLE_KEY_ATTRIBUTE}]`)) {
    if (elementKey(element) === key) return element;
  }
  return null;
}
