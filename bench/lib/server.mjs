// The bench's own HTTP server, on 127.0.0.1: dist/ as static files (the standalone app, the
// embed bundle, the sample feed and media), the peer page rendered on the server, the host
// pages around the embed, and the long feed. Text is gzipped, as a production server sends it.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { embedPage, hostArticlePage } from './host-pages.mjs';
import { LONG_FEED_FIRST, longFeedPages, sampleItems } from './long-feed.mjs';
import { peerFontsCss, peerRenderer } from './peer-page.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** Hashed files and media may be reused within a visit; pages and feeds are asked again. */
const LONG_LIVED = /^\/(assets|media|embed\/chunks|embed\/assets|peer\/vendor)\//;

export async function startBenchServer({ root, port }) {
  const dist = path.join(root, 'dist');
  const sample = await sampleItems(dist);
  const longFeed = longFeedPages(sample);
  const renderPeer = await peerRenderer(root);
  const fontsCss = await peerFontsCss(root);
  const folders = [
    ['/peer/vendor/swiper/', path.join(root, 'node_modules', 'swiper')],
    ['/peer/vendor/fontsource/', path.join(root, 'node_modules', '@fontsource')],
    ['/peer/', path.join(root, 'bench', 'peer')],
    ['/', dist],
  ];
  const gzipped = new Map();

  const fileFor = (pathname) => {
    for (const [prefix, folder] of folders) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.resolve(folder, `.${pathname.slice(prefix.length - 1)}`);
      if (!file.startsWith(folder + path.sep)) return null;
      if (existsSync(file) && statSync(file).isFile()) return file;
      return null;
    }
    return null;
  };

  async function feedPage(feedPath) {
    const long = /^\/bench\/long-feed\/(\d+)\.json$/.exec(feedPath);
    if (long) return longFeed.get(Number(long[1])) ?? null;
    const file = fileFor(feedPath);
    return file ? JSON.parse(await readFile(file, 'utf8')) : null;
  }

  async function route(url) {
    const { pathname, searchParams } = url;
    if (pathname === '/peer' || pathname === '/peer/') {
      const feedPath = searchParams.get('feed') ?? '/feed.json';
      const page = await feedPage(feedPath);
      if (!page) return { status: 404, type: TYPES['.html'], body: 'no such feed' };
      const extra = Number(searchParams.get('extra')) || 10;
      const body = renderPeer({ page, pageUrl: new URL(feedPath, url).href, extra });
      return { type: TYPES['.html'], body };
    }
    if (pathname === '/peer/fonts.css') return { type: TYPES['.css'], body: fontsCss };
    if (pathname.startsWith('/bench/long-feed/')) {
      const page = await feedPage(pathname);
      return page
        ? { type: TYPES['.json'], body: JSON.stringify(page) }
        : { status: 404, type: TYPES['.json'], body: '{}' };
    }
    if (pathname === '/bench/embed') {
      const long = searchParams.get('feed') === 'long';
      const body = embedPage({
        feedUrl: long ? LONG_FEED_FIRST : '/feed.json',
        maxArticles: Number(searchParams.get('max')) || null,
        // ?hints=module,feed (or 1 for both)
        hints: {
          module: /^1$|module/.test(searchParams.get('hints') ?? ''),
          feed: /^1$|feed/.test(searchParams.get('hints') ?? ''),
        },
      });
      return { type: TYPES['.html'], body };
    }
    if (pathname === '/bench/host-article') {
      const withReader = searchParams.get('reader') === '1';
      return {
        type: TYPES['.html'],
        body: hostArticlePage({
          item: sample[0],
          withReader,
          link: searchParams.get('link') === '1',
        }),
      };
    }
    // The standalone app: files from dist/, any other path is the app's page.
    const file =
      fileFor(pathname) ?? (path.extname(pathname) ? null : path.join(dist, 'index.html'));
    if (!file) return { status: 404, type: 'text/plain', body: 'not found' };
    return { type: TYPES[path.extname(file)] ?? 'application/octet-stream', file };
  }

  async function send(request, response) {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const answer = await route(url);
    const headers = {
      'Content-Type': answer.type,
      'Cache-Control': LONG_LIVED.test(url.pathname) ? 'max-age=3600' : 'no-cache',
    };
    let body = answer.file ? await readFile(answer.file) : Buffer.from(answer.body);
    if (
      COMPRESSIBLE.test(answer.type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      const key = answer.file ?? null;
      const packed = (key && gzipped.get(key)) ?? gzipSync(body);
      if (key) gzipped.set(key, packed);
      body = packed;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(answer.status ?? 200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer((request, response) => {
    send(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sample,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
