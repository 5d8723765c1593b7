import { setNewest } from './bounded-map.ts';

/*
 * Upstream feed documents, kept in memory and shared by every page view (README, “The production server”).
 * A copy younger than the TTL is served as it is; an older one is served at once while one
 * request in the background fetches the fresh copy (stale-while-revalidate). Concurrent
 * requests for a URL that is not cached yet share one upstream request. A request that takes
 * longer than the timeout is cut off; a failing feed keeps its last good copy, and the fresh
 * one replaces it as soon as the feed answers again. Only successful answers are kept.
 */

/** The content layer's fetch: what `fetch` is in a browser, and what this cache offers. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface FeedCacheOptions {
  /** Where documents really come from (globalThis.fetch, or a test's). */
  readonly upstream: FetchLike;
  readonly ttlSeconds: number;
  /** Contract section 8: a feed slower than 10 s is cut off. */
  readonly timeoutMs?: number;
  /** The cap on cached documents; the least recently used go first. */
  readonly maxEntries?: number;
  /** Larger documents are passed on but not kept. */
  readonly maxBodyBytes?: number;
  /** How long a failed refresh waits before the next try, so a dead feed is not hammered. */
  readonly retryDelayMs?: number;
  readonly now?: () => number;
  readonly warn?: (message: string) => void;
}

export interface FeedCache {
  /** fetch-compatible: GET and HEAD are cached; anything else goes straight upstream. */
  readonly fetch: FetchLike;
  /** Changes whenever the body cached for `url` changes; undefined when nothing is cached. */
  versionOf(url: string): number | undefined;
  /** Starts a background refresh when the copy of `url` is older than the TTL. */
  refreshIfStale(url: string): void;
  readonly size: number;
}

interface Entry {
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
  readonly version: number;
  readonly accept: string | null;
  fetchedAt: number;
  failedAt: number | null;
}

/** A fresh answer that was not kept: an error status, or a body over the cap. */
interface Passed {
  readonly entry: Entry;
  readonly kept: boolean;
}

// Headers that describe the transfer, not the document: the cache re-sends decoded bytes.
const DROPPED_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

export function createFeedCache(options: FeedCacheOptions): FeedCache {
  const {
    upstream,
    timeoutMs = 10_000,
    maxEntries = 500,
    maxBodyBytes = 16 * 1024 * 1024,
    retryDelayMs = Math.min(options.ttlSeconds * 1000, 2_000),
    now = Date.now,
    warn = (message: string) => console.warn(`[article-reader] ${message}`),
  } = options;
  const ttlMs = options.ttlSeconds * 1000;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Passed>>();
  // A URL with no copy whose last request failed (dead, or cut off): callers within the retry
  // delay get the same failure at once, so a page view that reads a document twice, or a
  // burst of readers one after another, waits for the timeout once, not once per read.
  const failures = new Map<string, { readonly error: Error; readonly at: number }>();
  const failureMemoMs = Math.max(retryDelayMs, 1_000);
  let versions = 0;

  const load = (url: string, accept: string | null): Promise<Passed> => {
    const running = inFlight.get(url);
    if (running) return running;
    const request = fetchUpstream(url, accept).then(
      (passed) => {
        failures.delete(url);
        return passed;
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (!entries.has(url)) setNewest(failures, url, { error: failure, at: now() }, maxEntries);
        throw failure;
      },
    );
    const shared = request.finally(() => inFlight.delete(url));
    inFlight.set(url, shared);
    return shared;
  };

  const recentFailure = (url: string): Error | undefined => {
    const failure = failures.get(url);
    if (failure === undefined) return undefined;
    if (now() - failure.at < failureMemoMs) return failure.error;
    failures.delete(url);
    return undefined;
  };

  const fetchUpstream = async (url: string, accept: string | null): Promise<Passed> => {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let body: Uint8Array;
    try {
      response = await upstream(url, { signal, headers: accept ? { Accept: accept } : {} });
      // The timeout covers the body too: a feed that trickles is as slow as one that waits.
      body = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (signal.aborted) throw new TypeError(`${url} took longer than ${timeoutMs} ms.`);
      throw error;
    }
    const previous = entries.get(url);
    const unchanged = previous !== undefined && sameBytes(previous.body, body);
    const entry: Entry = {
      url: response.url || url,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name)),
      body,
      version: unchanged ? previous.version : ++versions,
      accept,
      fetchedAt: now(),
      failedAt: null,
    };
    const kept = response.ok && body.byteLength <= maxBodyBytes;
    if (kept) store(url, entry);
    return { entry, kept };
  };

  const store = (url: string, entry: Entry): void => setNewest(entries, url, entry, maxEntries);

  const refresh = (url: string, entry: Entry): void => {
    const time = now();
    if (time - entry.fetchedAt < ttlMs) return;
    if (entry.failedAt !== null && time - entry.failedAt < retryDelayMs) return;
    load(url, entry.accept).then(
      ({ kept, entry: answer }) => {
        if (!kept) failed(url, entry, `answered ${answer.status}`);
      },
      (error: unknown) => failed(url, entry, describe(error)),
    );
  };

  const failed = (url: string, entry: Entry, reason: string): void => {
    entry.failedAt = now();
    warn(`Refreshing ${url} failed (${reason}); serving the copy from ${iso(entry.fetchedAt)}.`);
  };

  const cachedFetch: FetchLike = async (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const url = new URL(input).href;
    if (method !== 'GET' && method !== 'HEAD') {
      return upstream(url, { ...init, signal: anySignal(init.signal, timeoutMs) });
    }
    const cached = entries.get(url);
    if (cached) {
      // Touched: the least recently used is the first to go when the cache is full.
      entries.delete(url);
      entries.set(url, cached);
      refresh(url, cached);
      return respond(cached, method);
    }
    const failure = recentFailure(url);
    if (failure !== undefined) throw failure;
    const accept = new Headers(init.headers).get('Accept');
    const { entry } = await abortable(load(url, accept), init.signal);
    return respond(entry, method);
  };

  return {
    fetch: cachedFetch,
    versionOf: (url) => entries.get(normalise(url))?.version,
    refreshIfStale(url) {
      const entry = entries.get(normalise(url));
      if (entry) refresh(normalise(url), entry);
    },
    get size() {
      return entries.size;
    },
  };
}

function respond(entry: Entry, method: string): Response {
  const response = new Response(method === 'HEAD' ? null : entry.body.slice(), {
    status: entry.status,
    statusText: entry.statusText,
    headers: entry.headers as [string, string][],
  });
  // A constructed Response has no URL; relative links in the document resolve against it.
  Object.defineProperty(response, 'url', { value: entry.url });
  return response;
}

/** The shared request goes on for the others when one caller gives up. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function anySignal(signal: AbortSignal | null | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

function normalise(url: string): string {
  return new URL(url).href;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error.message + cause;
}

function iso(time: number): string {
  return new Date(time).toISOString();
}
