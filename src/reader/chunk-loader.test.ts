import { describe, expect, it, vi } from 'vitest';
import { chunkLoader } from './chunk-loader';

const noPause = () => Promise.resolve();
const failure = () => new TypeError('Importing a module script failed.');

describe('a lazy chunk for the page', () => {
  it('is fetched once for every caller, a failed load tried again on its own', async () => {
    const module = { part: 'session' };
    const load = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(failure())
      .mockResolvedValue(module);
    const loadChunk = chunkLoader(load);
    const [first, second] = await Promise.all([loadChunk(noPause), loadChunk(noPause)]);
    expect(first).toBe(module);
    expect(second).toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tells the caller after its tries, and the next caller asks afresh', async () => {
    const module = { part: 'aside' };
    const load = vi.fn<() => Promise<typeof module>>().mockRejectedValue(failure());
    const loadChunk = chunkLoader(load);
    await expect(loadChunk(noPause)).rejects.toThrow(TypeError);
    expect(load).toHaveBeenCalledTimes(4);
    load.mockResolvedValue(module);
    await expect(loadChunk(noPause)).resolves.toBe(module);
  });
});
