import { useCallback, useEffect, useState } from 'react';

/** How long an idle moment may be waited for: a busy page still gets its carousel. */
export const IDLE_WAIT_MS = 1000;

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  readonly requestIdleCallback?: Window['requestIdleCallback'];
  readonly cancelIdleCallback?: Window['cancelIdleCallback'];
};

/**
 * Calls `run` at the page's next idle moment (or after a frame's worth of time where there is
 * no requestIdleCallback: Safari). Returns a cancel. Framework-free, with the window as a
 * parameter.
 */
export function whenIdle(win: IdleWindow, run: () => void): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    return () => win.cancelIdleCallback?.(handle);
  }
  const handle = win.setTimeout(run, 16);
  return () => win.clearTimeout(handle);
}

/**
 * False until the page's first idle moment after mounting, or until `now()` is called (the
 * reader reached for the part before then): what can wait for it starts in a task of its
 * own, not in the commit that put it on the page.
 */
export function useIdleStart(): { readonly started: boolean; readonly now: () => void } {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    return whenIdle(window, () => setStarted(true));
  }, [started]);
  const now = useCallback(() => setStarted(true), []);
  return { started, now };
}
