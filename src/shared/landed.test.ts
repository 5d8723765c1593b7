import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, PAINT_FALLBACK_MS } from './landed';

function fakeWindow() {
  const frames: FrameRequestCallback[] = [];
  return {
    frames,
    win: {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      cancelAnimationFrame: () => undefined,
      setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
      clearTimeout: (id?: number) => window.clearTimeout(id),
    },
  };
}

describe('afterNextPaint', () => {
  it('calls back in a task after the next animation frame, once', () => {
    vi.useFakeTimers();
    const { frames, win } = fakeWindow();
    const painted = vi.fn();
    afterNextPaint(win, painted);
    vi.advanceTimersByTime(10);
    expect(painted).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(painted).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(painted).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PAINT_FALLBACK_MS);
    expect(painted).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('calls back anyway when no frame comes (a background tab), and not after a cancel', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow();
    const painted = vi.fn();
    const cancelled = vi.fn();
    afterNextPaint(win, painted);
    afterNextPaint(win, cancelled)();
    vi.advanceTimersByTime(PAINT_FALLBACK_MS);
    expect(painted).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
