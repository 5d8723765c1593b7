import type { ArticleImage } from '../content/article';
import { Caption } from './figure';

/** One picture of the carousel with its caption and credit, its box held by its ratio. */
export function Slide({ image }: { readonly image: ArticleImage }) {
  return (
    <figure className="ar-figure">
      <div
        className="ar-gallery__frame"
        style={{ aspectRatio: `${image.width ?? 3} / ${image.height ?? 2}` }}
      >
        <img
          src={image.src}
          alt={image.alt}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          loading="lazy"
          decoding="async"
          className="ar-gallery__img"
        />
      </div>
      {(image.caption || image.credit) && <Caption image={image} />}
    </figure>
  );
}
