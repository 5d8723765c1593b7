import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from './feed-error';
import {
  FEED_TIMEOUT_MS,
  fetchDocument,
  MAX_FEED_BYTES,
  parseJson,
  retryAfterMs,
} from './fetch-document';

const URL = 'https://news.example/feed';

function serve(body: BodyInit | null, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, init)));
}

async function failure(): Promise<FeedError> {
  const error: unknown = await fetchDocument(URL, '*/*').catch((caught: unknown) => caught);
  if (!(error instanceof FeedError)) throw new Error('expected a FeedError');
  return error;
}

describe('fetchDocument', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the body of an error response for a source that reads it', async () => {
    serve('{"code":"rest_invalid_param"}', { status: 400, statusText: 'Bad Request' });
    const error = await failure();
    expect(error).toMatchObject({ kind: 'http', status: 400, transient: false });
    expect(error.message).toBe(`The feed at ${URL} answered 400 Bad Request.`);
    expect(error.body).toBe('{"code":"rest_invalid_param"}');
  });

  it('keeps only the first 2 KB of a long error page', async () => {
    serve(`<html>${'busy '.repeat(2000)}</html>`, { status: 503 });
    const error = await failure();
    expect(error.transient).toBe(true);
    expect(error.body).toHaveLength(2048);
    expect(error.body?.startsWith('<html>busy busy')).toBe(true);
  });

  it('has no body on an error that never reached a response', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure();
    expect(error).toMatchObject({ kind: 'network', status: null, body: null });
  });

  it('gives the bytes, headers and final URL of a good response', async () => {
    serve('{"a":1}', { headers: { 'Content-Type': 'application/json' } });
    const document = await fetchDocument(URL, 'application/json');
    expect(parseJson(document.bytes, URL)).toEqual({ a: 1 });
    expect(document.headers.get('content-type')).toBe('application/json');
    expect(document.url).toBe(URL);
  });
});

describe('FeedError', () => {
  it('has no body unless one is given, as callers from before it had one expect', () => {
    const error = new FeedError('parse', URL, 'Broken.', null, { cause: 'x' });
    expect(error.body).toBeNull();
    expect(error.cause).toBe('x');
  });
});

describe('fetchDocument limits', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A server that never answers: the request ends only when its signal aborts. */
  function hang() {
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
  }

  it('gives up on a feed that has not answered in 15 s, as a transient network error', async () => {
    vi.useFakeTimers();
    hang();
    const result = fetchDocument(URL, '*/*').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(FEED_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ kind: 'network', transient: true });
    expect((error as FeedError).message).toBe(
      `The feed at ${URL} did not answer within 15 seconds.`,
    );
  });

  it("passes the caller's own abort through untouched", async () => {
    hang();
    const controller = new AbortController();
    const result = fetchDocument(URL, '*/*', controller.signal).catch((error: unknown) => error);
    controller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('refuses a body over 5 MB, declared or not, with a clear error', async () => {
    serve(new Uint8Array(10), { headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) } });
    expect(await failure()).toMatchObject({
      kind: 'format',
      transient: false,
      message: `The feed at ${URL} is larger than 5 MB; the reader does not read feeds that large.`,
    });
    serve(new Uint8Array(MAX_FEED_BYTES + 1));
    expect((await failure()).message).toMatch(/is larger than 5 MB/);
    serve(new Uint8Array(MAX_FEED_BYTES).fill(32));
    expect((await fetchDocument(URL, '*/*')).bytes.byteLength).toBe(MAX_FEED_BYTES);
  });

  it('keeps how long a 429 or 503 asks to wait (Retry-After)', async () => {
    serve('busy', { status: 503, headers: { 'Retry-After': '120' } });
    expect(await failure()).toMatchObject({ status: 503, retryAfterMs: 120_000 });
    serve('slow down', { status: 429 });
    expect(await failure()).toMatchObject({ status: 429, retryAfterMs: null });
    const now = Date.parse('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
