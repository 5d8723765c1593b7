import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FetchLike } from './feed-cache.ts';

/*
 * The feed cache's upstream. A document on the server's own origin (the bundled sample feed,
 * FEED_URL=/feed.json) is read from the folder the server serves, not over a request to
 * itself; anything else is a real fetch.
 */

const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

export function createUpstream(
  selfOrigin: string,
  root: string,
  remote: FetchLike = (url, init) => fetch(url, init),
): FetchLike {
  const base = resolve(root);
  return async (url, init) => {
    const target = new URL(url);
    if (target.origin !== selfOrigin) return remote(url, init);
    const file = resolve(base, '.' + decodeURIComponent(target.pathname));
    if (!file.startsWith(base + sep) || !(await isFile(file)))
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return new Response(await readFile(file), { headers: { 'Content-Type': type } });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
