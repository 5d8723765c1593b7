import { retryableImport } from '../content/retryable-import';

type CarouselChunk = typeof import('./gallery-carousel');

/*
 * Swiper's code and CSS (gallery-carousel.ts), fetched only when a gallery is about to start
 * its carousel (gallery.tsx says when). One request for every gallery on the page. A failed
 * import (its chunk gone after a redeploy, a dropped connection) costs that gallery only: its
 * boundary shows the first picture and forgets the failure, so the next carousel to start
 * tries the chunk again.
 */
let chunk: Promise<CarouselChunk> | null = null;
// Each import after a failure fetches the chunk anew (retryable-import.ts).
const importCarousel = retryableImport((): Promise<CarouselChunk> => import('./gallery-carousel'));

/** The carousel's chunk: fetched at the first call, the same promise after it. */
export function loadCarousel(): Promise<CarouselChunk> {
  chunk ??= importCarousel();
  return chunk;
}

/** A carousel has failed: the carousels started from now on load the chunk afresh. */
export function forgetFailedCarousel(): void {
  chunk = null;
}
