import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from './feed-error';
import { fetchDocument, parseJson } from './fetch-document';

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
