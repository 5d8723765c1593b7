// What the frame of the carousel's "Next slide" press holds (issue 7, INP). Under the bench's
// conditions (4x CPU, +150 ms a request, 1280x800) it lands on a bench page, reads ten
// articles as the bench does (`--no-read`: presses right after landing, before Swiper runs),
// goes back to the top and records a Chromium trace around the press of the first "Next
// slide", as bench/lib/phases.mjs presses it. Prints, per run, the press's Event Timing entries
// (input delay, handlers, presentation), the long animation frame around it with its scripts,
// and the main thread's work from the input to the frame's paint, summed by trace event.
// Run `npm run build` first; BENCH_PORT as for run.mjs.
//
//   node bench/trace-next-slide.mjs [--runs=1] [--path=/bench/embed] [--no-read]
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { land, read, sleep } from './lib/phases.mjs';
import { pressFrame, pressSamples } from './lib/press-trace.mjs';
import { MAIN_THREAD_CATEGORIES, startTracing, traceSettings } from './lib/trace-setup.mjs';
import { CPU_SLOWDOWN, LATENCY_MS, openVisit } from './lib/visit.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runs, pagePath, port } = traceSettings(ROOT, { runs: 1 });
const reading = !process.argv.includes('--no-read');

const { server, browser } = await startTracing(ROOT, port);
const traceFile = (run) => path.join(os.tmpdir(), `trace-next-slide-${process.pid}-${run}.json`);
const durations = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const visit = await openVisit(browser);
    try {
      const { page } = visit;
      // As the bench lands: the page, its first heading, the reader's look before scrolling.
      await land(visit, `${server.origin}${pagePath}`, { leadImage: '' });
      if (reading) await read(visit, { firstPath: '' });
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await sleep(1000);
      const next = page.getByRole('button', { name: 'Next slide' }).first();
      await next.scrollIntoViewIfNeeded();
      await sleep(1000);
      const swiper = await next.evaluate(
        (button) => !!button.closest('section')?.querySelector('.swiper-initialized'),
      );
      await browser.startTracing(page, {
        path: traceFile(run),
        categories: MAIN_THREAD_CATEGORIES,
      });
      // Event Timing keeps only entries of 104 ms or more in its buffer: observe from here.
      const mark = await page.evaluate(() => {
        const press = [];
        Object.defineProperty(window, '__press', { value: press, configurable: true });
        new PerformanceObserver((list) => press.push(...list.getEntries())).observe({
          type: 'event',
          durationThreshold: 16,
        });
        return performance.mark('bench:press').startTime;
      });
      await next.click();
      await sleep(800);
      await browser.stopTracing();
      const entries = await page.evaluate((from) => {
        const events = window.__press
          .filter((e) => e.startTime >= from && e.interactionId)
          .map((e) => ({
            name: e.name,
            start: e.startTime,
            delay: e.processingStart - e.startTime,
            handlers: e.processingEnd - e.processingStart,
            presentation: e.startTime + e.duration - e.processingEnd,
            duration: e.duration,
          }));
        return { events };
      }, mark);
      const frames = await page.evaluate(() => window.__bench.frames);
      const { traceEvents } = JSON.parse(await readFile(traceFile(run), 'utf8'));
      const worst = entries.events.reduce(
        (a, b) => (b.duration > (a?.duration ?? 0) ? b : a),
        null,
      );
      durations.push(worst?.duration ?? 16);
      console.log(
        `run ${run + 1} (${CPU_SLOWDOWN}x CPU, +${LATENCY_MS} ms a request, Swiper ${swiper ? 'running' : 'not yet'}, load ${os.loadavg()[0].toFixed(1)}): INP ${Math.round(worst?.duration ?? 16)} ms`,
      );
      for (const e of entries.events)
        console.log(
          `  ${e.name.padEnd(12)} ${Math.round(e.duration)} ms: delay ${Math.round(e.delay)}, handlers ${Math.round(e.handlers)}, presentation ${Math.round(e.presentation)}`,
        );
      const after = frames.filter((f) => f.start + f.duration >= mark);
      for (const f of after.slice(0, 3)) {
        console.log(
          `  long frame at +${Math.round(f.start - mark)}: ${Math.round(f.duration)} ms, ${f.script ?? '(no script)'}`,
        );
        for (const [name, ms] of pressFrame(traceEvents, mark, f).slice(0, 12))
          console.log(`    ${name.padEnd(44)} ${ms.toFixed(1)}`);
      }
      if (worst) {
        console.log('  the press, input to presentation:');
        const parts = pressFrame(traceEvents, mark, worst).slice(0, 20);
        for (const [name, ms] of parts) console.log(`    ${name.padEnd(44)} ${ms.toFixed(1)}`);
        console.log('  script samples from 300 ms before the press to its presentation:');
        for (const [name, ms] of pressSamples(
          traceEvents,
          mark,
          mark - 300,
          worst.start + worst.duration,
        ).slice(0, 20))
          console.log(`    ${name.padEnd(60)} ${ms.toFixed(1)}`);
      }
    } finally {
      await visit.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  for (let run = 0; run < runs; run += 1) await rm(traceFile(run), { force: true });
}
const sorted = [...durations].sort((a, b) => a - b);
console.log(
  `\nINP "Next slide", median of ${runs}: ${Math.round(sorted[Math.floor((runs - 1) / 2)])} ms (each: ${durations.map(Math.round).join(', ')})`,
);
