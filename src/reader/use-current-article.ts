import { useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import { ARTICLE_KEY_ATTRIBUTE } from '../content/article-key';
import { createCurrentArticleTracker, type CurrentArticleTracker } from './current-article';

/**
 * Calls `onChange` with the article element that crosses the viewport's middle whenever
 * that changes. `count` is the number of articles on the page: new ones are observed as
 * they arrive.
 */
export function useCurrentArticle(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  onChange: (element: HTMLElement) => void,
  /** An element outside the feed that is also an article of the sequence (the host's). */
  extra: HTMLElement | null = null,
): void {
  const change = useEffectEvent(onChange);
  const trackerRef = useRef<CurrentArticleTracker | null>(null);

  // A layout effect too, so it exists before the one below first observes.
  useLayoutEffect(() => {
    const tracker = createCurrentArticleTracker((element) => {
      if (element instanceof HTMLElement) change(element);
    }, window);
    trackerRef.current = tracker;
    return () => {
      tracker.disconnect();
      trackerRef.current = null;
    };
  }, []);

  // In the commit that adds them, so an article put where the line already is counts from the
  // frame that first paints it, not from a later one.
  useLayoutEffect(() => {
    const tracker = trackerRef.current;
    const container = containerRef.current;
    if (!tracker || !container) return;
    // Observing an element twice is a no-op, so all of them can be passed each time.
    for (const element of container.querySelectorAll(`:scope > article[${ARTICLE_KEY_ATTRIBUTE}]`))
      tracker.observe(element);
    if (extra) tracker.observe(extra);
  }, [containerRef, count, extra]);
}
