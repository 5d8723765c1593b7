// The performance benchmark (issue 7's figures and issue 8's page figures): the reader
// embedded on a plain page, the peer page (bench/peer/: a server-rendered article with
// endless articles and Swiper, as the publisher's page does them), the startAfter host page
// with and without the reader, and the standalone server-rendered page, all under a 4× CPU
// slowdown with 150 ms added to every request, at 1280×800, alternating the order, medians
// of BENCH_RUNS runs. `npm run bench` builds first. See bench/README.md for each figure.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.mjs';
import { memorySession } from './lib/memory.mjs';
import { READ_ARTICLES, interact, land, read } from './lib/phases.mjs';
import { problems, report } from './lib/report.mjs';
import { startBenchServer } from './lib/server.mjs';
import { startStandalone } from './lib/standalone.mjs';
import { hostVisit } from './lib/start-after.mjs';
import { summarise } from './lib/summary.mjs';
import { CPU_SLOWDOWN, LATENCY_MS, VIEWPORT, openVisit } from './lib/visit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');

function settings(argv, env) {
  const whole = (name, value, fallback) => {
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`${name} takes a whole number ≥ 1`);
    return number;
  };
  const runsArg = argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length);
  const runs = whole('BENCH_RUNS', runsArg ?? env.BENCH_RUNS, 3);
  return {
    runs,
    // The 100-article session takes about a minute a page, so it runs once unless asked.
    memoryRuns: Math.min(runs, whole('BENCH_MEMORY_RUNS', env.BENCH_MEMORY_RUNS, 1)),
    port: whole('BENCH_PORT', env.BENCH_PORT, 4471),
    serve: argv.includes('--serve'),
    // `--only=reading`: only the reader and the peer (landing, reading, interactions);
    // `--only=landing`: only their landing; `--only=hints`: only the reader's landing without
    // and with each publisher hint; `--only=startafter`: only the host page without and with
    // the reader; `--only=memory`: only the 100-article memory session (BENCH_MEMORY_RUNS of
    // them). For a quick comparison while working on one of them; the other tables then
    // say "–".
    only: argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? null,
  };
}

/** One visit of a page, landing through the interactions; a failure is recorded, not fatal. */
async function readingVisit(browser, url, context, { full = true } = {}) {
  const visit = await openVisit(browser);
  try {
    const landing = await land(visit, url, context);
    if (!full) return { ...landing, errors: visit.errors };
    const reading = await read(visit, context);
    const inp = await interact(visit);
    return { ...landing, ...reading, ...inp, errors: visit.errors };
  } catch (error) {
    return { failed: String(error).split('\n')[0], errors: visit.errors };
  } finally {
    await visit.close();
  }
}

const attempt = (job) => job().catch((error) => ({ failed: String(error).split('\n')[0] }));

async function startAfterVisits(browser, origin, flip) {
  const visits = {};
  for (const which of flip(['without', 'with']))
    visits[which] = await attempt(() =>
      hostVisit(browser, `${origin}/bench/host-article?reader=${which === 'with' ? 1 : 0}`),
    );
  return visits;
}

async function memoryVisits(browser, origin, flip) {
  const long = {
    reader: `${origin}/bench/embed?feed=long&max=110`,
    peer: `${origin}/peer/?feed=/bench/long-feed/1.json&extra=109`,
  };
  const memory = {};
  for (const which of flip(['reader', 'peer']))
    memory[which] = await attempt(() => memorySession(browser, long[which]));
  return memory;
}

async function oneRun(browser, run, setup) {
  const { origin, sample, standalone, memoryRuns } = setup;
  const first = sample[0];
  const context = { leadImage: first.image, firstPath: first.url };
  const flip = (pair) => (run % 2 ? pair : [...pair].reverse());
  const result = {};
  const urls = { reader: `${origin}/bench/embed`, peer: `${origin}/peer/` };
  const hintsOnly = setup.only === 'hints';
  const landingOnly = setup.only === 'landing';
  if (setup.only === 'memory') {
    if (run <= memoryRuns) result.memory = await memoryVisits(browser, origin, flip);
    return result;
  }
  if (setup.only !== 'startafter')
    for (const which of flip(hintsOnly ? ['reader'] : ['reader', 'peer']))
      result[which] = await readingVisit(browser, urls[which], context, {
        full: !hintsOnly && !landingOnly,
      });
  if (setup.only === 'reading' || landingOnly) return result;
  if (setup.only === 'startafter') {
    result.startAfter = await startAfterVisits(browser, origin, flip);
    return result;
  }
  // Alternating too: a hint's effect is smaller than the drift between two visits.
  for (const hints of flip(['module', 'feed', 'both']))
    result[`hints-${hints}`] = await readingVisit(
      browser,
      `${origin}/bench/embed?hints=${hints === 'both' ? 1 : hints}`,
      context,
      { full: false },
    );
  if (hintsOnly) return result;
  if (standalone.origin) {
    result.standalone = await readingVisit(browser, standalone.origin + first.url, context, {
      full: false,
    });
    result.standalone.preloadedFonts = standalone.preloadedFonts;
  } else {
    result.standalone = { skipped: standalone.skipped };
    result.standaloneClient = await readingVisit(browser, `${origin}/`, context, { full: false });
    result.standaloneClient.preloadedFonts = setup.clientPreloadedFonts;
  }
  result.startAfter = await startAfterVisits(browser, origin, flip);
  if (run <= memoryRuns) result.memory = await memoryVisits(browser, origin, flip);
  return result;
}

