import { describe, expect, it, vi } from 'vitest';
import { createSleepHeights } from './sleep-heights';

describe('sleep heights', () => {
  it('keeps the last height measured for each article', () => {
    const heights = createSleepHeights(() => {});
    heights.record([
      ['a', 900],
      ['b', 1200],
    ]);
    heights.record([['a', 950]]);
    expect(heights.get('a')).toBe(950);
    expect(heights.get('b')).toBe(1200);
  });

  it('asks for no render when an article that nobody waits for is measured or grows', () => {
    const wanted = vi.fn();
    const heights = createSleepHeights(wanted);
    heights.record([['a', 900]]);
    expect(heights.get('a')).toBe(900);
    heights.record([['a', 1400]]);
    expect(wanted).not.toHaveBeenCalled();
  });

  it('asks for a render once when an article that should sleep gets its first height', () => {
    const wanted = vi.fn();
    const heights = createSleepHeights(wanted);
    expect(heights.get('far')).toBeUndefined();
    heights.record([['near', 700]]);
    expect(wanted).not.toHaveBeenCalled();
    heights.record([['far', 1100]]);
    heights.record([['far', 1150]]);
    expect(wanted).toHaveBeenCalledTimes(1);
    expect(heights.get('far')).toBe(1150);
  });
});
