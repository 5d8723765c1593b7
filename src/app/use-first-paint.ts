import { useEffect, useState, type RefObject } from 'react';
import { afterNextPaint } from '../shared/landed';

/**
 * How long a lead picture that has not loaded holds the rest back: a slow or broken picture
 * must not stop the reader from reading on.
 */
const LEAD_PICTURE_WAIT_MS = 3000;

/**
 * False until the first article inside `containerRef` has been painted with its lead picture
 * (the page's largest paint), then true for good: the signal LandedContext carries. Watched
 * from outside the feed (a MutationObserver until the first <article> appears), so it holds
 * for a client render, a hydrated page and a restored place alike.
 */
export function useFirstArticlePainted(containerRef: RefObject<HTMLElement | null>): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const container = containerRef.current;
    if (!container || painted) return;
    const cancels: (() => void)[] = [];
    const paint = () => cancels.push(afterNextPaint(window, () => setPainted(true)));
    const observer = new MutationObserver(() => check());
    function check() {
      const article = container?.querySelector('article');
      if (!article) return false;
      observer.disconnect();
      const lead = article.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
      if (lead && !lead.complete) whenSettled(lead, paint, cancels);
      else paint();
      return true;
    }
    if (!check()) observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancels.forEach((cancel) => cancel());
    };
  }, [containerRef, painted]);
  return painted;
}

/** Calls `then` once `img` has loaded or failed, or after LEAD_PICTURE_WAIT_MS. */
function whenSettled(img: HTMLImageElement, then: () => void, cancels: (() => void)[]): void {
  let done = false;
  const settle = () => {
    if (done) return;
    done = true;
    stop();
    then();
  };
  const timer = window.setTimeout(settle, LEAD_PICTURE_WAIT_MS);
  const stop = () => {
    window.clearTimeout(timer);
    img.removeEventListener('load', settle);
    img.removeEventListener('error', settle);
  };
  img.addEventListener('load', settle);
  img.addEventListener('error', settle);
  cancels.push(stop);
}
