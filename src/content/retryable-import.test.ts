import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, retryableImport } from './retryable-import';

const CHUNK = 'https://news.example/embed/chunks/gallery-carousel-Pb0kqZIo.js';

describe('a lazy chunk’s import, tried again', () => {
  it('reads the chunk’s URL from the messages Chromium and Firefox give', () => {
    expect(
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)),
    ).toBe(CHUNK);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}?retry=2`)),
    ).toBe(CHUNK);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
  });

  it('after a failure, imports the chunk under a new URL on every call, and stops once it loads', async () => {
    const module = { name: 'carousel' };
    const load = vi.fn(() =>
      Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)),
    );
    const importUrl = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}?retry=1`),
      )
      .mockResolvedValueOnce(module);
    const importChunk = retryableImport(load, importUrl);
    await expect(importChunk()).rejects.toThrow(TypeError);
    await expect(importChunk()).rejects.toThrow(TypeError);
    await expect(importChunk()).resolves.toBe(module);
    await expect(importChunk()).resolves.toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
    expect(importUrl.mock.calls).toEqual([[`${CHUNK}?retry=1`], [`${CHUNK}?retry=2`]]);
  });

  it('shares one import among the calls while it is on its way', async () => {
    const module = { name: 'aside' };
    const load = vi.fn(() => Promise.resolve(module));
    const importChunk = retryableImport(load);
    const [first, second] = await Promise.all([importChunk(), importChunk()]);
    expect(first).toBe(module);
    expect(second).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the plain import again where the failure names no URL (Safari)', async () => {
    const module = { name: 'engine' };
    const load = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce(module);
    const importUrl = vi.fn<(url: string) => Promise<unknown>>();
    const importChunk = retryableImport(load, importUrl);
    await expect(importChunk()).rejects.toThrow(TypeError);
    await expect(importChunk()).resolves.toBe(module);
    expect(importUrl).not.toHaveBeenCalled();
  });

  it('links a stylesheet that failed afresh, then imports the chunk', async () => {
    const css = 'https://news.example/embed/assets/reader-aside-7wTuvV2p.css';
    const module = { name: 'aside' };
    const load = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new Error(`Unable to preload CSS for ${css}`))
      .mockResolvedValueOnce(module);
    const importUrl = vi.fn<(url: string) => Promise<unknown>>();
    const linkStylesheet = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    const importChunk = retryableImport(load, importUrl, linkStylesheet);
    await expect(importChunk()).rejects.toThrow(/Unable to preload CSS/);
    await expect(importChunk()).resolves.toBe(module);
    expect(linkStylesheet).toHaveBeenCalledWith(`${css}?retry=1`);
    expect(importUrl).not.toHaveBeenCalled();
  });
});
