/*
 * The tab's sessionStorage, where the reader keeps what a reload or Back must find again
 * (history entries, the reading place, the views already counted). Storage is a courtesy:
 * every read and write may throw (disabled, full, a sandboxed frame) and the reader goes on.
 */

/** `read()`, or undefined when it throws. */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The tab's sessionStorage, or null where reading it throws (storage disabled). */
export function sessionStorageOf(window: Window): Storage | null {
  return attempt(() => window.sessionStorage) ?? null;
}
