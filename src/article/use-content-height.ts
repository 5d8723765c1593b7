import { useEffect, useState, type RefObject } from 'react';

/**
 * The last height of an element while it is awake, in CSS pixels, or null before it was
 * ever measured. A ResizeObserver reports it (no layout reads of our own); while `paused`,
 * the last height is kept.
 */
export function useContentHeight(
  ref: RefObject<HTMLElement | null>,
  paused: boolean,
): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (paused || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.borderBoxSize[0];
      if (box) setHeight(Math.round(box.blockSize));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, paused]);
  return height;
}
