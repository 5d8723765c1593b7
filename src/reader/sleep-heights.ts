/**
 * Each article's last height (border box, CSS px), by article key, as the reader's size
 * observer reports it. Kept outside React state: an awake article's height is only read when
 * it falls asleep, in the render that the move putting it to sleep makes anyway, so a picture
 * loading or an article growing re-renders nothing (long animation frames while reading,
 * issue 7; docs/decisions/0130). Only an article that should already sleep but was never
 * measured (it was revealed far from the one being read, as a restored place does) asks for
 * a render once its height is known.
 */
export interface SleepHeights {
  /**
   * The height measured last; undefined before the first measurement, and then the caller
   * (a render that would put the article to sleep) is called back once it is known.
   */
  get(key: string): number | undefined;
  /** What the size observer reported; calls `onWanted` when a waiting article was among them. */
  record(seen: readonly (readonly [string, number])[]): void;
}

export function createSleepHeights(onWanted: () => void): SleepHeights {
  const heights = new Map<string, number>();
  const waiting = new Set<string>();
  return {
    get(key) {
      const height = heights.get(key);
      if (height === undefined) waiting.add(key);
      return height;
    },
    record(seen) {
      let wanted = false;
      for (const [key, height] of seen) {
        heights.set(key, height);
        if (waiting.delete(key)) wanted = true;
      }
      if (wanted) onWanted();
    },
  };
}
