import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstScreenPicture, FIRST_SCREEN_WAIT_MS } from './first-screen-wait';

function elementWith(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

/** Resolves `promise`'s state now: 'settled' or 'pending'. */
async function state(promise: Promise<unknown>): Promise<'settled' | 'pending'> {
  const seen = { settled: false };
  void promise.then(() => (seen.settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return seen.settled ? 'settled' : 'pending';
}

describe('afterFirstScreenPicture', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('lets the reader render at once when the entry painted no first screen', async () => {
    vi.useFakeTimers();
    const element = elementWith('');
    expect(await state(afterFirstScreenPicture(element, window))).toBe('settled');
  });

  it('waits for the first screen’s picture to load, then for the frame that paints it', async () => {
    vi.useFakeTimers();
    const element = elementWith('<div data-first-screen><img src="/lead.jpg" alt=""></div>');
    const img = element.querySelector('img');
    Object.defineProperty(img, 'complete', { value: false });
    const frames: FrameRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
    };
    const waited = afterFirstScreenPicture(element, win);
    expect(await state(waited)).toBe('pending');
    img?.dispatchEvent(new Event('load'));
    expect(await state(waited)).toBe('pending');
    frames.forEach((frame) => frame(0));
    expect(await state(waited)).toBe('settled');
  });

  it('does not hold the reader back for long for a picture that is slow to come', async () => {
    vi.useFakeTimers();
    const element = elementWith('<div data-first-screen><img src="/slow.jpg" alt=""></div>');
    Object.defineProperty(element.querySelector('img'), 'complete', { value: false });
    const waited = afterFirstScreenPicture(element, window);
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(await state(waited)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(waited)).toBe('settled');
  });
});
