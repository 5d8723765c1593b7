import { describe, expect, it, vi } from 'vitest';
import { IDLE_WAIT_MS, whenIdle } from './when-idle';

describe('whenIdle', () => {
  it('runs at the next idle moment, waiting at most IDLE_WAIT_MS, and can be cancelled', () => {
    const run = vi.fn();
    const idle: { callback?: () => void; options?: IdleRequestOptions } = {};
    const cancelIdleCallback = vi.fn();
    const win = {
      setTimeout: vi.fn(),
      clearTimeout: vi.fn(),
      requestIdleCallback: (callback: () => void, options?: IdleRequestOptions) => {
        Object.assign(idle, { callback, options });
        return 7;
      },
      cancelIdleCallback,
    } as unknown as Parameters<typeof whenIdle>[0];
    const cancel = whenIdle(win, run);
    expect(run).not.toHaveBeenCalled();
    expect(idle.options?.timeout).toBe(IDLE_WAIT_MS);
    idle.callback?.();
    expect(run).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });

  it('falls back to a short timeout where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      const timers = {
        setTimeout: window.setTimeout.bind(window),
        clearTimeout: window.clearTimeout.bind(window),
      };
      const run = vi.fn();
      const cancelled = vi.fn();
      whenIdle(timers, run);
      whenIdle(timers, cancelled)();
      vi.advanceTimersByTime(50);
      expect(run).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
