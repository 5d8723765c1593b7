// What the JS heap holds at 100 articles beyond what it held at 10 (issue 7.5: heap at 100
// <= 1.3x of at 10). Runs the bench's memory session on the reader's long feed (the same
// page, steps and garbage collection as `--only=memory`), takes a V8 heap snapshot at each
// checkpoint, and prints the growth between the first and the last by kind
// (bench/lib/heap-snapshot.mjs): compiled code, strings, React's fibers, objects named by
// their properties. Run `npm run build` first; BENCH_PORT as for run.mjs.
//
//   node bench/heap-diff.mjs [--path=/bench/embed?feed=long&max=110] [--top=30]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapByKind, heapGrowth } from './lib/heap-snapshot.mjs';
import { CHECKPOINTS, memorySession } from './lib/memory.mjs';
import { startTracing, traceSettings } from './lib/trace-setup.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { port } = traceSettings(ROOT, { runs: 1 });
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pagePath = arg('path', '/bench/embed?feed=long&max=110');
const top = Number(arg('top', '30'));

async function snapshotOf(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return heapByKind(JSON.parse(chunks.join('')));
}

const { server, browser } = await startTracing(ROOT, port);
const kinds = new Map();
let session;
try {
  session = await memorySession(browser, `${server.origin}${pagePath}`, {
    onCheckpoint: async (visit, target) => kinds.set(target, await snapshotOf(visit.cdp)),
  });
} finally {
  await browser.close();
  await server.stop();
}
const [first, last] = [CHECKPOINTS[0], CHECKPOINTS.at(-1)];
const at = (target) => session.checkpoints[target];
if (!at(first) || !at(last)) throw new Error(`the session stopped at ${session.stoppedAt}`);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(3);
console.log(
  `JS heap after GC: ${at(first).jsHeapMB.toFixed(3)} MB at ${first} articles, ${at(last).jsHeapMB.toFixed(3)} MB at ${last} (${(at(last).jsHeapMB / at(first).jsHeapMB).toFixed(2)}x)`,
);
const rows = heapGrowth(kinds.get(first), kinds.get(last));
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
console.log(`held in the snapshot beyond article ${first}: ${mb(total)} MB; the largest kinds:`);
for (const row of rows.slice(0, top))
  console.log(
    `${(row.bytes / 1024).toFixed(1).padStart(8)} KiB ${String(row.count).padStart(6)}  ${row.kind.slice(0, 90)}`,
  );
