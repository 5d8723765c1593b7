import { forgetFailedCarousel } from './carousel-chunk';
import Gallery from './gallery';

/*
 * What article-content.tsx renders for a gallery. The gallery itself (its first picture,
 * caption and buttons) is in the app's code; only Swiper is a chunk (carousel-chunk.ts), so a
 * reader who only lands never downloads it.
 */

/** The gallery component to render. */
export function lazyGallery(): typeof Gallery {
  return Gallery;
}

/** A carousel has failed to load: the carousels started from now on try its chunk afresh. */
export function forgetFailedGallery(): void {
  forgetFailedCarousel();
}
