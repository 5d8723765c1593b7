import { describe, expect, it, vi } from 'vitest';
import { onFirstInput } from './first-input';

describe('the reader’s first input', () => {
  it.each([
    ['a scroll', () => new Event('scroll')],
    ['the wheel', () => new WheelEvent('wheel', { deltaY: 100 })],
    ['a key', () => new KeyboardEvent('keydown', { key: 'PageDown' })],
    ['a touch', () => new Event('touchstart')],
  ])('says reading has begun at %s, once', (_name, event) => {
    const run = vi.fn();
    onFirstInput(window, run);
    window.dispatchEvent(event());
    window.dispatchEvent(event());
    window.dispatchEvent(new Event('scroll'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('hears a scroll inside the page, which does not bubble to the window', () => {
    const run = vi.fn();
    const box = document.body.appendChild(document.createElement('div'));
    const stop = onFirstInput(window, run);
    box.dispatchEvent(new Event('scroll'));
    expect(run).toHaveBeenCalledTimes(1);
    stop();
    box.remove();
  });

  it('says nothing of a click, or after it was cancelled', () => {
    const run = vi.fn();
    const stop = onFirstInput(window, run);
    document.body.click();
    stop();
    window.dispatchEvent(new Event('scroll'));
    expect(run).not.toHaveBeenCalled();
  });
});
