import type { ArticleImage } from '../content/article';

interface FigureProps {
  readonly image: ArticleImage;
  /** The lead image is in the first screen: load it at once, lazily otherwise. */
  readonly eager?: boolean;
  readonly className?: string;
}

/** A picture with its caption and credit; its box is reserved before it loads. */
export function Figure({ image, eager = false, className = 'ar-figure' }: FigureProps) {
  return (
    <figure className={className}>
      <img
        src={image.src}
        alt={image.alt}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        loading={eager ? 'eager' : 'lazy'}
        // The first article's lead image is the page's largest paint: ahead of every other
        // picture (the sidebar's among them) in the queue.
        fetchPriority={eager ? 'high' : undefined}
        decoding="async"
        className="ar-figure__img"
        // The box is held by the picture's own ratio, written out: the reader's reset against
        // host styles (all: revert) also reverts the ratio the width and height attributes give.
        style={
          image.width && image.height
            ? { aspectRatio: `${image.width} / ${image.height}` }
            : undefined
        }
      />
      {(image.caption || image.credit) && <Caption image={image} />}
    </figure>
  );
}

export function Caption({ image }: { readonly image: ArticleImage }) {
  return (
    <figcaption className="ar-caption">
      {image.caption}
      {image.caption && image.credit && ' '}
      {image.credit && <span className="ar-caption__credit">{image.credit}</span>}
    </figcaption>
  );
}
