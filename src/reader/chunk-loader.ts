import { retryDelayMs } from '../content/feed-error';
import { retryableImport } from '../content/retryable-import';
import { loadWithRetry, type Pause } from './retry-load';

/** How many times a chunk's failed load is tried again before its part is given up. */
const CHUNK_RETRIES = 3;

/**
 * A lazy chunk that a page fetches once, for every reader on it: a failed load is tried again
 * on the feed's backoff, each pause cut short by `online` (contract section 4), under a URL of
 * its own each time (retryable-import.ts); after the last try the caller hears of the failure,
 * and the next caller asks afresh.
 */
export function chunkLoader<T>(load: () => Promise<T>): (pause: Pause) => Promise<T> {
  const importChunk = retryableImport(load);
  let loading: Promise<T> | null = null;
  return (pause) => {
    loading ??= loadWithRetry(importChunk, {
      retries: CHUNK_RETRIES,
      delay: retryDelayMs,
      pause,
      wanted: () => true,
    }).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
