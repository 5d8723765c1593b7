import { FeedError } from './feed-error';

/**
 * GETs a feed document as text. Every failure becomes a FeedError that says what happened
 * and where; an abort is passed through untouched so a cancelled query stays cancelled.
 */
export async function fetchDocument(
  url: string,
  accept: string,
  signal?: AbortSignal,
): Promise<{ text: string; url: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: accept },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', url, `The feed at ${url} could not be reached.`, null, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new FeedError(
      'http',
      url,
      `The feed at ${url} answered ${response.status} ${response.statusText}`.trim() + '.',
      response.status,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', url, `The feed at ${url} broke off while loading.`, null, {
      cause: error,
    });
  }
  // response.url is where redirects ended: relative URLs in the document resolve against it.
  return { text, url: response.url || url };
}
