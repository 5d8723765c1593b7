/**
 * The events that say a reader has begun to read on: a scroll (of the page or of a box inside
 * it), the wheel, a key (Page Down, Space, the arrows) or a touch. A click is not among them:
 * "Read more" and "Next slide" read the article on screen, not the feed.
 */
const READING_EVENTS = ['scroll', 'wheel', 'keydown', 'touchstart'] as const;

/**
 * Calls `run` once, at the first of those events on `win`; returns a cancel. Listened to in
 * the capture phase and passive, so nothing the page does stops it and no scroll waits for it.
 * Framework-free, with the window as a parameter.
 */
export function onFirstInput(
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  run: () => void,
): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of READING_EVENTS) win.removeEventListener(type, listener, options);
  };
  function listener() {
    stop();
    run();
  }
  for (const type of READING_EVENTS) win.addEventListener(type, listener, options);
  return stop;
}
