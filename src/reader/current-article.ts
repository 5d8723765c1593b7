/**
 * Which article is being read: the one crossing the horizontal middle of the viewport.
 * An IntersectionObserver whose root is shrunk to a line at mid-height reports exactly the
 * elements crossing it, so nothing runs per scroll event and nothing reads layout.
 */
export interface CurrentArticleTracker {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

// Shrinks the viewport to the zero-height line at its middle.
const MIDDLE_LINE_MARGIN = '-50% 0px -50% 0px';

export function createCurrentArticleTracker(
  onChange: (element: Element) => void,
): CurrentArticleTracker {
  const crossing = new Set<Element>();
  let current: Element | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) crossing.add(entry.target);
        else crossing.delete(entry.target);
      }
      const next = chooseCurrent([...crossing], current);
      if (next && next !== current) {
        current = next;
        onChange(next);
      }
    },
    { rootMargin: MIDDLE_LINE_MARGIN, threshold: 0 },
  );
  return {
    observe: (element) => observer.observe(element),
    unobserve(element) {
      observer.unobserve(element);
      crossing.delete(element);
    },
    disconnect() {
      observer.disconnect();
      crossing.clear();
    },
  };
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
