import type { ArticleKey } from '../content/article-key';
import { NEXT_KEY_ATTRIBUTE } from '../article/article-shell';

/**
 * The article a click asks for, when it is a plain click on an article's "next" link; null
 * for anything else, including a click that opens a new tab or window, which the browser
 * must keep.
 */
export function followedNextKey(event: MouseEvent): ArticleKey | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const link = target.closest(`a[${NEXT_KEY_ATTRIBUTE}]`);
  return link ? (link.getAttribute(NEXT_KEY_ATTRIBUTE) as ArticleKey | null) : null;
}
