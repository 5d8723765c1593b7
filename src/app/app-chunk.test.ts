import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { APP_HOLD_MS, holdAppChunk } from './app-chunk';
import { FIRST_SCREEN_WAIT_MS } from './first-screen-wait';

const ENTRY = 'https://news.example/reader/article-reader.js';
const FILE = 'chunks/mount-reader-AbCd1234.js';

/** Resolves `promise`'s state now: 'settled' or 'pending'. */
async function state(promise: Promise<unknown>): Promise<'settled' | 'pending'> {
  const seen = { settled: false };
  void promise.then(() => (seen.settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return seen.settled ? 'settled' : 'pending';
}

const preload = () => document.head.querySelector<HTMLLinkElement>('link[rel="modulepreload"]');

function firstScreenIn(element: HTMLElement): HTMLImageElement {
  element.innerHTML = '<div data-first-screen><img src="/lead.jpg" alt=""></div>';
  const img = element.querySelector('img');
  if (!img) throw new Error('no picture');
  Object.defineProperty(img, 'complete', { value: false });
  return img;
}

describe('holdAppChunk', () => {
  let supports: MockInstance<DOMTokenList['supports']>;
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom knows no modulepreload; the browsers the reader supports do.
    supports = vi.spyOn(DOMTokenList.prototype, 'supports').mockReturnValue(true);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('starts fetching the app chunk beside the entry, with the entry’s own nonce', () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = ENTRY;
    script.nonce = 'r4nd0m';
    document.head.append(script);
    holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY });
    expect(preload()?.href).toBe('https://news.example/reader/chunks/mount-reader-AbCd1234.js');
    expect(preload()?.nonce).toBe('r4nd0m');
  });

  it('holds nothing outside a build, or where the browser cannot preload a module', () => {
    expect(holdAppChunk(document, window, { file: null, entryUrl: ENTRY })).toBeNull();
    supports.mockReturnValue(false);
    expect(holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY })).toBeNull();
    expect(preload()).toBeNull();
  });

  it('lets the app run a frame after the first screen’s picture has painted, not before', async () => {
    const frames: FrameRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
    };
    const held = holdAppChunk(document, win, { file: FILE, entryUrl: ENTRY });
    if (!held) throw new Error('not held');
    preload()?.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(APP_HOLD_MS - 100);
    const element = document.createElement('div');
    document.body.append(element);
    const img = firstScreenIn(element);
    held.painted(element);
    // Past the arrived chunk's hold: a first screen already painting is still waited for.
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(await state(held.released)).toBe('pending');
    img.dispatchEvent(new Event('load'));
    expect(await state(held.released)).toBe('pending');
    frames.forEach((frame) => frame(0));
    expect(await state(held.released)).toBe('settled');
  });

  it('does not keep an arrived chunk waiting long for a first screen that is slow to come', async () => {
    const held = holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY });
    if (!held) throw new Error('not held');
    // Not yet arrived: nothing counts down.
    await vi.advanceTimersByTimeAsync(APP_HOLD_MS * 3);
    expect(await state(held.released)).toBe('pending');
    preload()?.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(APP_HOLD_MS - 1);
    expect(await state(held.released)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(held.released)).toBe('settled');
  });

  it('lets the app run at once when no first screen is coming, or the chunk failed', async () => {
    const held = holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY });
    held?.release();
    expect(await state(held?.released ?? Promise.reject(new Error('not held')))).toBe('settled');
    document.head.replaceChildren();
    const failed = holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY });
    preload()?.dispatchEvent(new Event('error'));
    expect(await state(failed?.released ?? Promise.reject(new Error('not held')))).toBe('settled');
  });

  it('takes its preload out of the page again when the reader is unmounted', () => {
    holdAppChunk(document, window, { file: FILE, entryUrl: ENTRY })?.remove();
    expect(preload()).toBeNull();
  });
});
