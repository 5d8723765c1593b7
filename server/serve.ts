import type { FastifyInstance, FastifyServerFactory } from 'fastify';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createFeedCache, type FetchLike } from './feed-cache.ts';
import { createUpstream } from './local-upstream.ts';
import { createSignupStore } from './newsletter/signup-store.ts';
import { createPageCache } from './page-cache.ts';
import { inlineStylesheets } from './render/inline-styles.ts';
import type { CreateSite } from './site.ts';

/*
 * One running server: the port it could have, the caches, the site and the routes, put
 * together from a config. index.ts runs it for `npm run serve`; dev.ts with Vite in front;
 * tests with their own feeds and folders.
 */

export interface ServeOptions {
  readonly config: ServerConfig;
  readonly createSite: CreateSite;
  /** The folder the server's own files come from: dist/ (or public/ in dev). */
  readonly root: string;
  /** null: no static routes (in dev, Vite serves the files). */
  readonly staticRoot: string | null;
  readonly template?: (path: string) => Promise<string>;
  /** Where documents on other origins come from; globalThis.fetch unless a test says. */
  readonly remoteFetch?: FetchLike;
  readonly newsletterFile?: string;
  /** Dev mode keeps no rendered pages: the code that made them changes under it. */
  readonly cachePages?: boolean;
  readonly serverFactory?: FastifyServerFactory;
  /** How long the feed may take (contract section 8: 10 s); tests shorten it. */
  readonly feedTimeoutMs?: number;
  readonly logger?: boolean;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** Where it answers, e.g. http://127.0.0.1:4173. */
  readonly url: string;
  close(): Promise<void>;
}

/** Tried after a default port that is taken (README, the commands at the top: "or the next free port"). */
const NEXT_PORTS = 20;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { config } = options;
  // Port 0 (tests): the system picks one now, so the server knows its own origin before it
  // listens.
  const port =
    config.portIsDefault || config.port === 0
      ? await freePort(config.host, config.port)
      : config.port;
  const selfOrigin = `http://${urlHost(config.host)}:${port}`;
  const feedCache = createFeedCache({
    upstream: createUpstream(selfOrigin, options.root, options.remoteFetch),
    ttlSeconds: config.feedTtlSeconds,
    ...(options.feedTimeoutMs === undefined ? {} : { timeoutMs: options.feedTimeoutMs }),
  });
  const pages = createPageCache(feedCache, options.cachePages === false ? 0 : undefined);
  const signups = createSignupStore(
    options.newsletterFile ?? join(process.cwd(), 'data', 'newsletter-signups.jsonl'),
  );
  const feedUrl = new URL(config.feedUrl, selfOrigin).href;
  const popularUrl =
    config.popularUrl === null ? null : new URL(config.popularUrl, selfOrigin).href;
  const site = options.createSite({
    config,
    feedUrl,
    popularUrl,
    fetch: pages.fetch,
    template: options.template ?? fileTemplate(join(options.root, 'index.html')),
  });
  const app = await createApp({
    config,
    site,
    pages,
    signups,
    staticRoot: options.staticRoot,
    connectOrigins: [feedUrl, popularUrl].flatMap((url) =>
      url === null || new URL(url).origin === selfOrigin ? [] : [new URL(url).origin],
    ),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  });
  await app.listen({ port, host: config.host });
  return {
    app,
    url: selfOrigin,
    async close() {
      await app.close();
      await signups.close();
    },
  };
}

/**
 * SIGTERM (and Ctrl+C): stop taking connections, let the requests in flight finish, then exit
 * 0. A request that never ends cannot hold the process past `graceMs`.
 */
export function closeOnSignals(
  server: RunningServer,
  signals: { once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown },
  exit: (code: number) => void,
  graceMs = 25_000,
): void {
  const stop = () => {
    const timer = setTimeout(() => exit(1), graceMs);
    timer.unref();
    server.close().then(
      () => {
        clearTimeout(timer);
        exit(0);
      },
      (error: unknown) => {
        console.error('[article-reader] Closing the server failed:', error);
        exit(1);
      },
    );
  };
  signals.once('SIGTERM', stop);
  signals.once('SIGINT', stop);
}

function fileTemplate(file: string): (path: string) => Promise<string> {
  let html: Promise<string> | null = null;
  return () =>
    (html ??= readFile(file, 'utf8').then((page) => inlineStylesheets(page, dirname(file))));
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function freePort(host: string, first: number): Promise<number> {
  const last = first === 0 ? 0 : Math.min(first + NEXT_PORTS, 65_535);
  for (let port = first; port <= last; port += 1) {
    const free = await listenable(host, port);
    if (free !== null) return free;
  }
  throw new Error(`No free port from ${first} to ${last} on ${host}.`);
}

/** The port a server could listen on (the one given, or the system's pick for 0), or null. */
function listenable(host: string, port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(null));
    probe.listen({ port, host, exclusive: true }, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : null));
    });
  });
}
