import { describe, expect, it, vi } from 'vitest';
import { afterFirstScroll } from './first-scroll';

// The module remembers the page's first scroll, so these run in order on one fake window.
describe('afterFirstScroll', () => {
  const page = new EventTarget();

  it('waits for the first scroll, and a cancelled wait never runs', () => {
    const cancelled = vi.fn();
    const waiting = vi.fn();
    afterFirstScroll(page, cancelled)();
    afterFirstScroll(page, waiting);
    expect(waiting).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('scroll'));
    expect(waiting).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs at once for a caller after the page has scrolled, and only once per caller', () => {
    const late = vi.fn();
    afterFirstScroll(page, late);
    expect(late).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('scroll'));
    expect(late).toHaveBeenCalledTimes(1);
  });
});
