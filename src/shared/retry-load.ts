/**
 * Waits `ms`, or less: resolves early when the browser says the connection is back, and at
 * once when `signal` (the owner's lifetime) aborts, letting go of its timer and listeners.
 */
export type Pause = (ms: number, signal: AbortSignal) => Promise<void>;

type PauseWindow = Pick<
  Window,
  'setTimeout' | 'clearTimeout' | 'addEventListener' | 'removeEventListener'
>;

/**
 * A pause that ends at `ms` or at the window's `online` event, whichever comes first: a chunk
 * that failed because the connection dropped is asked for again as soon as it is back. A
 * reader that goes away (unmount, dispose) ends it through `signal`, so nothing of it
 * outlives the reader.
 */
export function pauseOrOnline(win: PauseWindow): Pause {
  return (ms, signal) =>
    new Promise((resolve) => {
      const done = () => {
        win.clearTimeout(timer);
        win.removeEventListener('online', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = win.setTimeout(done, ms);
      win.addEventListener('online', done);
      signal.addEventListener('abort', done);
      if (signal.aborted) done();
    });
}

export interface RetryPolicy {
  /** How many times a failed load is tried again before its failure is reported. */
  readonly retries: number;
  /** How long to wait before the next try, after `failures` failed ones. */
  readonly delay: (failures: number, error: unknown) => number;
  readonly pause: Pause;
  /** Whether trying again may heal `error` (without it, any failure is tried again). */
  readonly heals?: (error: unknown) => boolean;
  /** Aborted when the load is no longer wanted (a reader that went away stops asking). */
  readonly signal: AbortSignal;
}

/**
 * Calls `load` until it succeeds, with a pause between tries, and rejects with the last
 * failure once `retries` more tries have failed too (or the load is no longer wanted). For
 * a dynamic `import()`: a dropped connection or a server's hiccup heals on its own before
 * the reader hears of it (contract section 4).
 */
export async function loadWithRetry<T>(load: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const { signal } = policy;
  for (let failures = 0; ; failures += 1) {
    try {
      return await load();
    } catch (error) {
      if (failures >= policy.retries || policy.heals?.(error) === false) throw error;
      if (!signal.aborted) await policy.pause(policy.delay(failures, error), signal);
      if (signal.aborted) throw error;
    }
  }
}
