import { describe, expect, it, vi } from 'vitest';
import { QUIET_MS, whenQuiet, type QuietWindow } from './when-quiet';

/** A window whose idle callbacks are run by hand, each with the idle time it is given. */
function idleWindow() {
  const waiting = new Map<number, IdleRequestCallback>();
  let handles = 0;
  const win = {
    setTimeout: vi.fn(),
    clearTimeout: vi.fn(),
    requestAnimationFrame: vi.fn(),
    requestIdleCallback: (callback: IdleRequestCallback) => {
      handles += 1;
      waiting.set(handles, callback);
      return handles;
    },
    cancelIdleCallback: (handle: number) => waiting.delete(handle),
  } as unknown as QuietWindow;
  const idle = (ms: number) => {
    const callbacks = [...waiting.values()];
    waiting.clear();
    callbacks.forEach((callback) => callback({ didTimeout: ms === 0, timeRemaining: () => ms }));
  };
  return { win, idle, waiting: () => waiting.size };
}

describe('whenQuiet', () => {
  it('waits through short idle moments (the page is drawing) and runs at a long one', () => {
    const { win, idle } = idleWindow();
    const run = vi.fn();
    whenQuiet(win, run);
    idle(12); // between two frames of a scroll
    idle(0); // the wait's timeout on a busy page
    expect(run).not.toHaveBeenCalled();
    idle(QUIET_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled while it waits, after looking again', () => {
    const { win, idle, waiting } = idleWindow();
    const run = vi.fn();
    const cancel = whenQuiet(win, run);
    idle(5);
    cancel();
    expect(waiting()).toBe(0);
    idle(50);
    expect(run).not.toHaveBeenCalled();
  });

  it('runs after a frame’s worth of time where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      const timers = {
        setTimeout: window.setTimeout.bind(window),
        clearTimeout: window.clearTimeout.bind(window),
        requestAnimationFrame: window.requestAnimationFrame.bind(window),
      };
      const run = vi.fn();
      whenQuiet(timers, run);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(50);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
