import type { FeedPage } from './article';
import { browserEnv, type ContentEnv, type ContentWindow, type FetchLike } from './content-env';
import { FeedError } from './feed-error';

/** A fetched feed document: its bytes (a source decodes them: XML declares its own encoding). */
export interface FetchedDocument {
  readonly bytes: ArrayBuffer;
  readonly headers: Headers;
  /** Where redirects ended: relative URLs in the document resolve against it. */
  readonly url: string;
}

/** A feed that has not answered in this long is given up on, like a dropped connection. */
export const FEED_TIMEOUT_MS = 15_000;
/** The largest feed document read: a page of articles, not an archive (or an attack). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/**
 * The fetchPage of a feed whose pages are addressed by their URL (JSON Feed, RSS, Atom):
 * fetch the document with `accept`, then `read` it in the DOM of `env`.
 */
export function feedPageFetcher(
  accept: string,
  read: (document: FetchedDocument, win: ContentWindow) => FeedPage,
): (url: string, signal?: AbortSignal, env?: ContentEnv) => Promise<FeedPage> {
  return async (url, signal, env = browserEnv()) =>
    read(await fetchDocument(url, accept, signal, env.fetch), env.window);
}

/**
 * GETs a feed document. Every failure becomes a FeedError that says what happened and where;
 * an abort is passed through untouched so a cancelled query stays cancelled. `fetcher` is the
 * browser's fetch, or on the server its feed cache. A request that has not finished in
 * FEED_TIMEOUT_MS is aborted (a transient network error) and a body over MAX_FEED_BYTES is
 * refused, unread.
 */
export async function fetchDocument(
  url: string,
  accept: string,
  signal?: AbortSignal,
  fetcher: FetchLike = browserEnv().fetch,
): Promise<FetchedDocument> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  const timeout = new Error('timeout');
  const timer = setTimeout(() => controller.abort(timeout), FEED_TIMEOUT_MS);
  try {
    return await fetchWithin(url, accept, controller.signal, fetcher);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (controller.signal.reason !== timeout) throw error;
    throw new FeedError(
      'network',
      url,
      `The feed at ${url} did not answer within ${FEED_TIMEOUT_MS / 1000} seconds.`,
      null,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

async function fetchWithin(
  url: string,
  accept: string,
  signal: AbortSignal,
  fetcher: FetchLike,
): Promise<FetchedDocument> {
  let response: Response;
  try {
    response = await fetcher(url, {
      signal,
      headers: { Accept: accept },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal.aborted) throw error;
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
      { body, retryAfterMs: retryAfterMs(response.headers.get('Retry-After')) },
    );
  }
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > MAX_FEED_BYTES) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(url);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await boundedBody(response, url);
  } catch (error) {
    if (signal.aborted || error instanceof FeedError) throw error;
    throw new FeedError('network', url, `The feed at ${url} broke off while loading.`, null, {
      cause: error,
    });
  }
  return { bytes, headers: response.headers, url: response.url || url };
}

function tooLarge(url: string): FeedError {
  return new FeedError(
    'format',
    url,
    `The feed at ${url} is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB; the reader does not read feeds that large.`,
  );
}

/** The body, read until it is whole or MAX_FEED_BYTES (a missing or false Content-Length). */
async function boundedBody(response: Response, url: string): Promise<ArrayBuffer> {
  const reader = response.body?.getReader();
  if (!reader) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > MAX_FEED_BYTES) throw tooLarge(url);
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > MAX_FEED_BYTES) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(url);
    }
    chunks.push(value);
  }
  return joinChunks(chunks, length).buffer as ArrayBuffer;
}

function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Retry-After (RFC 9110 §10.2.3) in milliseconds from now: delay-seconds or an HTTP date;
 * null when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
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
  return utf8Text(joinChunks(chunks, length).subarray(0, SNIPPET_BYTES));
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
