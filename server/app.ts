import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerFactory,
} from 'fastify';
import type { ServerConfig } from './config.ts';
import { isCompressible, registerCompression } from './http/compression.ts';
import { errorPage } from './http/error-page.ts';
import { checkRequestPath } from './http/paths.ts';
import {
  COMMON_HEADERS,
  NONCE_PLACEHOLDER,
  contentSecurityPolicy,
  createNonce,
} from './http/security-headers.ts';
import { SITEMAP_LIMIT, robotsTxt, sitemapXml } from './http/sitemap.ts';
import { registerStaticFiles } from './http/static-files.ts';
import { registerNewsletter } from './newsletter/newsletter-route.ts';
import type { SignupStore } from './newsletter/signup-store.ts';
import type { CachedPage, PageCache } from './page-cache.ts';
import type { Site } from './site.ts';

/*
 * The routes: static files from dist/, robots and sitemap, the newsletter endpoint, and every
 * other GET a page rendered by the site (cached by page-cache.ts). Every response gets the
 * common security headers; pages get their CSP with a fresh nonce, an ETag and cache headers
 * a CDN can carry the load with.
 */

export interface AppOptions {
  readonly config: ServerConfig;
  readonly site: Site;
  readonly pages: PageCache;
  readonly signups: SignupStore;
  /** dist/ in production; null in dev, where Vite serves the files. */
  readonly staticRoot: string | null;
  /** Other origins the browser reads (the feed's and the popular list's, when elsewhere). */
  readonly connectOrigins?: readonly string[];
  readonly logger?: boolean;
  /** Dev mode: Vite's middleware in front of the routes, on one HTTP server. */
  readonly serverFactory?: FastifyServerFactory;
}

