import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../config.ts';
import { NONCE_PLACEHOLDER } from '../http/security-headers.ts';
import { startServer, type RunningServer, type ServeOptions } from '../serve.ts';
import { createShellSite } from '../shell-site.ts';

export const HASHED_SCRIPT = '/assets/index-AbCd12_-.js';
/** Long enough to be worth compressing. */
export const SCRIPT_TEXT = 'console.log("the reader");\n'.repeat(200);

/** A dist/ as `npm run build` makes it, in miniature, with files that must stay private. */
async function makeDist(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'article-reader-dist-'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="en"><head><title>Shell</title><script type="module" src="${HASHED_SCRIPT}" nonce="${NONCE_PLACEHOLDER}"></script></head><body><main id="root"></main>${'<!-- padding -->'.repeat(80)}</body></html>`,
    [HASHED_SCRIPT.slice(1)]: SCRIPT_TEXT,
    'media/01-lead.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'feed.json': JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }),
    'server/index.js': 'secret server code',
    '.vite/manifest.json': '{}',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

export interface TestServer extends RunningServer {
  readonly root: string;
  readonly newsletterFile: string;
  stop(): Promise<void>;
}

/** The production server on a port of the system's choosing, on a miniature dist/. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: Partial<ServeOptions> = {},
): Promise<TestServer> {
  const root = await makeDist();
  const newsletterFile = join(root, 'data', 'newsletter-signups.jsonl');
  const server = await startServer({
    config: loadConfig({ PORT: '0', ...env }, () => undefined),
    createSite: createShellSite,
    root,
    staticRoot: root,
    newsletterFile,
    ...options,
  });
  return {
    ...server,
    root,
    newsletterFile,
    async stop() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
