import { describe, expect, it } from 'vitest';
import { landingMilestones } from './landing-trace.mjs';

const MAIN = { pid: 1, tid: 7 };
const ORIGIN = 'http://127.0.0.1:4471';
// Trace times are in microseconds; navigation starts at 1 s.
const event = (name, atMs, extra = {}) => ({
  ...MAIN,
  name,
  ts: 1_000_000 + atMs * 1000,
  ...extra,
});
const request = (id, url, sentMs, doneMs) => [
  event('ResourceSendRequest', sentMs, { args: { data: { requestId: id, url } } }),
  event('ResourceFinish', doneMs, { args: { data: { requestId: id } } }),
];
const task = (atMs, durMs) => event('RunTask', atMs, { ph: 'X', dur: durMs * 1000 });

const trace = [
  event('navigationStart', 0, {
    args: { data: { isLoadingMainFrame: true, documentLoaderURL: `${ORIGIN}/bench/embed` } },
  }),
  ...request('e', `${ORIGIN}/embed/article-reader.js`, 300, 600),
  event('v8.compileModule', 610, { args: { fileName: `${ORIGIN}/embed/article-reader.js` } }),
  task(620, 40),
  event('v8.evaluateModule', 620, { ph: 'X', dur: 30_000 }),
  ...request('f', `${ORIGIN}/feed.json`, 650, 900),
  ...request('c', `${ORIGIN}/embed/chunks/mount-reader-AbC1.js`, 660, 1000),
  ...request('i', `${ORIGIN}/media/01-lead.svg`, 920, 1100),
  event('v8.compileModule', 1010, {
    args: { fileName: `${ORIGIN}/embed/chunks/mount-reader-AbC1.js` },
  }),
  task(1020, 300),
  event('v8.evaluateModule', 1020, { ph: 'X', dur: 300_000 }),
  task(1330, 200),
  event('FunctionCall', 1330, { ph: 'X', dur: 150_000, args: { data: { functionName: 're' } } }),
  event('Layout', 1480, { ph: 'X', dur: 50_000 }),
  // After LCP: not on the path.
  task(1700, 100),
];

describe('the landing trace', () => {
  const path = landingMilestones(trace, { firstArticle: 1470, lcp: 1600, heading: 1590 });

  it('reads the critical requests in ms from the navigation', () => {
    expect(path).toMatchObject({
      entrySent: 300,
      entryDone: 600,
      entryRun: 620,
      feedSent: 650,
      feedDone: 900,
      chunkSent: 660,
      chunkDone: 1000,
      imageSent: 920,
      imageDone: 1100,
    });
  });

  it('takes the chunk’s evaluation as the first on the main thread after its compile', () => {
    expect(path.chunkRun).toBe(1020);
    expect(path.chunkRunMs).toBe(300);
  });

  it('counts the main thread’s work from the chunk’s arrival to LCP only', () => {
    expect(path.busyMs).toBe(500);
    expect(path.busyScriptMs).toBe(150);
    expect(path.busyLayoutMs).toBe(50);
    expect(path.tasks.map((t) => [t.at, t.ms, t.what])).toEqual([
      [620, 40, 'v8.evaluateModule'],
      [1020, 300, 'v8.evaluateModule'],
      [1330, 200, 'FunctionCall re; style and layout 50 ms'],
    ]);
  });
});
