// `npm run dev`: Node 20 cannot run TypeScript itself, so this starts Vite in middleware mode
// and lets it load the dev server (server/dev.ts) with everything it imports, as it will
// load the app's own modules for server rendering.
import { createServer } from 'node:http';
import { createServer as createViteServer } from 'vite';

const httpServer = createServer();
const vite = await createViteServer({
  appType: 'custom',
  // Hot reload over the same port as the pages.
  server: { middlewareMode: true, ws: { server: httpServer } },
});
const { startDevServer } = await vite.ssrLoadModule('/server/dev.ts');
await startDevServer(vite, httpServer);
