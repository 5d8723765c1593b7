import { sameOrigin } from '../content/urls';
import type { HistoryMode } from '../shared/options';
import { urlKey } from './sequence';

/**
 * Keeps the address bar and the browser's history in step with the article being read
 * (contract section 5). Plain TypeScript over `window`, so it is tested without a browser.
 *
 * push: each article gets one history entry, in reading order. Returning to an article that
 * has an entry moves the browser to that entry (history.go) instead of adding one, so Back
 * and Forward step through articles. replace: the one entry is rewritten.
 */
export interface HistorySync {
  /**
   * The article `url` became current. `passedOver`: the articles between the previous current
   * one and this one, in reading order, that the reader scrolled past too fast to make
   * current; they get their entries first, so history stays one entry per article in order.
   */
  show(url: string, passedOver?: readonly string[]): void;
  dispose(): void;
}

export interface HistorySyncOptions {
  readonly window: Window;
  readonly mode: HistoryMode;
  /** Back or Forward landed on `url`: the reader should bring that article into view. */
  readonly onRestore: (url: string) => void;
}

const STATE_KEY = 'articleReader';

interface ReaderState {
  readonly index: number;
}

export function createHistorySync({ window, mode, onRestore }: HistorySyncOptions): HistorySync {
  const { history, location } = window;
  const restoration = history.scrollRestoration;
  // The reader scrolls to the restored article itself; the browser's guess would fight it.
  history.scrollRestoration = 'manual';

  // Our entries are numbered; only differences between numbers are ever used, so a reload
  // that keeps history.state keeps working.
  let index = readIndex(history.state) ?? 0;
  if (readIndex(history.state) === null) history.replaceState(withIndex(history.state, index), '');
  const indexOf = new Map<string, number>([[urlKey(location.href), index]]);
  let first = true;
  let traversing = false;
  let wanted: string | null = null;
  let passed: readonly string[] = [];

  function apply(): void {
    if (wanted === null || traversing) return;
    const url = wanted;
    const key = urlKey(url);
    if (key === urlKey(location.href)) {
      indexOf.set(key, index);
      first = false;
      return;
    }
    // The page's own first article replaces the entry the reader was opened with ("/" shows
    // the first article): one entry per article, not one more for the home page.
    if (mode === 'replace' || first) {
      first = false;
      indexOf.delete(urlKey(location.href));
      history.replaceState(withIndex(history.state, index), '', url);
      indexOf.set(key, index);
      return;
    }
    const known = indexOf.get(key);
    if (known !== undefined) {
      traversing = true;
      history.go(known - index);
      return;
    }
    // A new article goes after the last one read: if the reader is back among earlier
    // entries, move to the last entry first (a push from here would drop the ones ahead).
    const last = Math.max(...indexOf.values());
    if (last > index) {
      traversing = true;
      history.go(last - index);
      return;
    }
    for (const skipped of passed) {
      if (!indexOf.has(urlKey(skipped))) push(skipped);
    }
    passed = [];
    push(url);
  }

  function push(url: string): void {
    index += 1;
    history.pushState(withIndex(null, index), '', url);
    indexOf.set(urlKey(url), index);
  }

  function onPopState(event: PopStateEvent): void {
    const popped = readIndex(event.state);
    if (traversing) {
      // Our own history.go() arrived. If the reader moved on meanwhile, catch up.
      traversing = false;
      if (popped !== null) index = popped;
      indexOf.set(urlKey(location.href), index);
      apply();
      return;
    }
    if (popped === null) {
      // A fragment link inside an article (#note-1) adds an entry without our state; it is
      // the browser's own navigation within the article, not a move between articles.
      history.replaceState(withIndex(event.state, index), '');
      return;
    }
    index = popped;
    indexOf.set(urlKey(location.href), index);
    wanted = location.href;
    onRestore(location.href);
  }

  window.addEventListener('popstate', onPopState);

  return {
    show(url, passedOver = []) {
      // A URL of another origin is never written to history (pushState would throw anyway).
      if (!sameOrigin(url, location.origin)) return;
      wanted = url;
      passed = passedOver.filter((other) => sameOrigin(other, location.origin));
      apply();
    },
    dispose() {
      window.removeEventListener('popstate', onPopState);
      history.scrollRestoration = restoration;
    },
  };
}

function readIndex(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const entry = (state as Record<string, unknown>)[STATE_KEY];
  if (typeof entry !== 'object' || entry === null) return null;
  const value = (entry as Partial<ReaderState>).index;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** Adds our index to whatever state the host page keeps in the entry, without losing it. */
function withIndex(state: unknown, index: number): Record<string, unknown> {
  const base =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { ...base, [STATE_KEY]: { index } satisfies ReaderState };
}
