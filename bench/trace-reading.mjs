// Where the reading's long animation frames come from (issue 7: "no long frames while
// reading"). Lands on a bench page under the bench's conditions (4x CPU, +150 ms a request,
// 1280x800), waits as a reader does, then records a Chromium trace with the JS sampling
// profiler while it reads ten articles with the wheel, as the bench's reading phase does.
// Each long animation frame (50 ms or more) gets the profile's samples and the trace's
// rendering events that fell in it, summed by what they were (bench/lib/reading-trace.mjs):
// React's render and commit, Swiper, sanitising, the browser's style, layout and paint.
// Run `npm run build` first; BENCH_PORT as for run.mjs.
//
//   node bench/trace-reading.mjs [--runs=1] [--path=/bench/embed] [--keep]
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAUSE_BEFORE_SCROLL_MS, READ_ARTICLES, sleep, wheelUntil } from './lib/phases.mjs';
import { readingFrames } from './lib/reading-trace.mjs';
import { startTracing, traceSettings } from './lib/trace-setup.mjs';
import { CPU_SLOWDOWN, LATENCY_MS, openVisit, probed } from './lib/visit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runs, pagePath, port } = traceSettings(ROOT, { runs: 1 });

const { server, browser } = await startTracing(ROOT, port);
const keep = process.argv.includes('--keep');
const traceFile = (run) => path.join(os.tmpdir(), `trace-reading-${process.pid}-${run}.json`);
const totals = new Map();
let frameCount = 0;
const busy = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const visit = await openVisit(browser);
    try {
      const { page } = visit;
      await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__bench.headingAt !== null, null, {
        timeout: 30_000,
      });
      await sleep(PAUSE_BEFORE_SCROLL_MS);
      await browser.startTracing(page, {
        path: traceFile(run),
        categories: [
          'devtools.timeline',
          'toplevel',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'blink.user_timing',
        ],
      });
      // Ties the page's clock to the trace's (reading-trace.mjs).
      const from = await page.evaluate(() => performance.mark('bench:trace-start').startTime);
      await page.mouse.move(640, 400);
      await wheelUntil(page, {
        limitMs: 90_000,
        done: (where) => where.articles >= READ_ARTICLES && where.bottom,
      });
      await sleep(500);
      await browser.stopTracing();
      const { traceEvents } = JSON.parse(await readFile(traceFile(run), 'utf8'));
      const frames = (await probed(page)).frames.filter((frame) => frame.start >= from);
      if (keep) await writeFile(`${traceFile(run)}.frames.json`, JSON.stringify({ from, frames }));
      const result = readingFrames(traceEvents, frames, from);
      frameCount += result.frames.length;
      busy.push(result.busy);
      console.log(
        `run ${run + 1} (${CPU_SLOWDOWN}x CPU, +${LATENCY_MS} ms a request): ${result.frames.length} long frames`,
      );
      for (const frame of result.frames) {
        const parts = [...frame.parts.entries()]
          .sort((a, b) => b[1] - a[1])
          .filter(([, value]) => value >= 3)
          .map(([name, value]) => `${name} ${Math.round(value)}`);
        console.log(
          `  ${Math.round(frame.start).toString().padStart(6)} ${Math.round(frame.duration)
            .toString()
            .padStart(4)} ms (blocking ${Math.round(frame.blocking)}): ${parts.join(', ')}`,
        );
        for (const [name, value] of frame.parts) totals.set(name, (totals.get(name) ?? 0) + value);
      }
    } finally {
      await visit.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  if (keep) console.log(`traces kept: ${traceFile('N')}`);
  else for (let run = 0; run < runs; run += 1) await rm(traceFile(run), { force: true });
}
console.log(
  `\n${frameCount} long frames in ${runs} run(s); ms inside them by kind (load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}):`,
);
const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
console.log(
  `main thread busy while reading, median: ${Math.round(mid(busy.map((b) => b.wallMs)))} ms wall, ${Math.round(
    mid(busy.map((b) => b.cpuMs)),
  )} ms CPU (each run: ${busy.map((b) => `${Math.round(b.wallMs)}/${Math.round(b.cpuMs)}`).join(', ')})`,
);
for (const [name, value] of [...totals.entries()].sort((a, b) => b[1] - a[1]))
  console.log(`${name.padEnd(40)} ${Math.round(value).toString().padStart(6)}`);
