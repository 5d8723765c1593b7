/**
 * The reading window: which articles of the sequence are on the page, which of them are
 * awake, what a fast scroll passed over and when the next feed page is wanted. Plain
 * TypeScript over indices into the sequence (the articles the reader itself shows; a host
 * article is index -1), so it is tested without a browser and renders the same on a server.
 */

export interface ReadingWindow {
  /** How many articles of the sequence are on the page, from its first. */
  readonly revealed: number;
  /** The index of the article being read; -1: the host page's article; null: none yet. */
  readonly current: number | null;
}

/**
 * Where a window begins: a fresh sequence shows its first article; a restored session (Back,
 * reload) shows what it had, with the article that was being read.
 */
export interface WindowStart {
  readonly revealed?: number;
  readonly current?: number | null;
}

/** What the window needs to know of the sequence it runs over. */
export interface SequenceState {
  /** Articles of the sequence loaded so far. */
  readonly loaded: number;
  /** No article will ever be added. */
  readonly complete: boolean;
}

/** Fetch the next feed page while fewer loaded articles than this are still unrevealed. */
const PREFETCH_WHEN_LEFT = 2;
/**
 * Articles further than this from the one being read sleep (their content leaves the DOM,
 * their height stays), so a long session's memory stays bounded.
 */
const AWAKE_AROUND = 2;

export function startWindow(start: WindowStart = {}): ReadingWindow {
  return { revealed: Math.max(1, Math.floor(start.revealed ?? 1)), current: start.current ?? null };
}

/** The reader came near the end of what is revealed: one more article, when one is loaded. */
export function revealNext(window: ReadingWindow, loaded: number): ReadingWindow {
  return window.revealed < loaded ? { ...window, revealed: window.revealed + 1 } : window;
}

export interface Move {
  readonly window: ReadingWindow;
  /**
   * Indices between the previous current article and the new one, in reading order, that a
   * fast scroll passed without their being current (they get their history entries first).
   */
  readonly passedOver: readonly number[];
}

export function moveTo(window: ReadingWindow, index: number): Move {
  const from = window.current;
  const passedOver: number[] = [];
  if (from !== null) for (let i = from + 1; i < index; i += 1) if (i >= 0) passedOver.push(i);
  return { window: { ...window, current: index }, passedOver };
}

/** Far from the article being read (before any is, the first counts as read). */
export function isAsleep(window: ReadingWindow, index: number): boolean {
  return asleepBeside(window.current ?? 0, index);
}

/** Far from the article at `current`. */
export function asleepBeside(current: number, index: number): boolean {
  return Math.abs(index - current) > AWAKE_AROUND;
}

/**
 * The article being read as the run of articles [from, to) needs to know it: exact while it is
 * near enough to keep one of them awake, else the nearest index that keeps them all asleep. So
 * a move far from a run gives it the same number, and a memoised run of sleeping articles
 * that it does not concern is skipped by React (feed-articles.tsx; docs/decisions/0170).
 * `asleepBeside` over it gives what `isAsleep` gives over the window, for every index of the run.
 */
export function currentSeenBy(window: ReadingWindow, from: number, to: number): number {
  const current = window.current ?? 0;
  return Math.min(Math.max(current, from - AWAKE_AROUND - 1), to + AWAKE_AROUND);
}

/** Keep a page in hand: the reader at reading speed never meets a loading state. */
export function wantsNextPage(window: ReadingWindow, sequence: SequenceState): boolean {
  return !sequence.complete && sequence.loaded - window.revealed < PREFETCH_WHEN_LEFT;
}

/** Every loaded article is on the page and more will come: the reader waits for them. */
export function hasCaughtUp(window: ReadingWindow, sequence: SequenceState): boolean {
  return window.revealed >= sequence.loaded && !sequence.complete;
}

/** The last article is on the page: the end block follows. */
export function isFinished(window: ReadingWindow, sequence: SequenceState): boolean {
  return sequence.complete && window.revealed >= sequence.loaded;
}

/**
 * A failed prefetch matters to the reader only once they have caught up with it; until then
 * it is retried quietly, and "Try again" would be noise about an article they have not reached.
 */
export function failureReached(window: ReadingWindow, sequence: SequenceState): boolean {
  return window.revealed >= sequence.loaded;
}

/**
 * The window as a small store: reveals and moves apply to its latest state at once, so a
 * move reported in the same moment as a reveal never undoes it, and what a move passed over
 * is counted from the article that really was current.
 */
export interface ReadingWindowStore {
  readonly get: () => ReadingWindow;
  readonly reveal: (loaded: number) => void;
  /** The article at `index` became current; returns the indices a fast scroll passed over. */
  readonly move: (index: number) => readonly number[];
  readonly subscribe: (listener: () => void) => () => void;
}

export function createReadingWindowStore(start?: WindowStart): ReadingWindowStore {
  let state = startWindow(start);
  const listeners = new Set<() => void>();
  const set = (next: ReadingWindow): void => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    reveal: (loaded) => set(revealNext(state, loaded)),
    move: (index) => {
      if (state.current === index) return [];
      const next = moveTo(state, index);
      set(next.window);
      return next.passedOver;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
