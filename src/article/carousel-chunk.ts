import { lazy, type ComponentType } from 'react';
import type { GalleryCarouselProps } from './gallery-carousel';

/*
 * Swiper's code and CSS (gallery-carousel.tsx), fetched only when a gallery starts its
 * carousel (gallery.tsx says when). React.lazy keeps a failed import for good, so once a
 * carousel has failed (its chunk gone after a redeploy, a dropped connection) the failed
 * component is forgotten: that gallery shows its first picture, and the next carousel to start
 * tries the chunk again. It is forgotten when the failure is committed, not when the import
 * rejects, so React's own retry of the failed render does not start a new fetch.
 */
const create = (): ComponentType<GalleryCarouselProps> => lazy(() => import('./gallery-carousel'));
let current = create();

/** The Swiper component to render now. */
export function lazyCarousel(): ComponentType<GalleryCarouselProps> {
  return current;
}

/** A carousel has failed: the carousels started from now on load the chunk afresh. */
export function forgetFailedCarousel(): void {
  current = create();
}
