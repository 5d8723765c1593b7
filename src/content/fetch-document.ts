import { browserEnv, type FetchLike } from './content-env';
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
 * an abort is passed through untouched so a cancelled query stays cancelled. `fetcher` is the
 * browser's fetch, or on the server its feed cache.
 */
export async function fetchDocument(
  url: string,
  accept: string,
  signal?: AbortSignal,
  fetcher: FetchLike = browserEnv().fetch,
): Promise<FetchedDocument> {
  let response: Response;
  try {
    response = await fetcher(url, {
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
    const body = await bodySnippet(response, signal);
    throw new FeedError(
      'http',
      url,
      `The feed at ${url} answered ${response.status} ${response.statusText}`.trim() + '.',
      response.status,
      { body },
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

/** Enough of an error body to hold an API's error object, not a whole error page. */
const SNIPPET_BYTES = 2048;

/**
 * The first bytes of an error response's body as text ('' for none), or null when reading it
 * failed; the rest is not downloaded. A character cut at the end becomes U+FFFD.
 */
async function bodySnippet(response: Response, signal?: AbortSignal): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
  // Nobody needs the rest; cancelling tells the server so (a failure to say so changes nothing).
  reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return utf8Text(bytes.subarray(0, SNIPPET_BYTES));
}

/** UTF-8 text, as JSON is (RFC 8259); a byte-order mark is dropped. */
function utf8Text(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A JSON document's value; bytes that are not JSON are a parse FeedError about `url`. */
export function parseJson(bytes: ArrayBuffer, url: string): unknown {
  try {
    return JSON.parse(utf8Text(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('parse', url, `The feed at ${url} is not valid JSON (${reason}).`, null, {
      cause: error,
    });
  }
}
