// The standalone app as `npm run serve` runs it (issue 8's production server), started on
// its own port for the run. Until that server renders article pages, the scenario reports
// itself skipped with the reason, and the web-font figure comes from the client-rendered
// app that the bench server serves from dist/.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sleep } from './phases.mjs';

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.status, html: await response.text() };
  } catch {
    return null;
  }
}

const plain = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Starts `npm run serve` when it is the production server, and checks that it renders the
 * article in its HTML. Returns { origin, stop } or { skipped: reason }.
 */
export async function startStandalone({ root, port, article }) {
  const { scripts = {} } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  if (!scripts.serve) return { skipped: 'package.json has no "serve" script' };
  if (/^vite preview\b/.test(scripts.serve))
    return {
      skipped: 'npm run serve is still `vite preview`: the production server is not on main',
    };
  const child = spawn('npm', ['run', 'serve'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // npm and the server it started: this group
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(5000)]);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  let page = null;
  while (!page && Date.now() < deadline && child.exitCode === null) {
    page = await answers(origin + article.url);
    if (!page) await sleep(300);
  }
  if (!page) {
    await stop();
    return {
      skipped: `npm run serve did not answer on ${origin} within 30 s: ${output.slice(-300)}`,
    };
  }
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(page.html);
  if (page.status !== 200 || !heading || !plain(heading[1]).includes(article.title)) {
    await stop();
    return {
      skipped: `npm run serve answers ${page.status} on ${article.url} without the article's title in an <h1>: the server does not render articles yet`,
    };
  }
  const preloadedFonts = [
    ...page.html.matchAll(/<link\b[^>]*rel="?preload"?[^>]*as="?font"?[^>]*>/gi),
  ].length;
  return { origin, stop, preloadedFonts };
}
