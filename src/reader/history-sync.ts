import { sameOrigin, urlKey } from '../content/urls';
import type { HistoryMode } from './options';
import { readMark, samePlace, withMark, type Place } from './history-mark';
import { createHistoryMemory } from './history-memory';

/**
 * Keeps the address bar and the browser's history in step with the article being read
 * (docs/decisions/0004-history.md). Plain TypeScript over `window`, so it is tested without a browser.
 *
 * push: each article gets one history entry, in reading order. Returning to an article that
 * has an entry moves the browser to that entry (history.go) instead of adding one, so Back
 * and Forward step through articles. replace: the one entry is rewritten.
 *
 * Only the reader's own entries (marked in history.state) are ever rewritten or counted on;
 * on an entry that is not its own, the reader leaves it alone and carries on with pushes.
 */
export interface HistorySync {
  /**
   * The article `url` became current. `passedOver`: the articles between the previous current
   * one and this one, in reading order, that the reader scrolled past too fast to make
   * current; they get their entries first, so history stays one entry per article in order.
   */
  show(url: string, passedOver?: readonly string[]): void;
  /**
   * This page session's id: the run of entries the reader was opened on, which a reload and
   * Back to one of them keep, and a new visit of the page does not.
   */
  readonly session: string;
  dispose(): void;
}

export interface HistorySyncOptions {
  readonly window: Window;
  readonly mode: HistoryMode;
  /** Back or Forward landed on `url`: the reader should bring that article into view. */
  readonly onRestore: (url: string) => void;
  /** Where the entries' articles are remembered across reloads (the tab's sessionStorage). */
  readonly storage?: Storage | null;
  /**
   * The entry the reader was opened on is an article the host page shows itself (startAfter),
   * not a home page the first article stands in for: the reader's first article gets an entry
   * of its own, so Back returns to the host's article.
   */
  readonly openedOnArticle?: boolean;
}

/**
 * A same-document history.go() lands within milliseconds; one that has not landed after this
 * long never will (its entry is gone: the browser dropped the oldest, or a page script cut
 * history short), and waiting longer would stop the address bar for good.
 */
export const TRAVERSAL_TIMEOUT_MS = 600;

export function createHistorySync(options: HistorySyncOptions): HistorySync {
  const { window, mode, onRestore } = options;
  const memory = createHistoryMemory(options.storage ?? null, window);
  const { history, location } = window;
  const restoration = history.scrollRestoration;
  // The reader scrolls to the restored article itself; the browser's guess would fight it.
  history.scrollRestoration = 'manual';

  // Where the browser is among the reader's entries (null: on one that is not the reader's).
  // Entries of one run are numbered in order, so the difference of two numbers is the
  // distance history.go() needs; a reload keeps history.state, so numbering goes on.
  let here: Place | null = readMark(history.state);
  if (here === null) {
    // The entry the reader was opened on becomes its first (the host's state is kept).
    here = { run: newRun(), index: 0 };
    history.replaceState(withMark(history.state, here), '');
  }
  const known = new Map<string, Place>();
  for (const [key, index] of memory.load(here.run)) known.set(key, { run: here.run, index });
  learn(urlKey(location.href), here);
  // Whether the next article shown stands in for the entry the reader was opened on.
  let first = options.openedOnArticle !== true;
  let traversing = false;
  let watchdog: number | undefined;
  let wanted: string | null = null;
  let passed: readonly string[] = [];

  function learn(key: string, place: Place): void {
    for (const [other, at] of known) if (samePlace(at, place)) known.delete(other);
    known.set(key, place);
    memory.save(place.run, known);
  }

  function apply(): void {
    if (wanted === null || traversing) return;
    // A script of the page may have pushed or replaced an entry since: trust history.state.
    const actual = readMark(history.state);
    if (!samePlace(actual, here)) here = actual;
    const url = wanted;
    const key = urlKey(url);
    if (key === urlKey(location.href)) {
      if (here) learn(key, here);
      first = false;
      return;
    }
    // The page's own first article replaces the entry the reader was opened with ("/" shows
    // the first article): one entry per article, not one more for the home page.
    if (mode === 'replace' || first) {
      if (here === null) return; // not our entry: never rewritten
      first = false;
      known.delete(urlKey(location.href));
      history.replaceState(withMark(history.state, here), '', url);
      learn(key, here);
      return;
    }
    if (here === null) {
      push(url);
      return;
    }
    const target = known.get(key);
    if (target && target.run === here.run && target.index !== here.index) {
      traverse(target.index - here.index);
      return;
    }
    // A new article goes after the last one read: if the reader is back among earlier
    // entries, move to the last entry first (a push from here would drop the ones ahead).
    const last = Math.max(
      ...[...known.values()].filter((p) => p.run === here?.run).map((p) => p.index),
    );
    if (last > here.index) {
      traverse(last - here.index);
      return;
    }
    for (const skipped of passed) {
      if (!known.has(urlKey(skipped))) push(skipped);
    }
    passed = [];
    push(url);
  }

  function traverse(delta: number): void {
    traversing = true;
    history.go(delta);
    watchdog = window.setTimeout(() => {
      if (!traversing) return;
      // The entry is gone. What we knew of the entries around us is not to be trusted: keep
      // only where we are, and go on with pushes from here.
      traversing = false;
      known.clear();
      if (here) learn(urlKey(location.href), here);
      apply();
    }, TRAVERSAL_TIMEOUT_MS);
  }

  function push(url: string): void {
    // From an entry that is not ours, a new run begins: its distance to ours is unknown.
    const place = here ? { run: here.run, index: here.index + 1 } : { run: newRun(), index: 0 };
    // A push drops every entry ahead of this one, and another run's cannot be reached by go().
    for (const [key, at] of known) {
      if (at.run !== place.run || at.index >= place.index) known.delete(key);
    }
    history.pushState(withMark(null, place), '', url);
    here = place;
    learn(urlKey(url), place);
  }

  function onPopState(event: PopStateEvent): void {
    const mark = readMark(event.state);
    window.clearTimeout(watchdog);
    if (traversing) {
      // Our own history.go() arrived. If the reader moved on meanwhile, catch up.
      traversing = false;
      here = mark;
      if (mark) learn(urlKey(location.href), mark);
      apply();
      return;
    }
    here = mark;
    // Not one of ours (a fragment link inside an article, the page's own entry): the
    // browser's navigation, not a move between articles; left as it is.
    if (mark === null) return;
    learn(urlKey(location.href), mark);
    wanted = location.href;
    onRestore(location.href);
  }

  window.addEventListener('popstate', onPopState);
  // The entries' memory waits for an idle moment; a reload or a link away must not lose it.
  window.addEventListener('pagehide', memory.flush);

  const session = here.run;

  return {
    session,
    show(url, passedOver = []) {
      // A URL of another origin is never written to history (pushState would throw anyway).
      if (!sameOrigin(url, location.origin)) return;
      wanted = url;
      passed = passedOver.filter((other) => sameOrigin(other, location.origin));
      apply();
    },
    dispose() {
      window.clearTimeout(watchdog);
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', memory.flush);
      memory.flush();
      history.scrollRestoration = restoration;
    },
  };
}

function newRun(): string {
  return Math.random().toString(36).slice(2, 10);
}
