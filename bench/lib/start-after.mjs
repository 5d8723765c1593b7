// The startAfter scenario: a host page that already shows a server-rendered article, without
// the reader and with it mounted after the article. The host page's own LCP and CLS should
// not change, and nothing of the reader beyond its entry module should load before `load`.
import { openVisit, probed } from './visit.mjs';
import { cumulativeLayoutShift, shiftSources, sleep, wheelUntil } from './phases.mjs';

/** After `load`, long enough for the reader's idle start to have happened. */
const AFTER_LOAD_MS = 3000;
const SCROLL_STEPS = 12;
// The stylesheet is the reader's too: the entry adds it once the reader begins.
const ENTRY = /\/embed\/article-reader\.js$/;

export async function hostVisit(browser, url) {
  const visit = await openVisit(browser);
  try {
    const { page } = visit;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(AFTER_LOAD_MS);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const loadAt = navigation?.loadEventStart ?? 0;
      return {
        loadAt,
        startedBeforeLoad: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < loadAt)
          .map((entry) => new URL(entry.name).pathname),
      };
    });
    const landed = await probed(page);
    await page.mouse.move(640, 400);
    let steps = 0;
    await wheelUntil(page, { limitMs: 20_000, done: () => (steps += 1) >= SCROLL_STEPS });
    await sleep(1500);
    const data = await probed(page);
    const shifts = data.shifts.filter((shift) => !shift.recentInput);
    const reader = (name) => /^\/(embed\/|feed|popular|media\/0[2-9]|media\/1)/.test(name);
    const requests = visit.requests();
    const entry = requests.find((request) => /\/embed\/article-reader\.js$/.test(request.url));
    return {
      lcpMs: landed.lcp.at(-1)?.start ?? null,
      lcpElement: landed.lcp.at(-1)?.element ?? null,
      cls: cumulativeLayoutShift(shifts),
      shiftSources: shiftSources(shifts),
      loadMs: timing.loadAt,
      readerRequestsBeforeLoad: timing.startedBeforeLoad.filter(
        (name) => reader(name) && !ENTRY.test(name),
      ),
      entryModuleKiB: entry ? entry.bytes / 1024 : null,
      errors: visit.errors,
    };
  } finally {
    await visit.close();
  }
}
