import { useId } from 'react';
import type { Article } from '../content/article';
import { ARTICLE_KEY_ATTRIBUTE, articleKey } from '../content/article-key';

interface ArticleFallbackProps {
  readonly article: Article;
  readonly position: number;
  readonly setSize: number;
  readonly headingLevel: 1 | 2;
}

/**
 * An article whose view failed to render: still an article of the feed, with its title and
 * a real link to its own page, so the sequence, its positions and the reader's place hold.
 */
export function ArticleFallback({
  article,
  position,
  setSize,
  headingLevel,
}: ArticleFallbackProps) {
  const titleId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article
      className="ar-article ar-article--fallback"
      {...{ [ARTICLE_KEY_ATTRIBUTE]: articleKey(article) }}
      data-url={article.link}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={titleId}
      lang={article.language ?? undefined}
      tabIndex={0}
    >
      <Heading id={titleId} className="ar-article__title">
        <a href={article.link}>{article.title}</a>
      </Heading>
      {article.summary && <p className="ar-body">{article.summary}</p>}
    </article>
  );
}
