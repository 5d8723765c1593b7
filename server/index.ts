/*
 * The production server (`npm run serve`, after `npm run build`): reads its settings from the
 * environment, serves dist/ and the rendered pages, and prints where it answers. Built by
 * Vite into dist/server/index.js (docs/decisions/0010-production-server.md).
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { closeOnSignals, startServer } from './serve.ts';
import { createSite } from './site-entry.ts';

// dist/server/index.js → dist/
const root = fileURLToPath(new URL('..', import.meta.url));
const config = loadConfig(process.env);
const server = await startServer({ config, createSite, root, staticRoot: root });
console.log(`Article Reader is being served at ${server.url}`);
closeOnSignals(server, process, (code) => process.exit(code));
