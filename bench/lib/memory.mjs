// Memory over a long session: DOM nodes, JS heap and event listeners after garbage
// collection when 10, 50 and 100 articles have been reached, on the long feed.
import { metrics, openVisit } from './visit.mjs';
import { position, sleep, wheelUntil } from './phases.mjs';

export const CHECKPOINTS = [10, 50, 100];
/** Faster than the reading pace: memory is about how many articles, not how they scroll by. */
const MEMORY_STEP_PX = 1500;
const LEG_LIMIT_MS = 150_000;

// Every listener that getEventListeners (DevTools' command line API) sees on window,
// document and every element, open shadow roots included.
const COUNT_LISTENERS = `(() => {
  let count = 0;
  const add = (target) => {
    const listeners = getEventListeners(target);
    for (const type in listeners) count += listeners[type].length;
  };
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      add(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  add(window);
  add(document);
  walk(document);
  return count;
})()`;

async function measure(visit) {
  const { cdp } = visit;
  await sleep(1000); // the last steps' loads and sleeps have settled
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const settled = await metrics(cdp);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: COUNT_LISTENERS,
    includeCommandLineAPI: true,
    returnByValue: true,
  });
  return {
    domNodes: settled.Nodes,
    jsHeapMB: settled.JSHeapUsedSize / 2 ** 20,
    listeners: typeof result.value === 'number' ? result.value : null,
    listenersCdpCounter: settled.JSEventListeners,
  };
}

/**
 * `onCheckpoint(visit, target)`: after each checkpoint's figures; `checkpoints`: other article
 * counts to stop at (both for bench/heap-diff.mjs).
 */
export async function memorySession(
  browser,
  url,
  { onCheckpoint, checkpoints = CHECKPOINTS } = {},
) {
  const visit = await openVisit(browser);
  try {
    const { page } = visit;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.headingAt !== null, null, { timeout: 30_000 });
    await page.mouse.move(640, 400);
    const result = { checkpoints: {}, errors: visit.errors };
    for (const target of checkpoints) {
      const before = await position(page);
      if (before.articles < target) {
        const leg = await wheelUntil(page, {
          stepPx: MEMORY_STEP_PX,
          limitMs: LEG_LIMIT_MS,
          done: (where) => where.articles >= target,
        });
        if (!leg.reached) {
          result.stoppedAt = leg.where.articles;
          break;
        }
      }
      result.checkpoints[target] = {
        ...(await measure(visit)),
        articles: (await position(page)).articles,
      };
      await onCheckpoint?.(visit, target);
    }
    return result;
  } finally {
    await visit.close();
  }
}
