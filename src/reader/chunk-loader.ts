import { retryDelayMs } from '../content/feed-error';
import { retryableImport } from '../content/retryable-import';
import { loadWithRetry, pauseOrOnline } from '../shared/retry-load';

/** How many times a chunk's failed load is tried again before its part is given up. */
const CHUNK_RETRIES = 3;

/**
 * A lazy chunk's loader: a failed load is tried again on the feed's backoff, each pause cut
 * short by `online` (contract section 4) and ended at once by the caller's `signal` (its
 * unmount), under a URL of its own each time (retryable-import.ts); after the last try the
 * caller hears of the failure. Each caller runs its own tries; the browser fetches and runs
 * the module once however many import it.
 */
export function chunkLoader<T>(load: () => Promise<T>): (signal: AbortSignal) => Promise<T> {
  const importChunk = retryableImport(load);
  return (signal) =>
    loadWithRetry(importChunk, {
      retries: CHUNK_RETRIES,
      delay: retryDelayMs,
      pause: pauseOrOnline(window),
      signal,
    });
}