async function main() {
  const options = settings(process.argv.slice(2), process.env);
  if (process.argv.includes('--report')) {
    // The tables again from the last results, e.g. after a change to how they are laid out.
    const last = JSON.parse(await readFile(RESULTS, 'utf8'));
    const { memoryRuns } = last.settings;
    const header = `Medians of ${last.runs.length} run(s) (memory: ${memoryRuns}); ${last.conditions}; ${READ_ARTICLES} articles read.`;
    last.summary = summarise(last.runs);
    last.tables = report(last.summary, header);
    await writeFile(RESULTS, `${JSON.stringify(last, null, 2)}\n`);
    console.log(last.tables);
    return;
  }
  if (!existsSync(path.join(ROOT, 'dist', 'embed', 'article-reader.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  const found = await findChromium();
  if (!found) throw new Error('no Chromium found (see scripts/chromium.mjs)');

  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((error) => console.error('cleanup failed:', error));
  };
  const onSignal = (signal) =>
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const server = await startBenchServer({ root: ROOT, port: options.port });
    cleanups.push(server.stop);
    const standalone = await startStandalone({
      root: ROOT,
      port: options.port + 1,
      article: server.sample[0],
    });
    if (standalone.stop) cleanups.push(standalone.stop);
    const { origin } = server;
    if (options.serve) {
      console.log(
        `reader: ${origin}/bench/embed\npeer: ${origin}/peer/\nhost article: ${origin}/bench/host-article?reader=1`,
      );
      console.log(
        standalone.origin
          ? `standalone: ${standalone.origin}/`
          : `standalone: skipped (${standalone.skipped})`,
      );
      await new Promise(() => {});
    }
    const clientHtml = await readFile(path.join(ROOT, 'dist', 'index.html'), 'utf8');
    const clientPreloadedFonts = [...clientHtml.matchAll(/<link\b[^>]*as="?font"?[^>]*>/gi)].length;

    const browser = await chromium.launch({
      executablePath: found.path,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    cleanups.push(() => browser.close());
    const conditions = `${CPU_SLOWDOWN}x CPU slowdown, +${LATENCY_MS} ms a request, ${VIEWPORT.width}x${VIEWPORT.height}, headless Chromium ${browser.version()}`;
    console.log(`${conditions}; ${options.runs} run(s), memory ${options.memoryRuns}; ${origin}`);
    if (standalone.skipped)
      console.log(`standalone server-rendered page: skipped (${standalone.skipped})`);

    const runs = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const started = Date.now();
      runs.push(
        await oneRun(browser, run, {
          ...options,
          origin,
          sample: server.sample,
          standalone,
          clientPreloadedFonts,
        }),
      );
      console.log(`  run ${run}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      for (const problem of problems(runs.at(-1), READ_ARTICLES)) console.warn(`    ${problem}`);
    }
    const summary = summarise(runs);
    const header = `Medians of ${options.runs} run(s) (memory: ${options.memoryRuns}); ${conditions}; ${READ_ARTICLES} articles read.`;
    const tables = report(summary, header);
    console.log(`\n${tables}`);

    await mkdir(path.dirname(RESULTS), { recursive: true });
    const machine = {
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      totalMemoryBytes: os.totalmem(),
      loadAverage: os.loadavg(),
    };
    const json = {
      date: new Date().toISOString(),
      conditions,
      chromium: browser.version(),
      node: process.version,
      machine,
      settings: options,
      tables,
      summary,
      runs,
    };
    await writeFile(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(ROOT, RESULTS)}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
