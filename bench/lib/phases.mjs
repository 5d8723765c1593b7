// What a visit does and what it reads from it, phase by phase: landing (up to the first
// scroll), reading (ten more articles with the mouse wheel), and the three interactions.
import { VIEWPORT, probed } from './visit.mjs';

/** A reader looks at the first screen for a moment before scrolling. */
export const PAUSE_BEFORE_SCROLL_MS = 2000;
/** Reading pace: one wheel step of this many pixels every STEP_MS. */
export const STEP_PX = 600;
export const STEP_MS = 100;
/** The first article and ten more. */
export const READ_ARTICLES = 11;
const READING_LIMIT_MS = 90_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = (page) => page.evaluate(() => performance.now());
const pathOf = (url) => new URL(url).pathname;

/** How many articles the page has reached: the highest position or the number on the page. */
export function position(page) {
  return page.evaluate(() => {
    const articles = [...document.querySelectorAll('article')];
    const positions = articles.map((article) => Number(article.getAttribute('aria-posinset')) || 0);
    return {
      articles: Math.max(articles.length, ...positions),
      top: window.scrollY,
      bottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    };
  });
}

/** Wheel steps at a pace until `done` says so or the time is up. */
export async function wheelUntil(page, { stepPx = STEP_PX, limitMs, done }) {
  const start = Date.now();
  for (let step = 1; ; step += 1) {
    await page.mouse.wheel(0, stepPx);
    const wait = start + step * STEP_MS - Date.now();
    if (wait > 0) await sleep(wait);
    const where = await position(page);
    if (done(where)) return { ms: Date.now() - start, reached: true, where };
    if (Date.now() - start > limitMs) return { ms: Date.now() - start, reached: false, where };
  }
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

/** Shifted elements, by the layout shift they took part in, largest first. */
export function shiftSources(shifts) {
  const byName = new Map();
  for (const shift of shifts)
    for (const name of new Set(shift.sources))
      byName.set(name, (byName.get(name) ?? 0) + shift.value);
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([element, value]) => ({ element, value: Number(value.toFixed(4)) }));
}

/** CLS as web-vitals defines it: the worst burst (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
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

/** The figures of the landing: from navigation to the moment the reader would scroll. */
export async function land(visit, url, { leadImage }) {
  const { page } = visit;
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.headingAt !== null, null, { timeout: 30_000 });
  await sleep(PAUSE_BEFORE_SCROLL_MS);
  const requests = visit.requests();
  const data = await probed(page);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  const lcp = data.lcp.at(-1) ?? null;
  const shifts = data.shifts.filter((shift) => !shift.recentInput);
  const kib = (filter) => sum(requests.filter(filter).map((request) => request.bytes)) / 1024;
  const scripts = requests.filter((request) => request.type === 'Script');
  const paths = requests.map((request) => pathOf(request.url));
  const feedAt = paths.findIndex((name) => name.endsWith('.json'));
  const leadAt = paths.findIndex((name) => name === leadImage);
  const between = feedAt >= 0 && leadAt > feedAt ? paths.slice(feedAt + 1, leadAt) : [];
  return {
    fcpMs: fcp,
    headingMs: data.headingAt,
    lcpMs: lcp?.start ?? null,
    lcpElement: lcp?.element ?? null,
    landingShift: sum(shifts.map((shift) => shift.value)),
    landingShiftSources: shiftSources(shifts),
    requestsBeforeScroll: requests.length,
    jsCssKiB: kib((request) => request.type === 'Script' || request.type === 'Stylesheet'),
    jsCssFiles: requests.filter((r) => r.type === 'Script' || r.type === 'Stylesheet').length,
    jsCssByFile: requests
      .filter((r) => r.type === 'Script' || r.type === 'Stylesheet')
      .map((r) => `${pathOf(r.url).split('/').pop()} ${(r.bytes / 1024).toFixed(1)} KiB`),
    fontKiB: kib((request) => request.type === 'Font'),
    fontFiles: requests.filter((request) => request.type === 'Font').length,
    imageKiB: kib((request) => request.type === 'Image'),
    totalKiB: kib(() => true),
    unusedSourceChunks: scripts
      .map((request) => pathOf(request.url).split('/').pop())
      .filter((name) => /wordpress|rss/i.test(name)),
    leadImageRequest: leadAt >= 0 ? leadAt + 1 : null,
    // Further feed pages or the carousel chunk asked for before the lead image.
    beforeLeadImage: between.filter((name) => /\.json$|gallery|swiper/i.test(name)),
    requestOrder: paths.slice(0, 25),
  };
}

