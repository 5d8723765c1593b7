import { whenIdle } from '../article/when-idle';
import { attempt } from '../shared/session-storage';
import type { Place } from './history-mark';

/**
 * Which article each of the reader's history entries holds, kept in sessionStorage per run,
 * so that after a reload (or Back from another page) scrolling to an article read before
 * moves to its entry instead of pushing a second one. Bounded: the browser itself keeps
 * about 50 entries per tab.
 */
const MAX_ENTRIES = 100;
const PREFIX = 'article-reader:history:';

export interface HistoryMemory {
  load(run: string): [string, number][];
  /**
   * Remembers the entries of `run`. Written at the next idle moment, not in the scroll's
   * frame that made an article current: a sessionStorage write is synchronous, and it was the
   * largest single part of the reader's own code in the reading's long frames
   * (docs/decisions/0151). Only the latest entries of a run are written.
   */
  save(run: string, entries: ReadonlyMap<string, Place>): void;
  /** Writes what waits at once: the page is being left (pagehide) or the reader goes. */
  readonly flush: () => void;
}

type IdleWindow = Parameters<typeof whenIdle>[0];

export function createHistoryMemory(storage: Storage | null, win: IdleWindow): HistoryMemory {
  // The entries of each run, as they were when saved: a later push may drop another run's
  // entries from the live map, and that run's memory must not be written empty.
  const waiting = new Map<string, string>();
  let cancel: (() => void) | null = null;
  const flush = (): void => {
    cancel?.();
    cancel = null;
    // Storage may be full or refused (a private window): the reader still works without it.
    waiting.forEach((own, run) => attempt(() => storage?.setItem(PREFIX + run, own)));
    waiting.clear();
  };
  return {
    load(run) {
      const raw = attempt(() => storage?.getItem(PREFIX + run) ?? null);
      if (!raw) return [];
      const parsed = attempt((): unknown => JSON.parse(raw));
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (entry): entry is [string, number] =>
          Array.isArray(entry) &&
          typeof entry[0] === 'string' &&
          typeof entry[1] === 'number' &&
          Number.isInteger(entry[1]),
      );
    },
    save(run, entries) {
      const own = [...entries]
        .filter(([, place]) => place.run === run)
        .map(([key, place]): [string, number] => [key, place.index])
        .sort((a, b) => a[1] - b[1])
        .slice(-MAX_ENTRIES);
      waiting.set(run, JSON.stringify(own));
      cancel ??= whenIdle(win, flush);
    },
    flush,
  };
}
