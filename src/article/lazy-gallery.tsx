import { lazy, type ComponentType } from 'react';

type GalleryProps = Parameters<(typeof import('./gallery'))['default']>[0];

/*
 * Swiper's code and CSS are fetched only when an article with a gallery is shown. React.lazy
 * keeps a failed import for good, so once a gallery has failed (its chunk gone after a
 * redeploy, a dropped connection) the failed component is forgotten: that gallery shows its
 * first picture, and the next gallery to be shown tries the chunk again. It is forgotten when
 * the failure is committed, not when the import rejects, so React's own retry of the failed
 * render does not start a new fetch.
 */
const create = (): ComponentType<GalleryProps> => lazy(() => import('./gallery'));
let current = create();

/** The carousel component to render now. */
export function lazyGallery(): ComponentType<GalleryProps> {
  return current;
}

/** A gallery has failed: the galleries shown from now on load the chunk afresh. */
export function forgetFailedGallery(): void {
  current = create();
}
