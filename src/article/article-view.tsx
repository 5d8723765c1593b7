import { lazy, memo, Suspense, useCallback, useId, useRef, useState, type MouseEvent } from 'react';
import type { Article } from '../content/article';
import { Byline } from './byline';
import { Figure } from './figure';
import { ReadMore, summaryHtml } from './read-more';
import { RelatedTags } from './related-tags';

// Swiper's code and CSS are fetched only when an article with a gallery is shown.
const Gallery = lazy(() => import('./gallery'));

export interface ArticleViewProps {
  readonly article: Article;
  /** 1-based place in the sequence (aria-posinset). */
  readonly position: number;
  /** The sequence's length once known, -1 before (aria-setsize). */
  readonly setSize: number;
  /** The first article on the page carries the page's h1; the ones after it h2. */
  readonly headingLevel: 1 | 2;
  readonly collapsed: boolean;
  readonly tagUrl: string;
  /** The article after this one, for the link that lets anyone follow the sequence. */
  readonly next: Pick<Article, 'link' | 'title'> | null;
  readonly onFollowNext: (url: string, event: MouseEvent<HTMLAnchorElement>) => void;
}

export const ArticleView = memo(function ArticleView(props: ArticleViewProps) {
  const { article, position, setSize, headingLevel, tagUrl, next, onFollowNext } = props;
  const titleId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const collapsed = props.collapsed && !expanded && article.contentHtml !== '';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const expand = useCallback(() => {
    setExpanded(true);
    // After React has put the body in: focus without scrolling, so nothing above the
    // reader's eye moves.
    requestAnimationFrame(() => bodyRef.current?.focus({ preventScroll: true }));
  }, []);

  const preview = collapsed ? summaryHtml(article.summary, article.contentHtml) : null;

  return (
    <article
      className="ar-article"
      data-url={article.link}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={titleId}
      // Focusable, as the ARIA feed pattern asks: Page Down / Page Up move between articles.
      tabIndex={0}
    >
      <header className="ar-article__header">
        {article.section && <p className="ar-article__section">{article.section}</p>}
        <Heading id={titleId} className="ar-article__title">
          {article.title}
        </Heading>
        <Byline
          authors={article.authors}
          published={article.published}
          modified={article.modified}
        />
      </header>

      {article.image && (
        <Figure
          image={article.image}
          eager={position === 1}
          className="ar-figure ar-figure--lead"
        />
      )}

      {collapsed ? (
        <div className="ar-summary">
          {preview !== null ? (
            <div
              className="ar-body ar-summary__text"
              dangerouslySetInnerHTML={{ __html: preview }}
            />
          ) : (
            <p className="ar-body ar-summary__text">{article.summary}</p>
          )}
          <ReadMore bodyId={bodyId} onExpand={expand} />
        </div>
      ) : (
        <div
          id={bodyId}
          ref={bodyRef}
          className="ar-body"
          tabIndex={-1}
          dangerouslySetInnerHTML={{ __html: article.contentHtml }}
        />
      )}

      {article.gallery.length > 0 && (
        <Suspense fallback={<div className="ar-gallery ar-gallery--pending" aria-hidden="true" />}>
          <Gallery images={article.gallery} title={article.title} />
        </Suspense>
      )}

      <RelatedTags tags={article.tags} tagUrl={tagUrl} />

      {next && (
        <p className="ar-next">
          <a
            href={next.link}
            className="ar-next__link"
            onClick={(event) => onFollowNext(next.link, event)}
          >
            <span className="ar-next__label">Next article</span> {next.title}
          </a>
        </p>
      )}
    </article>
  );
});
