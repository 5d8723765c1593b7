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
  save(run: string, entries: ReadonlyMap<string, Place>): void;
}

export function createHistoryMemory(storage: Storage | null): HistoryMemory {
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
      // Storage may be full or refused (a private window): the reader still works without it.
      attempt(() => storage?.setItem(PREFIX + run, JSON.stringify(own)));
    },
  };
}
