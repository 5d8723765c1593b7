// What the trace scripts (trace-landing.mjs, trace-reading.mjs) share: their flags, the
// check that there is a build, and the bench server and browser they trace in.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../../scripts/chromium.mjs';
import { startBenchServer } from './server.mjs';

/** `--runs=N` (whole, >= 1), `--path=` (the page), BENCH_PORT; throws without a build. */
export function traceSettings(root, { runs: defaultRuns }) {
  const arg = (name, fallback) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const runs = Number(arg('runs', String(defaultRuns)));
  if (!existsSync(path.join(root, 'dist', 'embed', 'article-reader.js')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number >= 1');
  return {
    runs,
    pagePath: arg('path', '/bench/embed'),
    port: Number(process.env.BENCH_PORT ?? 4471),
  };
}

/** The bench's server on `port` and a Chromium launched as the bench launches it. */
export async function startTracing(root, port) {
  const found = await findChromium();
  if (!found) throw new Error('no Chromium found (see scripts/chromium.mjs)');
  const server = await startBenchServer({ root, port });
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return { server, browser };
}

/** What a trace of the main thread's work records: tasks, script (with JS samples), rendering. */
export const MAIN_THREAD_CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];