/** A host name or address with an optional port: anything else is not a Host header. */
const HOST = /^(?:[\w.-]+|\[[\da-f:.]+\])(?::\d{1,5})?$/i;
/** At most 600 s (README, “The production server”); no longer than a feed copy is reused either. */
const PAGE_MAX_AGE_CAP = 600;
const NOT_FOUND_MAX_AGE = 60;
/** Where the browser reads further feed pages (the renderer's hydration data names it). */
const FEED_PATH = '/api/feed.json';
/** Where it reads a popular list kept on another origin (server/render/rendered-site.ts). */
const POPULAR_PATH = '/api/popular.json';

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, site, pages, signups } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
    // Let in-flight requests finish on close; idle keep-alive connections are closed.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // A URL the router cannot even decode never reaches the hooks: answer it the same way.
    frameworkErrors: (error, _request, reply) => {
      // Its generics are those of a route with a schema; this reply is a plain one.
      void (reply as unknown as FastifyReply)
        .code(400)
        .headers(COMMON_HEADERS)
        .type('text/plain; charset=utf-8')
        .send(error.message);
    },
  });

  const originOf = (request: FastifyRequest): string =>
    config.publicUrl ?? `${request.protocol}://${request.host}`;

  app.addHook('onRequest', async (request, reply) => {
    const path = checkRequestPath(request.raw.url ?? '');
    if (!path.ok) return reply.code(400).type('text/plain; charset=utf-8').send(path.reason);
    if (!HOST.test(request.host))
      return reply.code(400).type('text/plain; charset=utf-8').send('Bad Host header.');
    return undefined;
  });
  // Closing: a request already in flight still gets its answer, then its connection ends
  // (Node only closes the connections that were idle when closing began).
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(COMMON_HEADERS);
    if (closing) reply.header('connection', 'close');
    // Also when this response is not compressed: a cache must not hand it to a client that
    // asked for brotli, nor a compressed one to a client that did not.
    if (isCompressible(reply.getHeader('content-type')) && !reply.hasHeader('vary'))
      reply.header('vary', 'accept-encoding');
    return payload;
  });
  app.setErrorHandler(async (error: { statusCode?: number; message: string }, request, reply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    reply.code(status).header('Cache-Control', 'no-store');
    if (request.url.startsWith('/api/')) return reply.send({ error: error.message });
    return reply
      .type('text/plain; charset=utf-8')
      .send(status >= 500 ? 'Server error' : error.message);
  });

  await registerCompression(app);
  if (options.staticRoot !== null) await registerStaticFiles(app, options.staticRoot);

  registerNewsletter(app, { store: signups, allowedOrigins: (request) => [originOf(request)] });

  // The home page has one address: the client reads /index.html as '/', and so does the server.
  app.get('/index.html', async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=3600').redirect('/', 301),
  );

  app.get('/robots.txt', async (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('Cache-Control', 'public, max-age=3600')
      .send(robotsTxt(originOf(request))),
  );

  if (site.listArticles) {
    app.get('/sitemap.xml', async (request, reply) => {
      let entries;
      try {
        entries = (await site.listArticles?.(originOf(request), SITEMAP_LIMIT)) ?? [];
      } catch (error) {
        // A feed that cannot be read is the feed's failure, not the server's (as for pages).
        if (!isFeedError(error)) throw error;
        request.log.error(error, 'the sitemap could not read the feed');
        return reply
          .code(502)
          .type('text/plain; charset=utf-8')
          .header('Cache-Control', 'no-store')
          .send('The news feed could not be read.');
      }
      return reply
        .type('application/xml; charset=utf-8')
        .header('Cache-Control', `public, max-age=${pageMaxAge(config)}`)
        .send(sitemapXml(entries));
    });
  }

  // The feed's pages, and a popular list kept elsewhere, on the site's own origin (a
  // publisher's feed may send no CORS headers), cached like pages: keyed by what was asked,
  // kept while the feed documents hold.
  const feedRoute = (path: string, read: NonNullable<Site['feedPage']>) =>
    app.get(path, async (request, reply) => {
      const query = new URL(request.url, 'http://site').searchParams;
      const asked = { page: query.get('page') ?? undefined, from: query.get('from') ?? undefined };
      const origin = originOf(request);
      const key = `${origin}${path}?page=${asked.page ?? ''}&from=${asked.from ?? ''}`;
      let answer: CachedPage;
      try {
        answer = await pages.get(key, async () => {
          const { status, body } = await read(asked, origin);
          return { status, html: JSON.stringify(body) };
        });
      } catch (error) {
        request.log.error(error, 'a feed page could not be read');
        const status = isFeedError(error) ? 502 : 500;
        answer = {
          status,
          html: JSON.stringify({ error: 'The feed could not be read.' }),
          etag: '',
        };
      }
      reply
        .code(answer.status)
        .type(answer.status === 200 ? 'application/feed+json' : 'application/json')
        .header('Cache-Control', cacheControl(answer.status, config));
      if (answer.etag !== '') reply.header('ETag', answer.etag);
      if (answer.status === 200 && request.headers['if-none-match'] === answer.etag)
        return reply.code(304).send();
      return reply.send(answer.html);
    });
  if (site.feedPage) feedRoute(FEED_PATH, site.feedPage.bind(site));
  if (site.popularPage) feedRoute(POPULAR_PATH, site.popularPage.bind(site));

  const connect = options.connectOrigins ?? [];
  app.get('/*', async (request, reply) => {
    const path = request.raw.url?.split(/[?#]/, 1)[0] ?? '/';
    const origin = originOf(request);
    let page: CachedPage;
    try {
      page = await pages.get(origin + path, () =>
        site.renderPage({ path, origin, nonce: NONCE_PLACEHOLDER }),
      );
    } catch (error) {
      request.log.error(error, 'a page could not be rendered');
      page = failurePage(error);
    }
    return sendPage(request, reply, page, config, connect);
  });

  app.setNotFoundHandler(async (_request, reply) =>
    reply.code(404).type('text/plain; charset=utf-8').send('Not found'),
  );
  return app;
}

function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: CachedPage,
  config: ServerConfig,
  connect: readonly string[],
): FastifyReply {
  reply.code(page.status).type('text/html; charset=utf-8').header('ETag', page.etag);
  reply.header('Cache-Control', cacheControl(page.status, config));
  if (page.status === 200 && request.headers['if-none-match'] === page.etag) {
    // No CSP on a 304: the browser keeps the stored page with the nonce its own CSP names.
    return reply.code(304).send();
  }
  const nonce = createNonce();
  reply.header('Content-Security-Policy', contentSecurityPolicy(nonce, connect));
  return reply.send(page.html.replaceAll(NONCE_PLACEHOLDER, nonce));
}

function cacheControl(status: number, config: ServerConfig): string {
  if (status === 200)
    return `public, max-age=${pageMaxAge(config)}, stale-while-revalidate=${PAGE_MAX_AGE_CAP}`;
  if (status === 404)
    return `public, max-age=${NOT_FOUND_MAX_AGE}, stale-while-revalidate=${NOT_FOUND_MAX_AGE}`;
  return 'no-store';
}

function pageMaxAge(config: ServerConfig): number {
  return Math.min(config.feedTtlSeconds, PAGE_MAX_AGE_CAP);
}

/** The content layer's FeedError: the feed could not be read, so the answer is 502. */
function isFeedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'FeedError';
}

function failurePage(error: unknown): CachedPage {
  const feed = isFeedError(error);
  const [status, title, detail] = feed
    ? [502, 'The news feed could not be read', 'The articles will be back as soon as it answers.']
    : [500, 'This page could not be shown', 'Something went wrong on our side.'];
  return { status, html: errorPage(status, title, detail), etag: 'W/"error"' };
}
