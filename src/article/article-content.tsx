import { lazy, Suspense, type RefObject } from 'react';
import type { Article } from '../content/article';
import { useHydrated } from '../shared/use-hydrated';
import { Figure } from './figure';
import { bodyPreviewHtml, ReadMore } from './read-more';
import { RelatedTags } from './related-tags';

// Swiper's code and CSS are fetched only when an article with a gallery is shown.
const Gallery = lazy(() => import('./gallery'));

interface ArticleContentProps {
  readonly article: Article;
  readonly eagerImage: boolean;
  readonly collapsed: boolean;
  readonly bodyId: string;
  readonly bodyRef: RefObject<HTMLDivElement | null>;
  readonly onExpand: () => void;
  readonly tagUrl: string;
}

/** Everything of an article between its header and its "next" link. */
export function ArticleContent(props: ArticleContentProps) {
  const { article, collapsed, bodyId, bodyRef, onExpand, tagUrl } = props;
  const preview = collapsed ? bodyPreviewHtml(article.summary, article) : null;
  const hydrated = useHydrated();
  const [firstPicture] = article.gallery;
  return (
    <>
      {article.image && (
        <Figure
          image={article.image}
          eager={props.eagerImage}
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
          <ReadMore bodyId={bodyId} onExpand={onExpand} />
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

      {/* The server, and the client while it hydrates, show the gallery's first picture;
          the carousel's code loads once the client renders on its own. */}
      {firstPicture && !hydrated && (
        <div className="ar-gallery ar-gallery--first">
          <Figure image={firstPicture} />
        </div>
      )}
      {firstPicture && hydrated && (
        <Suspense fallback={<div className="ar-gallery ar-gallery--pending" aria-hidden="true" />}>
          <Gallery images={article.gallery} title={article.title} />
        </Suspense>
      )}

      <RelatedTags tags={article.tags} tagUrl={tagUrl} />
    </>
  );
}
