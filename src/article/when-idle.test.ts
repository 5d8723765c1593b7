import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { intersect } from '../test/intersection-observer';
import { IDLE_WAIT_MS, useIdleStart, whenIdle } from './when-idle';

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

describe('useIdleStart', () => {
  it('starts at the first idle moment after its part comes near the screen, not before', () => {
    vi.useFakeTimers(); // jsdom has no requestIdleCallback: the short timeout stands in
    try {
      const part = document.body.appendChild(document.createElement('section'));
      const { result } = renderHook(() => useIdleStart({ current: part }));
      act(() => void vi.advanceTimersByTime(2 * IDLE_WAIT_MS));
      expect(result.current).toBe(false); // far down the page
      act(() => intersect(part, true));
      expect(result.current).toBe(false); // the next idle moment
      act(() => void vi.advanceTimersByTime(50));
      expect(result.current).toBe(true);
      part.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
