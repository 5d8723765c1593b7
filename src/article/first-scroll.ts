/** Set once the page has scrolled: later callers run at once. */
let scrolled = false;

/**
 * Calls `run` at the page's first scroll (at once when it has already scrolled). Returns a
 * cancel. Framework-free, with the window as a parameter.
 */
export function afterFirstScroll(
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  run: () => void,
): () => void {
  if (scrolled) {
    run();
    return () => undefined;
  }
  const listener = () => {
    scrolled = true;
    win.removeEventListener('scroll', listener);
    run();
  };
  win.addEventListener('scroll', listener, { passive: true });
  return () => win.removeEventListener('scroll', listener);
}
