import { FeedError } from './feed-error';

/** A fetched feed document: its bytes (a source decodes them: XML declares its own encoding). */
export interface FetchedDocument {
  readonly bytes: ArrayBuffer;
  readonly headers: Headers;
  /** Where redirects ended: relative URLs in the document resolve against it. */
  readonly url: string;
}

/**
 * GETs a feed document. Every failure becomes a FeedError that says what happened and where;
 * an abort is passed through untouched so a cancelled query stays cancelled.
 */
export async function fetchDocument(
  url: string,
  accept: string,
  signal?: AbortSignal,
): Promise<FetchedDocument> {
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
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', url, `The feed at ${url} broke off while loading.`, null, {
      cause: error,
    });
  }
  return { bytes, headers: response.headers, url: response.url || url };
}

/** UTF-8 text, as JSON is (RFC 8259); a byte-order mark is dropped. */
export function utf8Text(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}
