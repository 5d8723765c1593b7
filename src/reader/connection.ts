/**
 * Whether the browser has a connection, as it says through `navigator.onLine` and the
 * `online` / `offline` events. Plain TypeScript over `window`; a server render counts as online.
 */
export function isOnline(window: Window): boolean {
  return window.navigator.onLine;
}

/** Calls `onChange` whenever the connection drops or comes back; returns the unsubscribe. */
export function watchConnection(window: Window, onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
