import type { Article } from '../content/article';
import { isFeedError, retryDelayMs } from '../content/feed-error';
import { fetchJsonFeedPage } from '../content/sources/json-feed';
import { loadWithRetry, pauseOrOnline, type Pause } from '../shared/retry-load';

/** How many more times a failed list is asked for before the widget steps aside. */
const RETRIES = 2;

/**
 * The articles of the "Most popular" feed at `url` (absolute), the first `count` of its first
 * page. A failure that may heal (a dropped connection, a 5xx, a 429) is asked again twice,
 * with backoff and at once when the connection is back (contract section 4); one that will
 * not (a 404, a broken document) is not. The widget is furniture: it needs no query cache
 * (docs/decisions/0140), and once this rejects it steps aside. Rejects too when `signal`
 * aborts, which also ends a pause between tries at once.
 */
export async function fetchPopular(
  url: string,
  count: number,
  signal: AbortSignal,
  pause: Pause = pauseOrOnline(window),
): Promise<readonly Article[]> {
  const page = await loadWithRetry(() => fetchJsonFeedPage(url, signal), {
    retries: RETRIES,
    // From 0.5-1 s, about the 1 s its single retry waited before; Retry-After is honoured.
    delay: (failures, error) => retryDelayMs(failures + 1, error),
    pause,
    heals: (error) => isFeedError(error) && error.transient,
    signal,
  });
  return page.articles.slice(0, count);
}
