// Where the embed page's landing spends its time (issue 7: the reader's LCP against the
// peer's). A Chromium trace of the bench's /bench/embed page under the bench's conditions
// (4x CPU, +150 ms a request, 1280x800), read into the critical path's milestones, each in
// ms from navigation: the entry's request, run; the first feed page's and the app chunk's
// requests; the chunk's compile and run; the first article in the page (React's first
// commit); the lead picture; LCP. Then what the main thread did between the chunk's arrival
// and LCP. Medians of --runs=N (3). Run `npm run build` first; BENCH_PORT as for run.mjs.
//
//   node bench/trace-landing.mjs [--runs=3] [--path=/bench/embed]
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { landingMilestones, MILESTONES } from './lib/landing-trace.mjs';
import { startTracing, traceSettings } from './lib/trace-setup.mjs';
import { CPU_SLOWDOWN, LATENCY_MS, openVisit, probed } from './lib/visit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runs, pagePath, port } = traceSettings(ROOT, { runs: 3 });

// Marks, in the page's own clock, the first <article> in the reader's element.
function markFirstArticle() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.ar-root article')) return;
    observer.disconnect();
    performance.mark('bench:first-article');
    // The document itself: an init script may run before the page has a root element.
  }).observe(document, { childList: true, subtree: true });
}

const { server, browser } = await startTracing(ROOT, port);
const traceFile = path.join(os.tmpdir(), `trace-landing-${process.pid}.json`);
const results = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const visit = await openVisit(browser);
    try {
      const { page } = visit;
      await page.addInitScript(markFirstArticle);
      await browser.startTracing(page, {
        path: traceFile,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'toplevel',
          'v8',
          'v8.execute',
          'loading',
          'blink.user_timing',
        ],
      });
      await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(
        () => window.__bench.lcp.some((entry) => /img/.test(entry.element)),
        null,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(500);
      await browser.stopTracing();
      const { traceEvents } = JSON.parse(await readFile(traceFile, 'utf8'));
      const pageSide = await page.evaluate(() => ({
        firstArticle: performance.getEntriesByName('bench:first-article')[0]?.startTime ?? null,
      }));
      const bench = await probed(page);
      results.push(
        landingMilestones(traceEvents, {
          ...pageSide,
          lcp: bench.lcp.at(-1)?.start ?? null,
          heading: bench.headingAt,
        }),
      );
    } finally {
      await visit.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(traceFile, { force: true });
}

const median = (values) => {
  const known = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  return known.length ? known[Math.floor((known.length - 1) / 2)] : null;
};
const show = (value) => (value === null ? '–' : String(Math.round(value)));
console.log(
  `${pagePath}: ${CPU_SLOWDOWN}x CPU, +${LATENCY_MS} ms a request; ${runs} run(s), medians (each run); load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
);
for (const [key, label] of MILESTONES) {
  const values = results.map((result) => result[key] ?? null);
  console.log(
    `${label.padEnd(52)} ${show(median(values)).padStart(6)}  (${values.map(show).join(', ')})`,
  );
}
// The tasks of the run whose LCP is the median, as the path's own account.
const middle = [...results].sort((a, b) => (a.lcp ?? 0) - (b.lcp ?? 0))[Math.floor((runs - 1) / 2)];
console.log(`\nMain-thread tasks of 20 ms or more in the median run, from the entry's run to LCP:`);
for (const task of middle?.tasks ?? [])
  console.log(`${show(task.at).padStart(6)} +${show(task.ms).padStart(4)} ms  ${task.what}`);
