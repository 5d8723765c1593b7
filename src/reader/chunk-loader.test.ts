import { describe, expect, it, vi } from 'vitest';
import { chunkLoader } from './chunk-loader';

const failure = () => new TypeError('Importing a module script failed.');

describe('a lazy chunk’s loader', () => {
  it('tries a failed load again on its own', async () => {
    vi.useFakeTimers();
    try {
      const module = { part: 'session' };
      const load = vi
        .fn<() => Promise<typeof module>>()
        .mockRejectedValueOnce(failure())
        .mockResolvedValue(module);
      const loaded = chunkLoader(load)(new AbortController().signal);
      await vi.runAllTimersAsync();
      await expect(loaded).resolves.toBe(module);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops trying once its caller has gone away', async () => {
    const load = vi.fn<() => Promise<object>>().mockRejectedValue(failure());
    const lifetime = new AbortController();
    const loaded = chunkLoader(load)(lifetime.signal);
    lifetime.abort();
    await expect(loaded).rejects.toThrow(TypeError);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
