import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { ARTICLE_KEY_ATTRIBUTE } from '../content/article-key';

/** Each article's last height (border box, CSS px), by article key. */
export type SleepHeights = ReadonlyMap<string, number>;

/** A ref callback: measures an element while it is on the page (React 19 ref cleanup). */
export type MeasureRef = (element: Element | null) => (() => void) | undefined;

const EMPTY: SleepHeights = new Map();

/**
 * One ResizeObserver for every article that may sleep (no layout reads of our own), found
 * by its key attribute. An article is observed only while it is on the page, so nothing
 * that left it stays alive in the observer. A sleeping article keeps its box at the height
 * measured, so what is reported while it sleeps is that same height. Without ResizeObserver
 * (a server, jsdom) nothing is measured and nothing sleeps.
 */
export function useSleepHeights(): { heights: SleepHeights; measure: MeasureRef } {
  const [heights, setHeights] = useState<SleepHeights>(EMPTY);
  const observerRef = useRef<ResizeObserver | null>(null);

  useEffect(() => () => observerRef.current?.disconnect(), []);

  const measure = useCallback<MeasureRef>((element) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    observerRef.current ??= new ResizeObserver((entries) => {
      const seen = entries.flatMap((entry): [string, number][] => {
        const box = entry.borderBoxSize[0];
        const key = entry.target.getAttribute(ARTICLE_KEY_ATTRIBUTE);
        return box && key !== null ? [[key, Math.round(box.blockSize)]] : [];
      });
      // A transition: a picture loading or an article growing re-renders the list in slices
      // between frames, not in the observer's callback (long animation frames, issue 7).
      if (seen.length > 0)
        startTransition(() => setHeights((previous) => withHeights(previous, seen)));
    });
    const observer = observerRef.current;
    observer.observe(element);
    return () => observer.unobserve(element);
  }, []);

  return { heights, measure };
}

function withHeights(previous: SleepHeights, seen: readonly [string, number][]): SleepHeights {
  const changed = seen.filter(([key, height]) => previous.get(key) !== height);
  if (changed.length === 0) return previous;
  const next = new Map(previous);
  for (const [key, height] of changed) next.set(key, height);
  return next;
}
