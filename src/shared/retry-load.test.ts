import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWithRetry, pauseOrOnline } from './retry-load';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('loading with retries', () => {
  it('tries again after each failure and gives the first success', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('dropped'))
      .mockResolvedValue('engine');
    const pause = vi.fn(() => Promise.resolve());
    const { signal } = new AbortController();
    const policy = { retries: 3, delay: (n: number) => 100 * 2 ** n, pause, signal };
    await expect(loadWithRetry(load, policy)).resolves.toBe('engine');
    expect(pause).toHaveBeenCalledWith(100, signal);
  });

  it('reports the last failure once the retries are spent', async () => {
    const load = vi.fn(() => Promise.reject(new Error('gone')));
    const policy = {
      retries: 2,
      delay: () => 0,
      pause: () => Promise.resolve(),
      signal: new AbortController().signal,
    };
    await expect(loadWithRetry(load, policy)).rejects.toThrow('gone');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('stops when the load is no longer wanted', async () => {
    const load = vi.fn(() => Promise.reject(new Error('gone')));
    const owner = new AbortController();
    const pause = () => {
      owner.abort();
      return Promise.resolve();
    };
    await expect(
      loadWithRetry(load, { retries: 3, delay: () => 0, pause, signal: owner.signal }),
    ).rejects.toThrow('gone');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ends a pause early when the connection comes back', async () => {
    vi.useFakeTimers();
    const ended = vi.fn();
    void pauseOrOnline(window)(10_000, new AbortController().signal).then(ended);
    await vi.advanceTimersByTimeAsync(100);
    expect(ended).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends a pause at its time without a connection event', async () => {
    vi.useFakeTimers();
    const ended = vi.fn();
    void pauseOrOnline(window)(1000, new AbortController().signal).then(ended);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends a pause at once, leaving no timer or listener, when its owner goes away', async () => {
    vi.useFakeTimers();
    const unlistens = vi.spyOn(window, 'removeEventListener');
    const owner = new AbortController();
    const ended = vi.fn();
    void pauseOrOnline(window)(2000, owner.signal).then(ended);
    expect(vi.getTimerCount()).toBe(1);
    owner.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(unlistens).toHaveBeenCalledWith('online', expect.any(Function));
  });

  it('gives up a load whose owner goes away during the pause, without trying again', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.reject(new Error('dropped')));
    const owner = new AbortController();
    const policy = {
      retries: 3,
      delay: () => 2000,
      pause: pauseOrOnline(window),
      signal: owner.signal,
    };
    const loaded = loadWithRetry(load, policy);
    const settled = expect(loaded).rejects.toThrow('dropped');
    await vi.advanceTimersByTimeAsync(0);
    owner.abort();
    await settled;
    expect(load).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
