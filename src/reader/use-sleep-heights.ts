import { useCallback, useEffect, useRef, useState } from 'react';
import { ARTICLE_KEY_ATTRIBUTE } from '../content/article-key';

/** The last heights (border box, CSS px) of the parts that may sleep, by article key. */
export interface SleepHeights {
  /** Each article's own box. */
  readonly article: ReadonlyMap<string, number>;
  /** The ad slot's place after each article, its margins included. */
  readonly after: ReadonlyMap<string, number>;
}

/** On the ad slot's place after an article: that article's key. */
export const AFTER_KEY_ATTRIBUTE = 'data-after-key';

/** A ref callback: measures an element while it is on the page (React 19 ref cleanup). */
export type MeasureRef = (element: Element | null) => (() => void) | undefined;

const EMPTY: SleepHeights = { article: new Map(), after: new Map() };

interface Seen {
  readonly part: keyof SleepHeights;
  readonly key: string;
  readonly height: number;
}

/**
 * One ResizeObserver for everything that may sleep (no layout reads of our own): articles by
 * their key attribute, ad places by theirs. A part is observed only while it is on the page,
 * so nothing that left it stays alive in the observer. A sleeping article keeps its box at
 * the height measured, so what is reported while it sleeps is that same height. Without
 * ResizeObserver (a server, jsdom) nothing is measured and nothing sleeps.
 */
export function useSleepHeights(): { heights: SleepHeights; measure: MeasureRef } {
  const [heights, setHeights] = useState<SleepHeights>(EMPTY);
  const observerRef = useRef<ResizeObserver | null>(null);

  useEffect(() => () => observerRef.current?.disconnect(), []);

  const measure = useCallback<MeasureRef>((element) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    observerRef.current ??= new ResizeObserver((entries) => {
      const seen = entries.flatMap((entry): Seen[] => {
        const box = entry.borderBoxSize[0];
        const part = partOf(entry.target);
        return box && part ? [{ ...part, height: Math.round(box.blockSize) }] : [];
      });
      if (seen.length > 0) setHeights((previous) => withHeights(previous, seen));
    });
    const observer = observerRef.current;
    observer.observe(element);
    return () => observer.unobserve(element);
  }, []);

  return { heights, measure };
}

function partOf(element: Element): Omit<Seen, 'height'> | null {
  const after = element.getAttribute(AFTER_KEY_ATTRIBUTE);
  if (after !== null) return { part: 'after', key: after };
  const key = element.getAttribute(ARTICLE_KEY_ATTRIBUTE);
  return key === null ? null : { part: 'article', key };
}

function withHeights(previous: SleepHeights, seen: readonly Seen[]): SleepHeights {
  const changed = seen.filter(({ part, key, height }) => previous[part].get(key) !== height);
  if (changed.length === 0) return previous;
  const next = { article: new Map(previous.article), after: new Map(previous.after) };
  for (const { part, key, height } of changed) next[part].set(key, height);
  return next;
}
