/** How long an idle moment may be waited for: a busy page still gets its carousel. */
export const IDLE_WAIT_MS = 1000;

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  readonly requestIdleCallback?: Window['requestIdleCallback'];
  readonly cancelIdleCallback?: Window['cancelIdleCallback'];
};

/**
 * Calls `run` at the page's next idle moment (or after a frame's worth of time where there is
 * no requestIdleCallback: Safari). Returns a cancel. Framework-free, with the window as a
 * parameter; this module imports nothing, so the reading session's chunk can use it without
 * pulling React out of the app chunk (docs/decisions/0161; the hook is use-idle-start.ts).
 */
export function whenIdle(win: IdleWindow, run: () => void): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    return () => win.cancelIdleCallback?.(handle);
  }
  const handle = win.setTimeout(run, 16);
  return () => win.clearTimeout(handle);
}
