import { describe, expect, it, vi } from 'vitest';
import { afterHostLanding, IDLE_FALLBACK_MS, IDLE_TIMEOUT_MS } from './deferred-start';

/** A window whose load, scroll, idle callbacks and timers the test drives. */
function hostWindow(readyState: DocumentReadyState, withIdle = true) {
  const target = new EventTarget();
  const idle: { callback: () => void; timeout: number | undefined }[] = [];
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
    clearTimeout: (handle: number) => window.clearTimeout(handle),
    ...(withIdle && {
      requestIdleCallback: (callback: () => void, options?: IdleRequestOptions) =>
        idle.push({ callback, timeout: options?.timeout }),
      cancelIdleCallback: (handle: number) => {
        idle.splice(handle - 1, 1);
      },
    }),
  } as unknown as Window;
  const fire = (type: string) => target.dispatchEvent(new Event(type));
  return { win, idle, fire };
}

describe('afterHostLanding', () => {
  it('starts nothing before the host page has loaded, even on a scroll', () => {
    const { win, idle, fire } = hostWindow('interactive');
    const start = vi.fn();
    afterHostLanding(win, start);
    fire('scroll');
    expect(start).not.toHaveBeenCalled();
    expect(idle).toHaveLength(0);
  });

  it('starts at the first idle moment after load, with a timeout for busy pages', () => {
    const { win, idle, fire } = hostWindow('interactive');
    const start = vi.fn();
    afterHostLanding(win, start);
    fire('load');
    expect(start).not.toHaveBeenCalled();
    expect(idle.map((entry) => entry.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    idle[0]?.callback();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at the first scroll after load when that comes before the idle moment, once', () => {
    const { win, idle, fire } = hostWindow('complete');
    const start = vi.fn();
    afterHostLanding(win, start);
    fire('scroll');
    expect(start).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(0);
    fire('scroll');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timeout where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      const { win, fire } = hostWindow('loading', false);
      const start = vi.fn();
      afterHostLanding(win, start);
      fire('load');
      vi.advanceTimersByTime(IDLE_FALLBACK_MS - 1);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(start).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never starts once cancelled (the reader was unmounted first)', () => {
    const { win, idle, fire } = hostWindow('complete');
    const start = vi.fn();
    const cancel = afterHostLanding(win, start);
    cancel();
    fire('scroll');
    expect(idle).toHaveLength(0);
    expect(start).not.toHaveBeenCalled();
  });
});
