// What the JS heap holds at 100 articles beyond what it held at 10 (issue 7.5: heap at 100
// <= 1.3x of at 10). Runs the bench's memory session on the reader's long feed (the same
// page, steps and garbage collection as `--only=memory`), takes a V8 heap snapshot at each
// checkpoint, and prints, leg by leg, how much of the growth is compiled code and how much
// the rest, then the growth between the first checkpoint and the last by kind
// (bench/lib/heap-snapshot.mjs): compiled code by V8's object, strings, React's fibers,
// objects named by their properties. Later checkpoints than the bench's (150) show whether
// the growth levels off (docs/decisions/0150). Run `npm run build` first; BENCH_PORT as for
// run.mjs.
//
//   node bench/heap-diff.mjs [--checkpoints=10,50,100,150] [--path=/bench/embed?feed=long&max=160] [--top=30]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeAndData, heapByKind, heapGrowth } from './lib/heap-snapshot.mjs';
import { CHECKPOINTS, memorySession } from './lib/memory.mjs';
import { startTracing, traceSettings } from './lib/trace-setup.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { port } = traceSettings(ROOT, { runs: 1 });
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const checkpoints = arg('checkpoints', CHECKPOINTS.join(',')).split(',').map(Number);
if (checkpoints.length < 2 || checkpoints.some((n, i) => !(n > (checkpoints[i - 1] ?? 0))))
  throw new Error('--checkpoints takes two or more rising article counts, e.g. 10,50,100,150');
// The reader stops 10 articles past the last checkpoint, as the bench's page stops at 110.
const pagePath = arg('path', `/bench/embed?feed=long&max=${checkpoints.at(-1) + 10}`);
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
    checkpoints,
    onCheckpoint: async (visit, target) => kinds.set(target, await snapshotOf(visit.cdp)),
  });
} finally {
  await browser.close();
  await server.stop();
}
const [first, last] = [checkpoints[0], checkpoints.at(-1)];
const at = (target) => session.checkpoints[target];
if (!at(first) || !at(last)) throw new Error(`the session stopped at ${session.stoppedAt}`);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(3);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `JS heap after GC (MB) at ${checkpoints.join(' / ')} articles: ${checkpoints.map((n) => at(n).jsHeapMB.toFixed(3)).join(' / ')}; ${last} vs ${first}: ${(at(last).jsHeapMB / at(first).jsHeapMB).toFixed(2)}x`,
);
for (const [from, to] of checkpoints.slice(1).map((n, i) => [checkpoints[i], n])) {
  const [a, b] = [codeAndData(kinds.get(from)), codeAndData(kinds.get(to))];
  const articles = at(to).articles - at(from).articles;
  console.log(
    `${from} -> ${to}: compiled code ${kib(b.code - a.code)}, the rest ${kib(b.data - a.data)} (${kib((b.data - a.data) / articles)} an article)`,
  );
}
const rows = heapGrowth(kinds.get(first), kinds.get(last));
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
console.log(`held in the snapshot beyond article ${first}: ${mb(total)} MB; the largest kinds:`);
for (const row of rows.slice(0, top))
  console.log(
    `${(row.bytes / 1024).toFixed(1).padStart(8)} KiB ${String(row.count).padStart(6)}  ${row.kind.slice(0, 90)}`,
  );
