import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './test/http-client.ts';
import {
  HASHED_SCRIPT,
  SCRIPT_TEXT,
  startTestServer,
  type TestServer,
} from './test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const get = (path: string, headers?: Record<string, string>) => send(server.url, path, { headers });

describe('the production server', () => {
  it('answers an article path with HTML, the shell until a renderer is given', async () => {
    const answer = await get('/world/2026/11/25/a-story');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.text).toContain('<main id="root">');
  });

  it('sends nosniff and a Referrer-Policy with every response', async () => {
    for (const path of ['/', HASHED_SCRIPT, '/robots.txt', '/%zz']) {
      const answer = await get(path);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('gives each page a CSP with its own nonce and no unsafe-inline script', async () => {
    const [one, two] = await Promise.all([get('/a'), get('/a')]);
    const nonces = [one, two].map((answer) => {
      const policy = String(answer.headers['content-security-policy']);
      const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src'));
      expect(scriptSrc).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc ?? '')?.[1];
      expect(answer.text).toContain(`nonce="${nonce ?? 'missing'}"`);
      expect(answer.text).not.toContain('__ARTICLE_READER_CSP_NONCE__');
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('caches HTML briefly, with stale-while-revalidate and an ETag it honours', async () => {
    const page = await get('/a');
    const cacheControl = String(page.headers['cache-control']);
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1]);
    expect(maxAge).toBeLessThanOrEqual(600);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    const etag = String(page.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/a', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('caches hashed files for a year as immutable, and other files briefly', async () => {
    expect((await get(HASHED_SCRIPT)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const picture = await get('/media/01-lead.svg');
    expect(picture.status).toBe(200);
    expect(picture.headers['cache-control']).not.toContain('immutable');
    expect(picture.headers['cache-control']).toMatch(/max-age=\d{1,3}\b/);
  });

  it('compresses HTML and scripts with brotli or gzip, varying on Accept-Encoding', async () => {
    const brotli = await get(HASHED_SCRIPT, { 'Accept-Encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT_TEXT);
    const gzip = await get('/a', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toContain('<main id="root">');
    const plain = await get(HASHED_SCRIPT);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const answer of [brotli, gzip, plain])
      expect(String(answer.headers.vary).toLowerCase()).toContain('accept-encoding');
  });

  it('sends /index.html to the home page, its one address', async () => {
    const answer = await get('/index.html');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/');
  });

  it('names the sitemap in robots.txt', async () => {
    const robots = await get('/robots.txt');
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toMatch(new RegExp(`^Sitemap: ${server.url}/sitemap.xml$`, 'm'));
  });

  it('uses PUBLIC_URL for the site’s own links', async () => {
    const behindCdn = await startTestServer({ PUBLIC_URL: 'https://news.example/' });
    try {
      expect((await send(behindCdn.url, '/robots.txt')).text).toContain(
        'Sitemap: https://news.example/sitemap.xml',
      );
    } finally {
      await behindCdn.stop();
    }
  });

  it('never serves the server’s own code, the template or dot files', async () => {
    for (const path of ['/server/index.js', '/.vite/manifest.json', '/index.html']) {
      const answer = await get(path);
      expect(answer.text, path).not.toContain('secret server code');
      expect(answer.text, path).not.toBe('{}');
    }
  });

  it.each([
    ['..', '/../../../../etc/passwd'],
    ['encoded ..', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slashes', '/media/..%2f..%2f..%2fpackage.json'],
    ['an encoded NUL', '/feed.json%00.html'],
    ['a 10 KB path', '/' + 'a'.repeat(10_240)],
    ['invalid percent-encoding', '/%E0%A4%A'],
    ['a lone %', '/100%'],
  ])('refuses a path with %s with 400, and keeps serving', async (_name, path) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(/root:|"name": "article-reader"/);
    expect((await get('/robots.txt')).status).toBe(200);
  });

  it('answers 404 for a method no route takes', async () => {
    expect((await send(server.url, '/robots.txt', { method: 'DELETE' })).status).toBe(404);
  });
});
