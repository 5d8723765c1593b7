import type { Article } from '../content/article';
import { fetchJsonFeedPage } from '../content/sources/json-feed';

/** A failed list is asked for once more after this, then the widget steps aside. */
const RETRY_AFTER_MS = 1000;

/**
 * The articles of the "Most popular" feed at `url` (absolute), the first `count` of its first
 * page. One request, and one more after a failure: the widget is furniture, it needs no
 * query cache (docs/decisions/0140). Rejects when both fail or `signal` aborts.
 */
export async function fetchPopular(
  url: string,
  count: number,
  signal: AbortSignal,
  wait: (ms: number, signal: AbortSignal) => Promise<void> = delay,
): Promise<readonly Article[]> {
  try {
    return (await fetchJsonFeedPage(url, signal)).articles.slice(0, count);
  } catch (error) {
    if (signal.aborted) throw error;
    await wait(RETRY_AFTER_MS, signal);
    return (await fetchJsonFeedPage(url, signal)).articles.slice(0, count);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}
