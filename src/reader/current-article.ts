/**
 * Which article is being read: the one crossing the horizontal middle of the viewport.
 * An IntersectionObserver whose root is shrunk to a line at mid-height reports exactly the
 * elements crossing it, so nothing runs per scroll event and nothing reads layout. A second
 * one knows which articles are on screen at all: after a jump (End, a fragment link, a long
 * wheel flick) that leaves the line on the end block or below the feed, the article in view
 * becomes current instead of one no longer on screen.
 */
export interface CurrentArticleTracker {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

// Shrinks the viewport to the zero-height line at its middle.
export const MIDDLE_LINE_MARGIN = '-50% 0px -50% 0px';

export function createCurrentArticleTracker(
  onChange: (element: Element) => void,
): CurrentArticleTracker {
  const crossing = new Set<Element>();
  const onScreen = new Set<Element>();
  let current: Element | null = null;
  const update = () => {
    let next = chooseCurrent([...crossing], current);
    // Nothing on the line and the current article gone from the screen: the nearest in view.
    if (crossing.size === 0 && current !== null && !onScreen.has(current) && onScreen.size > 0)
      next = nearestToMiddle([...onScreen]) ?? current;
    if (next && next !== current) {
      current = next;
      onChange(next);
    }
  };
  const track = (set: Set<Element>) => (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      if (entry.isIntersecting) set.add(entry.target);
      else set.delete(entry.target);
    }
    update();
  };
  const line = new IntersectionObserver(track(crossing), {
    rootMargin: MIDDLE_LINE_MARGIN,
    threshold: 0,
  });
  const screen = new IntersectionObserver(track(onScreen), { threshold: 0 });
  return {
    observe(element) {
      line.observe(element);
      screen.observe(element);
    },
    unobserve(element) {
      line.unobserve(element);
      screen.unobserve(element);
      crossing.delete(element);
      onScreen.delete(element);
    },
    disconnect() {
      line.disconnect();
      screen.disconnect();
      crossing.clear();
      onScreen.clear();
    },
  };
}

/**
 * Of the articles on screen, the one nearest the middle line (in document order on a tie).
 * Read only in the rare moment after a jump, inside an observer callback, where layout is
 * already done.
 */
function nearestToMiddle(elements: readonly Element[]): Element | null {
  const middle = (elements[0]?.ownerDocument.defaultView?.innerHeight ?? 0) / 2;
  let best: Element | null = null;
  let bestDistance = Infinity;
  for (const element of [...elements].sort(documentOrder)) {
    const { top, bottom } = element.getBoundingClientRect();
    const distance = bottom < middle ? middle - bottom : top > middle ? top - middle : 0;
    if (distance < bestDistance) {
      best = element;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The article on the middle line. When none is (an ad slot or the gap between two articles
 * is there), the previous one stays current, so the choice never flaps at a boundary. When
 * two touch the line at once (the instant one ends where the next begins), the one already
 * current keeps it.
 */
export function chooseCurrent(
  crossing: readonly Element[],
  previous: Element | null,
): Element | null {
  if (crossing.length === 0) return previous;
  if (previous && crossing.includes(previous)) return previous;
  return [...crossing].sort(documentOrder)[0] ?? previous;
}

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
