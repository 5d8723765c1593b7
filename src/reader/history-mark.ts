/**
 * The reader's mark on its own history entries: `{ articleReader: { run, index } }`, merged
 * into whatever state the host page keeps there. Entries without it are not the reader's
 * and are never rewritten.
 */
export interface Place {
  /** One unbroken stretch of pushes: numbers compare only within a run. */
  readonly run: string;
  readonly index: number;
}

const STATE_KEY = 'articleReader';

export function readMark(state: unknown): Place | null {
  if (typeof state !== 'object' || state === null) return null;
  const entry = (state as Record<string, unknown>)[STATE_KEY];
  if (typeof entry !== 'object' || entry === null) return null;
  const { run, index } = entry as Record<string, unknown>;
  if (typeof index !== 'number' || !Number.isInteger(index)) return null;
  return { run: typeof run === 'string' ? run : '', index };
}

export function samePlace(a: Place | null, b: Place | null): boolean {
  return a === b || (a !== null && b !== null && a.run === b.run && a.index === b.index);
}

/** Adds our mark to whatever state the host page keeps in the entry, without losing it. */
export function withMark(state: unknown, place: Place): Record<string, unknown> {
  const base =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { ...base, [STATE_KEY]: { run: place.run, index: place.index } };
}
