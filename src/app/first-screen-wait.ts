/*
 * The reader's first render waits for the entry's first screen (first-screen-paint.ts) to
 * have painted its lead picture. That picture is the page's largest paint; React's first
 * render and commit of a long article, and the layout of its first frame, are some 500 ms of
 * a slow phone's main thread, and a picture that arrives during them is painted only after
 * them (issue 7: LCP). Rendered a frame after the picture's, the reader takes the first
 * screen's place with everything where it was, the picture already on screen. A picture
 * that is slow to come does not hold the article's body back for long.
 */

/** How long the first render waits for the first screen's picture at most: about what that
 * render costs a slow phone, so a late picture delays the body no more than it would. */
export const FIRST_SCREEN_WAIT_MS = 500;

type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/**
 * Resolves once the first screen in `element` has painted its picture (loaded or failed, then
 * a frame), or at once when there is no first screen or no picture in it; at the latest
 * after `capMs`.
 */
export function afterFirstScreenPicture(
  element: HTMLElement,
  win: FrameWindow,
  capMs = FIRST_SCREEN_WAIT_MS,
): Promise<void> {
  const img = element.querySelector<HTMLImageElement>('[data-first-screen] img');
  if (!img) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = win.setTimeout(done, capMs);
    function done() {
      win.clearTimeout(timer);
      img?.removeEventListener('load', painted);
      img?.removeEventListener('error', painted);
      resolve();
    }
    // The frame that paints the picture runs its animation-frame callbacks first; a task
    // queued from one runs after that frame has been painted.
    function painted() {
      win.requestAnimationFrame(() => win.setTimeout(done, 0));
    }
    if (img.complete) painted();
    else {
      img.addEventListener('load', painted, { once: true });
      img.addEventListener('error', painted, { once: true });
    }
  });
}
