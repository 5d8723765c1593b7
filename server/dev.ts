import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { loadConfig } from './config.ts';
import { closeOnSignals, startServer } from './serve.ts';
import type { CreateSite, SiteContext } from './site.ts';

/*
 * The dev server (`npm run dev`, started by dev-launch.mjs): the production server's routes,
 * caches and headers, with Vite's middleware in front on the same HTTP server. Vite serves the
 * app's modules with hot reload and public/; everything else (pages, the newsletter, robots)
 * is answered as in production, rendered by the current code: the site's modules are loaded
 * through Vite on every page, so an edit shows on the next reload.
 */
export async function startDevServer(vite: ViteDevServer, httpServer: Server): Promise<void> {
  const config = loadConfig(process.env);
  const indexHtml = join(vite.config.root, 'index.html');
  const server = await startServer({
    config,
    createSite: (context) => freshSite(vite, context),
    root: vite.config.publicDir,
    staticRoot: null,
    cachePages: false,
    template: async (path) => vite.transformIndexHtml(path, await readFile(indexHtml, 'utf8')),
    serverFactory: (handler) => {
      httpServer.on('request', (request, response) => {
        vite.middlewares(request, response, () => handler(request, response));
      });
      return httpServer;
    },
  });
  console.log(`Article Reader (dev, hot reload) is being served at ${server.url}`);
  closeOnSignals(
    {
      ...server,
      close: async () => Promise.all([server.close(), vite.close()]).then(() => undefined),
    },
    process,
    (code) => process.exit(code),
  );
}

function freshSite(vite: ViteDevServer, context: SiteContext): ReturnType<CreateSite> {
  const load = async () => {
    const entry = (await vite.ssrLoadModule('/server/site-entry.ts')) as {
      createSite: CreateSite;
    };
    return entry.createSite(context);
  };
  return {
    renderPage: async (request) => (await load()).renderPage(request),
    listArticles: async (origin, limit) =>
      (await (await load()).listArticles?.(origin, limit)) ?? [],
    feedPage: async (query, origin) =>
      (await (await load()).feedPage?.(query, origin)) ?? { status: 404, body: {} },
  };
}
