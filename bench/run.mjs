// The performance benchmark: the reader (the standalone app in dist/) against the peer page
// (bench/peer/, endless articles done the way the publisher's page does them), both served
// from one origin and driven through the same scripted reading in Chromium.
// Run with `npm run bench` (builds first) or `node bench/run.mjs [--runs N]`. See
// bench/README.md for what each number means.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');

const VIEWPORT = { width: 1280, height: 800 };
/** Reading pace: one wheel step of this many pixels every STEP_MS. */
const STEP_PX = 600;
const STEP_MS = 100;
/** Articles on the page before the first pass down may stop (the first and ten more). */
const TARGET_ARTICLES = 11;
const FIRST_PASS_LIMIT_MS = 60_000;
const OTHER_PASS_LIMIT_MS = 30_000;
/** A reader looks at the first screen for a moment before scrolling. */
const PAUSE_BEFORE_READING_MS = 1000;

const PAGES = {
  ours: { label: 'ours', path: '/' },
  peer: { label: 'peer', path: '/peer/' },
};

function parseArgs(argv) {
  const options = { runs: 3, serve: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = arg.startsWith('--runs=') ? arg.slice('--runs='.length) : null;
    if (arg === '--serve') {
      options.serve = true;
    } else if (arg === '--runs' || value !== null) {
      const runs = Number(value ?? argv[(i += 1)]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
      options.runs = runs;
    } else {
      throw new Error(`unknown argument ${arg} (usage: node bench/run.mjs [--runs N] [--serve])`);
    }
  }
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Servers: `vite preview` for dist/, and in front of it a small proxy on its own port that
// serves the peer's files under /peer/ and passes everything else through. Both pages are
// loaded through the proxy, so they share the origin, the feed, the media and the overhead.

async function startPreview() {
  const port = await freePort();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      // The preview server and anything it started: the group this script created.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    if (await responds(`http://127.0.0.1:${port}/`)) return { port, stop };
    if (Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not answer within 30 s:\n${output}`);
    }
    await sleep(200);
  }
}

function responds(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** URL prefix → folder, for the peer page and the third-party files it loads. */
const PEER_FILES = [
  ['/peer/vendor/swiper/', path.join(ROOT, 'node_modules', 'swiper')],
  ['/peer/vendor/fontsource/', path.join(ROOT, 'node_modules', '@fontsource')],
  ['/peer/', path.join(ROOT, 'bench', 'peer')],
];

function peerFile(pathname) {
  const wanted = pathname === '/peer' || pathname === '/peer/' ? '/peer/index.html' : pathname;
  for (const [prefix, folder] of PEER_FILES) {
    if (!wanted.startsWith(prefix)) continue;
    const file = path.resolve(folder, decodeURIComponent(wanted.slice(prefix.length)));
    if (!file.startsWith(folder + path.sep)) return null;
    return existsSync(file) ? file : null;
  }
  return null;
}

async function startProxy(previewPort) {
  const agent = new http.Agent({ keepAlive: true });
  const compressed = new Map();
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/peer' || pathname.startsWith('/peer/')) {
      void servePeerFile(pathname, request, response, compressed);
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: previewPort,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502);
      response.end(String(error));
    });
    request.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}

// Text is gzipped as vite preview gzips it, so bytes on the wire compare like with like.
async function servePeerFile(pathname, request, response, compressed) {
  try {
    const file = peerFile(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body;
    if (gzip && /^text\//.test(type)) {
      body = compressed.get(file);
      if (!body) {
        body = gzipSync(await readFile(file));
        compressed.set(file, body);
      }
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    } else {
      body = await readFile(file);
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (!response.headersSent) response.writeHead(500);
    response.end(String(error));
  }
}

// ---------------------------------------------------------------------------------------------
// In the page: installed before any of the page's own scripts, in every document.

function probe() {
  const bench = {
    headingAt: null,
    readingFrom: null,
    longTasks: [],
    shifts: [],
    pushState: 0,
    replaceState: 0,
    traversals: 0,
    urlChanges: 0,
    loadingShown: [],
  };
  Object.defineProperty(window, '__bench', { value: bench });

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser lacks: the metric stays empty.
    }
  };
  observe('longtask', (entry) =>
    bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) bench.shifts.push({ start: entry.startTime, value: entry.value });
  });

  // Every change of the address: pushes and replaces as they happen, traversals (history.go,
  // back, forward) when their popstate arrives.
  let address = location.href;
  const noteAddress = () => {
    if (location.href !== address) {
      address = location.href;
      bench.urlChanges += 1;
    }
  };
  const proto = History.prototype;
  for (const name of ['pushState', 'replaceState']) {
    const original = proto[name];
    proto[name] = function (...args) {
      bench[name] += 1;
      const result = original.apply(this, args);
      noteAddress();
      return result;
    };
  }
  for (const name of ['go', 'back', 'forward']) {
    const original = proto[name];
    proto[name] = function (...args) {
      bench.traversals += 1;
      return original.apply(this, args);
    };
  }
  window.addEventListener('popstate', noteAddress, true);
  window.addEventListener('hashchange', noteAddress, true);

  // The first article's heading, checked once a frame until it is on screen with its text.
  const headingVisible = () => {
    const heading = document.querySelector('article h1');
    if (!heading || !heading.textContent.trim()) return false;
    const box = heading.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
  };
  const watchHeading = () => {
    if (headingVisible()) bench.headingAt = performance.now();
    else requestAnimationFrame(watchHeading);
  };
  requestAnimationFrame(watchHeading);

  // The reader's loading state (role="status" reading "Loading…"); the peer has none.
  let shown = false;
  setInterval(() => {
    const now = [...document.querySelectorAll('[role="status"]')].some((element) =>
      /loading/i.test(element.textContent),
    );
    if (now && !shown) bench.loadingShown.push(performance.now());
    shown = now;
  }, 50);
}

// ---------------------------------------------------------------------------------------------
// One visit: a fresh context (no cache, no history), load, read, measure.

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function position(page) {
  return page.evaluate(() => ({
    articles: document.querySelectorAll('article').length,
    top: window.scrollY,
    bottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
  }));
}

/** Wheel steps at the reading pace until `done` says so or the time is up. */
async function scrollPass(page, direction, limitMs, done) {
  const start = Date.now();
  for (let step = 1; ; step += 1) {
    await page.mouse.wheel(0, direction * STEP_PX);
    const wait = start + step * STEP_MS - Date.now();
    if (wait > 0) await sleep(wait);
    const where = await position(page);
    if (done(where)) return { ms: Date.now() - start, reached: true, where };
    if (Date.now() - start > limitMs) return { ms: Date.now() - start, reached: false, where };
  }
}

/** CLS as web-vitals defines it: the worst burst (gaps under 1 s, at most 5 s long). */
function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const shift of shifts) {
    if (current > 0 && shift.start - last < 1000 && shift.start - first < 5000) {
      current += shift.value;
    } else {
      current = shift.value;
      first = shift.start;
    }
    last = shift.start;
    worst = Math.max(worst, current);
  }
  return worst;
}

const sumShifts = (shifts) => shifts.reduce((sum, shift) => sum + shift.value, 0);

const blocking = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

async function visit(browser, origin, which) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', () => (requests += 1));
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));

    await page.goto(origin + PAGES[which].path, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.headingAt !== null, null, {
      timeout: 20_000,
    });
    await sleep(PAUSE_BEFORE_READING_MS);

    const before = await metrics(cdp);
    const historyBefore = await page.evaluate(() => {
      window.__bench.readingFrom = performance.now();
      return { length: history.length, urlChanges: window.__bench.urlChanges };
    });
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);

    const down = await scrollPass(
      page,
      1,
      FIRST_PASS_LIMIT_MS,
      (where) => where.articles >= TARGET_ARTICLES && where.bottom,
    );
    const up = await scrollPass(page, -1, OTHER_PASS_LIMIT_MS, (where) => where.top <= 0);
    const again = await scrollPass(page, 1, OTHER_PASS_LIMIT_MS, (where) => where.bottom);
    await sleep(500); // let the last scroll's observers and loads settle

    const after = await metrics(cdp);
    const probed = await page.evaluate(() => {
      const bench = window.__bench;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        ...bench,
        fcp: paint ? paint.startTime : null,
        historyLength: history.length,
        domElements: document.querySelectorAll('*').length,
        articles: document.querySelectorAll('article').length,
        url: location.pathname,
      };
    });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const settled = await metrics(cdp);

    const reading = (entry) => entry.start >= probed.readingFrom;
    const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
    return {
      firstContentfulPaintMs: probed.fcp,
      headingVisibleMs: probed.headingAt,
      readingMs: down.ms + up.ms + again.ms,
      reachedTarget: down.reached && up.reached && again.reached,
      articles: probed.articles,
      longTasks: probed.longTasks.length,
      totalBlockingTimeMs: blocking(probed.longTasks),
      readingBlockingTimeMs: blocking(probed.longTasks.filter(reading)),
      cumulativeLayoutShift: cumulativeLayoutShift(probed.shifts),
      loadShift: sumShifts(probed.shifts.filter((shift) => !reading(shift))),
      readingShift: sumShifts(probed.shifts.filter(reading)),
      scriptMs: delta('ScriptDuration') * 1000,
      layoutMs: delta('LayoutDuration') * 1000,
      recalcStyleMs: delta('RecalcStyleDuration') * 1000,
      taskMs: delta('TaskDuration') * 1000,
      layouts: delta('LayoutCount'),
      styleRecalcs: delta('RecalcStyleCount'),
      jsHeapMB: settled.JSHeapUsedSize / 2 ** 20,
      domElements: probed.domElements,
      domNodes: settled.Nodes,
      eventListeners: settled.JSEventListeners,
      historyGrowth: probed.historyLength - historyBefore.length,
      urlChanges: probed.urlChanges - historyBefore.urlChanges,
      pushStateCalls: probed.pushState,
      replaceStateCalls: probed.replaceState,
      historyTraversals: probed.traversals,
      transferKB: bytes / 1024,
      requests,
      loadingShownWhileReading: probed.loadingShown.filter((at) => at >= probed.readingFrom).length,
      finalPath: probed.url,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const REPORTED = [
  ['firstContentfulPaintMs', 'First contentful paint (ms)', 0],
  ['headingVisibleMs', 'First heading visible (ms)', 0],
  ['readingMs', 'Scripted reading took (ms)', 0],
  ['articles', 'Articles on the page', 0],
  ['longTasks', 'Long tasks (count)', 0],
  ['totalBlockingTimeMs', 'Total blocking time, whole visit (ms)', 0],
  ['readingBlockingTimeMs', 'Total blocking time, reading (ms)', 0],
  ['cumulativeLayoutShift', 'Cumulative layout shift', 3],
  ['loadShift', 'Layout shift before reading, summed', 3],
  ['readingShift', 'Layout shift while reading, summed', 3],
  ['scriptMs', 'Script time, reading (ms)', 0],
  ['layoutMs', 'Layout time, reading (ms)', 0],
  ['recalcStyleMs', 'Style recalc time, reading (ms)', 0],
  ['taskMs', 'Main-thread task time, reading (ms)', 0],
  ['layouts', 'Layouts, reading (count)', 0],
  ['styleRecalcs', 'Style recalcs, reading (count)', 0],
  ['jsHeapMB', 'JS heap after GC (MB)', 2],
  ['domElements', 'DOM elements', 0],
  ['domNodes', 'DOM nodes (CDP, after GC)', 0],
  ['eventListeners', 'JS event listeners', 0],
  ['historyGrowth', 'history.length growth', 0],
  ['urlChanges', 'Address changes', 0],
  ['pushStateCalls', 'pushState calls', 0],
  ['historyTraversals', 'history.go/back/forward calls', 0],
  ['transferKB', 'Transferred (KB)', 0],
  ['requests', 'Requests', 0],
  ['loadingShownWhileReading', 'Loading state shown while reading', 0],
];

function median(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const format = (value, digits) => (value === null ? '–' : value.toFixed(digits));

function table(medians, ratios) {
  const rows = [
    ['metric', 'ours', 'peer', 'ours/peer'],
    ...REPORTED.map(([key, label, digits]) => [
      label,
      format(medians.ours[key], digits),
      format(medians.peer[key], digits),
      ratios[key] === null ? '–' : ratios[key].toFixed(2),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { runs, serve } = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  }
  const found = await findChromium();
  if (!found) throw new Error('no Chromium found (see scripts/chromium.mjs)');

  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    }
  };
  const onSignal = (signal) => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const preview = await startPreview();
    cleanups.push(preview.stop);
    const proxy = await startProxy(preview.port);
    cleanups.push(proxy.stop);
    const origin = `http://127.0.0.1:${proxy.port}`;
    if (serve) {
      // For looking at the two pages by hand: no browser, no measuring, until Ctrl+C.
      console.log(`ours: ${origin}${PAGES.ours.path}\npeer: ${origin}${PAGES.peer.path}`);
      await new Promise(() => {});
    }

    const browser = await chromium.launch({
      executablePath: found.path,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    cleanups.push(() => browser.close());
    const version = browser.version();
    console.log(`Chromium ${version} (${found.origin}); ${runs} run(s) each; ${origin}`);

    const raw = { ours: [], peer: [] };
    for (let run = 1; run <= runs; run += 1) {
      // Alternate which goes first, so neither always meets a warmer machine.
      const order = run % 2 ? ['ours', 'peer'] : ['peer', 'ours'];
      for (const which of order) {
        const started = Date.now();
        const result = await visit(browser, origin, which);
        raw[which].push(result);
        const note = result.reachedTarget ? '' : ' (time limit hit before the target)';
        console.log(
          `  run ${run} ${which}: ${result.articles} articles, ` +
            `${((Date.now() - started) / 1000).toFixed(1)} s${note}`,
        );
        for (const error of result.pageErrors) console.warn(`    page error: ${error}`);
      }
    }

    const medians = { ours: {}, peer: {} };
    const ratios = {};
    for (const [key] of REPORTED) {
      medians.ours[key] = median(raw.ours.map((result) => result[key]));
      medians.peer[key] = median(raw.peer.map((result) => result[key]));
      const [ours, peer] = [medians.ours[key], medians.peer[key]];
      ratios[key] = ours !== null && peer ? ours / peer : null;
    }

    console.log(`\nMedians of ${runs} run(s), ${VIEWPORT.width}×${VIEWPORT.height}, headless:\n`);
    console.log(table(medians, ratios));

    await mkdir(path.dirname(RESULTS), { recursive: true });
    await writeFile(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: { version, source: found.origin, headless: true },
          node: process.version,
          machine: {
            platform: `${os.platform()} ${os.release()} ${os.arch()}`,
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model ?? null,
            totalMemoryBytes: os.totalmem(),
          },
          settings: {
            runs,
            viewport: VIEWPORT,
            stepPx: STEP_PX,
            stepMs: STEP_MS,
            targetArticles: TARGET_ARTICLES,
            pauseBeforeReadingMs: PAUSE_BEFORE_READING_MS,
            pages: { ours: PAGES.ours.path, peer: PAGES.peer.path },
          },
          metrics: Object.fromEntries(REPORTED.map(([key, label]) => [key, label])),
          medians,
          ratios,
          runs: raw,
        },
        null,
        2,
      )}\n`,
    );
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
