/** An idle moment this long means the browser has no frame to draw before it ends. */
export const QUIET_MS = 40;

/** How long one wait for an idle moment may take before it is looked at again. */
const LOOK_AGAIN_MS = 1000;

export type QuietWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'> & {
  readonly requestIdleCallback?: Window['requestIdleCallback'];
  readonly cancelIdleCallback?: Window['cancelIdleCallback'];
};

/**
 * Calls `run` at an idle moment of at least QUIET_MS: not while the page scrolls, animates or
 * reveals (an idle period then lasts only until the next frame, and one that ends on the
 * timeout has none). For a long task, which makes any frame it shares long. Returns a
 * cancel. Where there is no requestIdleCallback (Safari), after a frame's worth of time.
 * Framework-free, with the window as a parameter; its own code, not when-idle.ts's, so that
 * the carousel's chunk, its one user, imports nothing more from the app's chunk.
 */
export function whenQuiet(win: QuietWindow, run: () => void): () => void {
  if (typeof win.requestIdleCallback !== 'function') {
    const handle = win.setTimeout(run, 16);
    return () => win.clearTimeout(handle);
  }
  let handle = 0;
  const look = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= QUIET_MS) run();
    else handle = win.requestIdleCallback?.(look, { timeout: LOOK_AGAIN_MS }) ?? 0;
  };
  handle = win.requestIdleCallback(look, { timeout: LOOK_AGAIN_MS });
  return () => win.cancelIdleCallback?.(handle);
}
