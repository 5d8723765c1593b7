import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { ARTICLE_KEY_ATTRIBUTE } from '../content/article-key';
import { createSleepHeights, type SleepHeights } from './sleep-heights';

/** A ref callback: measures an element while it is on the page (React 19 ref cleanup). */
export type MeasureRef = (element: Element | null) => (() => void) | undefined;

/**
 * One ResizeObserver for every article that may sleep (no layout reads of our own), found
 * by its key attribute. An article is observed only while it is on the page, so nothing
 * that left it stays alive in the observer. A sleeping article keeps its box at the height
 * measured, so what is reported while it sleeps is that same height. Without ResizeObserver
 * (a server, jsdom) nothing is measured and nothing sleeps. What is measured renders nothing
 * by itself (sleep-heights.ts).
 */
export function useSleepHeights(): {
  heights: SleepHeights;
  measure: MeasureRef;
  /** How often a waiting article got its first height: a new value asks for a render. */
  measured: number;
} {
  // Bumped only when an article waiting to sleep gets its first height: a transition, so the
  // render that puts it to sleep is sliced between frames, not run in the observer's callback.
  const [measured, setMeasured] = useState(0);
  const [heights] = useState(() =>
    createSleepHeights(() => startTransition(() => setMeasured((count) => count + 1))),
  );
  const observerRef = useRef<ResizeObserver | null>(null);

  useEffect(() => () => observerRef.current?.disconnect(), []);

  const measure = useCallback<MeasureRef>(
    (element) => {
      if (!element || typeof ResizeObserver === 'undefined') return undefined;
      observerRef.current ??= new ResizeObserver((entries) => {
        heights.record(
          entries.flatMap((entry): [string, number][] => {
            const box = entry.borderBoxSize[0];
            const key = entry.target.getAttribute(ARTICLE_KEY_ATTRIBUTE);
            return box && key !== null ? [[key, Math.round(box.blockSize)]] : [];
          }),
        );
      });
      const observer = observerRef.current;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [heights],
  );

  return { heights, measure, measured };
}
