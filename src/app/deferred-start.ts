/*
 * When a reader that follows a server-rendered article (startAfter) may begin: that page's
 * landing belongs to the host, so the reader's code and requests wait for the host page's
 * load event, then start at the next idle moment or at the reader's first scroll, whichever
 * comes first. Framework-free, with the window as a parameter, so it is tested without a
 * browser.
 */

/** How long an idle callback may be put off, so a busy page still gets its reader. */
export const IDLE_TIMEOUT_MS = 2000;
/** Without requestIdleCallback (Safari), a timeout after load stands in for the idle moment. */
export const IDLE_FALLBACK_MS = 300;

type StartWindow = Pick<
  Window,
  'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'
> & {
  readonly document: Pick<Document, 'readyState'>;
  readonly requestIdleCallback?: Window['requestIdleCallback'];
  readonly cancelIdleCallback?: Window['cancelIdleCallback'];
};

/** Calls `start` once, at the first of: idle after load, or a scroll after load. Returns a cancel. */
export function afterHostLanding(win: StartWindow, start: () => void): () => void {
  let done = false;
  let idleHandle: number | null = null;
  let timeoutHandle: number | null = null;

  const cleanup = () => {
    win.removeEventListener('load', onLoad);
    win.removeEventListener('scroll', go, true);
    if (idleHandle !== null) win.cancelIdleCallback?.(idleHandle);
    if (timeoutHandle !== null) win.clearTimeout(timeoutHandle);
  };
  function go() {
    if (done) return;
    done = true;
    cleanup();
    start();
  }
  function onLoad() {
    win.removeEventListener('load', onLoad);
    // A scroll before load is the host's own landing (restored scroll, a fragment): only one
    // after it counts as the reader's first.
    win.addEventListener('scroll', go, { capture: true, passive: true, once: true });
    if (typeof win.requestIdleCallback === 'function') {
      idleHandle = win.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
    } else {
      timeoutHandle = win.setTimeout(go, IDLE_FALLBACK_MS);
    }
  }

  if (win.document.readyState === 'complete') onLoad();
  else win.addEventListener('load', onLoad);
  return () => {
    done = true;
    cleanup();
  };
}
