import { useEffect, useState, type RefObject } from 'react';
import { whenIdle } from './when-idle';

/** Near enough to be reached soon: within a screen's height above or below the viewport. */
const NEAR_VIEWPORT = '100% 0px 100% 0px';

/**
 * False until the page's first idle moment after `target` comes within a screen's height of
 * the viewport (at once where there is no IntersectionObserver): what can wait for it starts
 * in a task of its own, not in the commit that put it on the page, and a part far down the
 * page costs the landing nothing.
 */
export function useIdleStart(target?: RefObject<Element | null>): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    const element = target?.current;
    const start = () => setStarted(true);
    if (!element || typeof IntersectionObserver !== 'function') return whenIdle(window, start);
    let cancelIdle: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (cancelIdle || !entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancelIdle = whenIdle(window, start);
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle?.();
    };
  }, [started, target]);
  return started;
}
