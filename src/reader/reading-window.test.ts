import { describe, expect, it, vi } from 'vitest';
import {
  asleepBeside,
  createReadingWindowStore,
  currentSeenBy,
  failureReached,
  hasCaughtUp,
  isAsleep,
  isFinished,
  moveTo,
  revealNext,
  startWindow,
  wantsNextPage,
} from './reading-window';

describe('reading window', () => {
  it('begins with the first article, none read yet', () => {
    expect(startWindow()).toEqual({ revealed: 1, current: null });
  });

  it('begins a restored session with what it showed and the article being read', () => {
    expect(startWindow({ revealed: 5, current: 4 })).toEqual({ revealed: 5, current: 4 });
    expect(startWindow({ revealed: 0 }).revealed).toBe(1);
  });

  it('reveals one more article only when one is loaded', () => {
    const window = startWindow();
    expect(revealNext(window, 3).revealed).toBe(2);
    expect(revealNext(revealNext(window, 2), 2).revealed).toBe(2);
  });

  it('names the articles a fast scroll passed over, in reading order', () => {
    const reading = moveTo(startWindow({ revealed: 8 }), 0).window;
    const jump = moveTo(reading, 4);
    expect(jump.passedOver).toEqual([1, 2, 3]);
    expect(jump.window.current).toBe(4);
    expect(moveTo(jump.window, 5).passedOver).toEqual([]);
    expect(moveTo(jump.window, 1).passedOver).toEqual([]);
  });

  it('passes over nothing on the first article that becomes current', () => {
    expect(moveTo(startWindow({ revealed: 5 }), 3).passedOver).toEqual([]);
  });

  it('counts from the first article after the host article', () => {
    const onHost = moveTo(startWindow({ revealed: 4 }), -1).window;
    expect(moveTo(onHost, 2).passedOver).toEqual([0, 1]);
  });

  it('puts to sleep the articles more than two places from the one being read', () => {
    const window = moveTo(startWindow({ revealed: 10 }), 5).window;
    const asleep = [...Array(10).keys()].filter((index) => isAsleep(window, index));
    expect(asleep).toEqual([0, 1, 2, 8, 9]);
    // Before any article is current, the first counts as read.
    expect(isAsleep(startWindow({ revealed: 4 }), 3)).toBe(true);
    expect(isAsleep(startWindow({ revealed: 4 }), 2)).toBe(false);
  });

  it('wants the next page while fewer than two loaded articles are unrevealed', () => {
    const window = startWindow({ revealed: 3 });
    expect(wantsNextPage(window, { loaded: 5, complete: false })).toBe(false);
    expect(wantsNextPage(window, { loaded: 4, complete: false })).toBe(true);
    expect(wantsNextPage(window, { loaded: 4, complete: true })).toBe(false);
  });

  it('has caught up when every loaded article is shown and more will come', () => {
    const window = startWindow({ revealed: 3 });
    expect(hasCaughtUp(window, { loaded: 3, complete: false })).toBe(true);
    expect(hasCaughtUp(window, { loaded: 4, complete: false })).toBe(false);
    expect(hasCaughtUp(window, { loaded: 3, complete: true })).toBe(false);
  });

  it('finishes when the last article of a complete sequence is shown', () => {
    const window = startWindow({ revealed: 3 });
    expect(isFinished(window, { loaded: 3, complete: true })).toBe(true);
    expect(isFinished(window, { loaded: 4, complete: true })).toBe(false);
    expect(isFinished(window, { loaded: 3, complete: false })).toBe(false);
  });

  it('lets a failed prefetch reach the reader only once every loaded article is shown', () => {
    expect(failureReached(startWindow({ revealed: 2 }), { loaded: 3, complete: false })).toBe(
      false,
    );
    expect(failureReached(startWindow({ revealed: 3 }), { loaded: 3, complete: false })).toBe(true);
  });
});

describe('reading window store', () => {
  it('keeps a reveal that happens in the same moment as a move', () => {
    const store = createReadingWindowStore();
    store.reveal(5);
    store.move(1);
    store.reveal(5);
    store.move(2);
    expect(store.get()).toEqual({ revealed: 3, current: 2 });
  });

  it('counts what a move passed over from the article that really was current', () => {
    const store = createReadingWindowStore({ revealed: 6 });
    store.move(0);
    store.move(1);
    expect(store.move(4)).toEqual([2, 3]);
  });

  it('tells its listeners of each change, and only of changes', () => {
    const store = createReadingWindowStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.reveal(1);
    store.move(0);
    store.move(0);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.move(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a run of articles the current article exactly while it keeps one of them awake', () => {
    const window = (current: number | null) => ({ revealed: 40, current });
    for (let current = -1; current < 40; current += 1) {
      for (const [from, to] of [
        [0, 10],
        [10, 20],
        [30, 40],
      ] as const) {
        const seen = currentSeenBy(window(current), from, to);
        for (let index = from; index < to; index += 1)
          expect(asleepBeside(seen, index)).toBe(isAsleep(window(current), index));
      }
    }
    expect(currentSeenBy(window(null), 0, 10)).toBe(0);
  });

  it('shows a run far from the article being read the same current wherever it moves', () => {
    const seen = (current: number) => currentSeenBy({ revealed: 40, current }, 10, 20);
    expect(new Set([0, 3, 7].map(seen)).size).toBe(1);
    expect(new Set([22, 25, 39].map(seen)).size).toBe(1);
    expect(seen(8)).not.toBe(seen(7));
    expect(seen(21)).not.toBe(seen(22));
  });
});
