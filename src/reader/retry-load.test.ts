import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWithRetry, pauseOrOnline } from './retry-load';

afterEach(() => {
  vi.useRealTimers();
});

describe('loading with retries', () => {
  it('tries again after each failure and gives the first success', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('dropped'))
      .mockResolvedValue('engine');
    const pause = vi.fn(() => Promise.resolve());
    const policy = { retries: 3, delay: (n: number) => 100 * 2 ** n, pause, wanted: () => true };
    await expect(loadWithRetry(load, policy)).resolves.toBe('engine');
    expect(pause).toHaveBeenCalledWith(100);
  });

  it('reports the last failure once the retries are spent', async () => {
    const load = vi.fn(() => Promise.reject(new Error('gone')));
    const policy = {
      retries: 2,
      delay: () => 0,
      pause: () => Promise.resolve(),
      wanted: () => true,
    };
    await expect(loadWithRetry(load, policy)).rejects.toThrow('gone');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('stops when the load is no longer wanted', async () => {
    const load = vi.fn(() => Promise.reject(new Error('gone')));
    let wanted = true;
    const pause = () => {
      wanted = false;
      return Promise.resolve();
    };
    await expect(
      loadWithRetry(load, { retries: 3, delay: () => 0, pause, wanted: () => wanted }),
    ).rejects.toThrow('gone');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ends a pause early when the connection comes back', async () => {
    vi.useFakeTimers();
    const ended = vi.fn();
    void pauseOrOnline(window)(10_000).then(ended);
    await vi.advanceTimersByTimeAsync(100);
    expect(ended).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends a pause at its time without a connection event', async () => {
    vi.useFakeTimers();
    const ended = vi.fn();
    void pauseOrOnline(window)(1000).then(ended);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
