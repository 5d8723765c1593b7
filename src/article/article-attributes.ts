import type { HTMLAttributes } from 'react';
import type { Article } from '../content/article';
import { ARTICLE_KEY_ATTRIBUTE, articleKey } from '../content/article-key';
import { textDirection } from './direction';

interface ArticlePlace {
  /** 1-based place in the sequence (aria-posinset). */
  readonly position: number;
  /** The sequence's length once known, -1 before (aria-setsize). */
  readonly setSize: number;
  /** The id of the article's title heading, which names it. */
  readonly titleId: string;
}

type ArticleAttributes = HTMLAttributes<HTMLElement> & {
  readonly [data: `data-${string}`]: string;
};

/**
 * What every <article> of the feed carries, whether its view rendered or failed: the key the
 * reader finds it by, its URL, its place in the feed, its name, and the feed's language.
 */
export function articleAttributes(
  article: Pick<Article, 'id' | 'link' | 'language'>,
  { position, setSize, titleId }: ArticlePlace,
): ArticleAttributes {
  return {
    [ARTICLE_KEY_ATTRIBUTE]: articleKey(article),
    'data-url': article.link,
    'aria-posinset': position,
    'aria-setsize': setSize,
    'aria-labelledby': titleId,
    // Screen readers pronounce the language; the script sets the direction.
    lang: article.language ?? undefined,
    dir: textDirection(article.language) ?? undefined,
    // Focusable, as the ARIA feed pattern asks: Page Down / Page Up move between articles.
    tabIndex: 0,
  };
}