/** Ten more articles with the wheel: shifts, long frames, waiting and the address's delay. */
export async function read(visit, { firstPath }) {
  const { page } = visit;
  const from = await page.evaluate((target) => {
    window.__bench.waitFor = target;
    return performance.now();
  }, READ_ARTICLES);
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  const pass = await wheelUntil(page, {
    limitMs: READING_LIMIT_MS,
    done: (where) => where.articles >= READ_ARTICLES && where.bottom,
  });
  await sleep(500); // the last step's observers and address changes
  const to = await page.evaluate(() => {
    window.__bench.waitFor = 0;
    return performance.now();
  });
  const data = await probed(page);
  const within = (entry) => entry.start >= from && entry.start <= to;
  const shifts = data.shifts.filter((shift) => !shift.recentInput);
  const reading = shifts.filter(within);
  const frames = data.frames.filter(within);
  const delays = data.crossings
    .filter((crossing) => crossing.at >= from && crossing.path !== firstPath)
    .map((crossing) => {
      if (crossing.addressThen === crossing.path) return 0;
      const change = data.urlChanges.find((c) => c.path === crossing.path && c.at >= crossing.at);
      return change ? change.at - crossing.at : null;
    });
  const measured = delays.filter((delay) => delay !== null);
  return {
    readingMs: pass.ms,
    reachedTarget: pass.reached,
    articlesRead: pass.where.articles,
    readingShift: sum(reading.map((shift) => shift.value)),
    readingShiftSources: shiftSources(reading),
    cls: cumulativeLayoutShift(shifts.filter((shift) => shift.start <= to)),
    longFrames: frames.length,
    longFrameBlockingMs: sum(frames.map((frame) => frame.blocking)),
    longestFrameMs: Math.max(0, ...frames.map((frame) => frame.duration)),
    longFrameScripts: tally(frames.map((frame) => frame.script ?? '(rendering, no script)')),
    visibleWaitMs: data.waitMs,
    urlDelayMedianMs: median(measured),
    urlDelayMaxMs: measured.length ? Math.max(...measured) : null,
    crossingsWithoutUrl: delays.length - measured.length,
  };
}

/** How often each name occurs, most frequent first: [{ element: name, value: count }]. */
function tally(names) {
  const counts = new Map();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([element, value]) => ({ element, value }));
}

export function median(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The slowest Event Timing entry of the interaction that `act` starts. */
async function interaction(page, act) {
  await sleep(1000); // what scrolling into place set off has settled
  const mark = await now(page);
  await act();
  await sleep(800);
  const { events } = await probed(page);
  const own = events.filter((event) => event.start >= mark);
  // No entry: every event of it took under Event Timing's 16 ms threshold.
  return own.length ? Math.max(...own.map((event) => event.duration)) : 16;
}

/** "Read more", the carousel's "Next slide" and a Page Down across an article boundary. */
export async function interact(visit) {
  const { page } = visit;
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await sleep(1000);
  const next = page.getByRole('button', { name: 'Next slide' }).first();
  await next.scrollIntoViewIfNeeded();
  const nextSlideMs = await interaction(page, () => next.click());
  const more = page.getByRole('button', { name: 'Read more' }).first();
  await more.scrollIntoViewIfNeeded();
  const articleIndex = await more.evaluate((button) =>
    [...document.querySelectorAll('article')].indexOf(button.closest('article')),
  );
  const readMoreMs = await interaction(page, () => more.click());
  // The next article's top just below the fold, so one Page Down brings it past the middle.
  await page.evaluate((index) => {
    const after = document.querySelectorAll('article')[index + 1];
    if (after)
      window.scrollBy({ top: after.getBoundingClientRect().top - 1000, behavior: 'instant' });
  }, articleIndex);
  const pageDownMs = await interaction(page, () => page.keyboard.press('PageDown'));
  return { readMoreMs, nextSlideMs, pageDownMs };
}
