import type { Article } from '../content/article';

interface ArticleFallbackProps {
  readonly article: Article;
  /** The id the article element's aria-labelledby names. */
  readonly titleId: string;
  readonly headingLevel: 1 | 2;
}

/**
 * An article whose view failed to render: still an article of the feed (its element is the
 * reader's, see reader/feed-article.tsx), with its title and a real link to its own page, so
 * the sequence, its positions and the reader's place hold.
 */
export function ArticleFallback({ article, titleId, headingLevel }: ArticleFallbackProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <>
      <Heading id={titleId} className="ar-article__title">
        <a href={article.link}>{article.title}</a>
      </Heading>
      {article.summary && <p className="ar-body">{article.summary}</p>}
    </>
  );
}
