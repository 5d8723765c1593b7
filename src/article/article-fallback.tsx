import { useId } from 'react';
import type { Article } from '../content/article';
import { articleAttributes } from './article-attributes';

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
      {...articleAttributes(article, { position, setSize, titleId })}
    >
      <Heading id={titleId} className="ar-article__title">
        <a href={article.link}>{article.title}</a>
      </Heading>
      {article.summary && <p className="ar-body">{article.summary}</p>}
    </article>
  );
}
