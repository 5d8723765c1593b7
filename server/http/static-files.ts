import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/*
 * The files `npm run build` wrote to dist/. Each is registered as its own route at start-up
 * (no wildcard), so the request path is matched against the list of files that exist and is
 * never joined onto a directory: nothing outside dist/ can be reached, and a path that is not
 * a file falls through to the page routes. The server's own bundle, the HTML template and
 * Vite's manifest are not public.
 */

const PRIVATE_FILES = ['server/**', 'index.html', '.vite/**'];

/** Where Vite writes files whose names carry a content hash (`index-CVpPYA7_.js`). */
const HASHED = /^\/(?:assets|embed\/assets|embed\/chunks)\/[^/]+-[\w-]{8}\.\w+(?:\.map)?$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (the sample feed, its pictures, the embed's entry) change in place. */
const SHORT_LIVED = 'public, max-age=300, stale-while-revalidate=3600';

function isHashedAsset(pathname: string): boolean {
  return HASHED.test(pathname);
}

export async function registerStaticFiles(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    globIgnore: PRIVATE_FILES,
    cacheControl: false,
    decorateReply: false,
    setHeaders(response, path) {
      const pathname =
        '/' +
        path
          .slice(root.length)
          .replace(/^[/\\]+/, '')
          .replace(/\\/g, '/');
      response.setHeader('Cache-Control', isHashedAsset(pathname) ? IMMUTABLE : SHORT_LIVED);
    },
  });
}
