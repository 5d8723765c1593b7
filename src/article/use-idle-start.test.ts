import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { intersect } from '../test/intersection-observer';
import { useIdleStart } from './use-idle-start';
import { IDLE_WAIT_MS } from './when-idle';

describe('useIdleStart', () => {
  it('starts at the first idle moment after its part comes near the screen, not before', () => {
    vi.useFakeTimers(); // jsdom has no requestIdleCallback: the short timeout stands in
    try {
      const part = document.body.appendChild(document.createElement('section'));
      const { result } = renderHook(() => useIdleStart({ current: part }));
      act(() => void vi.advanceTimersByTime(2 * IDLE_WAIT_MS));
      expect(result.current).toBe(false); // far down the page
      act(() => intersect(part, true));
      expect(result.current).toBe(false); // the next idle moment
      act(() => void vi.advanceTimersByTime(50));
      expect(result.current).toBe(true);
      part.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
