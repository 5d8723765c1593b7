import type { RefObject } from 'react';
import type { Article } from '../content/article';
import { articleHtml } from '../content/article-body';
import { fillLabel, useLabels } from '../shared/labels';
import { useLanded } from '../shared/landed';
import { PartBoundary } from '../shared/part-boundary';
import { useHydrated } from '../shared/use-hydrated';
import { Figure } from './figure';
import Gallery from './gallery';
import { forgetFailedCarousel } from './carousel-chunk';
import { bodyPreviewHtml, ReadMore } from './read-more';
import { RelatedTags } from './related-tags';

interface ArticleContentProps {
  readonly article: Article;
  /** The article's title's level: the body's headings sit one below it. */
  readonly titleLevel: 1 | 2;
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
  // Memoised per article and level: the same TrustedHTML every render, so React never
  // rewrites it.
  const html = articleHtml(article, props.titleLevel);
  const preview = collapsed ? bodyPreviewHtml(article.summary, html) : null;
  const hydrated = useHydrated();
  // The gallery waits until the first article has been painted (Swiper until first use).
  const landed = useLanded();
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
          dangerouslySetInnerHTML={{ __html: html.html }}
        />
      )}

      {/* The server, and the client while it hydrates, show the gallery's first picture;
          the carousel's code loads once the client renders on its own. */}
      {firstPicture && !hydrated && (
        <div className="ar-gallery ar-gallery--first">
          <Figure image={firstPicture} />
        </div>
      )}
      {firstPicture && hydrated && !landed && <PendingGallery />}
      {firstPicture && hydrated && landed && (
        <PartBoundary
          part={`The gallery of “${article.title}”`}
          fallback={<GalleryFallback article={article} />}
          onFailure={forgetFailedCarousel}
        >
          <Gallery images={article.gallery} title={article.title} />
        </PartBoundary>
      )}

      <RelatedTags
        tags={article.tags}
        tagUrl={tagUrl}
        heading={props.titleLevel === 1 ? 'h2' : 'h3'}
      />
    </>
  );
}

/** The gallery's box until the first article has been painted. */
function PendingGallery() {
  return <div className="ar-gallery ar-gallery--pending" aria-hidden="true" />;
}

/** A gallery whose carousel code could not load: its first picture, and the way to the rest. */
function GalleryFallback({ article }: { readonly article: Article }) {
  const labels = useLabels();
  const [first] = article.gallery;
  if (!first) return null;
  return (
    <div className="ar-gallery ar-gallery--first">
      <Figure image={first} />
      {article.gallery.length > 1 && (
        <p className="ar-gallery__more">
          <a href={article.link}>
            {fillLabel(labels.galleryMore, { count: article.gallery.length })}
          </a>
        </p>
      )}
    </div>
  );
}
