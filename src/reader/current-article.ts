/**
 * Which article is being read: the one covering the horizontal middle of the viewport
 * (docs/decisions/0110-current-article-in-the-frame.md).
 *
 * The answer is read from the articles' boxes in the scroll event itself. Scroll events are
 * dispatched inside the frame that moves the page, before its paint, so the address changes
 * in the frame where the article crosses. An IntersectionObserver's callback, by contrast, is
 * a task queued after that frame, behind whatever the page had queued (a slice of a React
 * transition, a carousel starting): under a 4x CPU slowdown that put 150-600 ms between the
 * crossing and the address. Reading the boxes there costs a walk over one or two articles:
 * the frame lays out anyway, and nothing is written before the read.
 *
 * What moves an article across the line without a scroll (an article added where the page
 * ended, a picture above loading, a resize) is caught by an observer of the line, whose
 * callback only asks for a check at the start of the next frame, where layout is due anyway.
 */
export interface CurrentArticleTracker {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

// Shrinks the viewport to the zero-height line at its middle.
const MIDDLE_LINE_MARGIN = '-50% 0px -50% 0px';

/** The boxes the tracker reads (the window in the browser; a stand-in in unit tests). */
export type TrackerView = Pick<
  Window,
  'innerHeight' | 'addEventListener' | 'removeEventListener' | 'requestAnimationFrame'
> &
  Partial<Pick<Window, 'cancelAnimationFrame'>>;

export function createCurrentArticleTracker(
  onChange: (element: Element) => void,
  view: TrackerView = window,
): CurrentArticleTracker {
  // The observed articles in document order, which is their order down the page.
  const elements: Element[] = [];
  let current: Element | null = null;
  let frame: number | null = null;

  const check = (): void => {
    frame = null;
    for (let i = elements.length - 1; i >= 0; i -= 1)
      if (!elements[i]?.isConnected) elements.splice(i, 1);
    const next = findCurrent(elements, current, view.innerHeight);
    if (next && next !== current) {
      current = next;
      onChange(next);
    }
  };
  const checkSoon = (): void => {
    frame ??= view.requestAnimationFrame(check);
  };
  // Capture: a scroll of any scrolling box around the reader reaches the window this way.
  const options = { passive: true, capture: true } as const;
  view.addEventListener('scroll', check, options);
  view.addEventListener('resize', checkSoon);
  const line = new IntersectionObserver(checkSoon, {
    rootMargin: MIDDLE_LINE_MARGIN,
    threshold: 0,
  });

  return {
    observe(element) {
      if (elements.includes(element)) return;
      const at = elements.findIndex((other) => documentOrder(element, other) < 0);
      elements.splice(at < 0 ? elements.length : at, 0, element);
      line.observe(element);
      checkSoon(); // it may already be on the line, with no scroll to come
    },
    unobserve(element) {
      const at = elements.indexOf(element);
      if (at >= 0) elements.splice(at, 1);
      line.unobserve(element);
      if (current === element) current = null;
    },
    disconnect() {
      view.removeEventListener('scroll', check, options);
      view.removeEventListener('resize', checkSoon);
      if (frame !== null) view.cancelAnimationFrame?.(frame);
      line.disconnect();
      elements.length = 0;
    },
  };
}

interface Box {
  readonly element: Element;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The article on the middle line, found by walking from the current one (it, or a neighbour,
 * in all but a jump). When none is on the line (an ad slot or the gap between two articles is
 * there) the current one stays, so the choice never flaps at a boundary, unless it has left
 * the screen (a jump: End, a fragment link, a long flick leaving the line on the end block):
 * then the article in view nearest the line. When two touch the line at once (the instant one
 * ends where the next begins), the one already current keeps it.
 */
function findCurrent(
  elements: readonly Element[],
  current: Element | null,
  viewportHeight: number,
): Element | null {
  if (elements.length === 0) return current;
  const middle = viewportHeight / 2;
  const box = (index: number): Box | null => {
    const element = elements[index];
    return element ? boxOf(element) : null;
  };
  // The line is the row of pixels at mid-height: an article covers it from the moment its
  // top is within that row until its bottom has left it.
  const covers = (b: Box) => b.top < middle + 1 && b.bottom > middle;
  const from = current ? Math.max(0, elements.indexOf(current)) : 0;
  const start = box(from);
  if (!start) return current;
  if (covers(start)) return start.element;
  // Walk towards the line: down the page if the start is above it, up if below.
  const step = start.bottom <= middle ? 1 : -1;
  let previous = start;
  for (let i = from + step; ; i += step) {
    const next = box(i);
    if (!next) break;
    if (covers(next)) return next.element;
    const passed = step > 0 ? next.top >= middle + 1 : next.bottom <= middle;
    if (passed) {
      // The line lies in the gap between `previous` and `next`.
      const [above, below] = step > 0 ? [previous, next] : [next, previous];
      return inGap(above, below, current, viewportHeight);
    }
    previous = next;
  }
  // The line lies beyond the first or last article (the end block, the page above the feed).
  return inGap(step > 0 ? previous : null, step > 0 ? null : previous, current, viewportHeight);
}

function inGap(
  above: Box | null,
  below: Box | null,
  current: Element | null,
  viewportHeight: number,
): Element | null {
  if (current === null) return null;
  const middle = viewportHeight / 2;
  const onScreen = (b: Box | null): b is Box =>
    b !== null && b.bottom > 0 && b.top < viewportHeight;
  const neighbour = [above, below].find((b) => b?.element === current);
  const currentBox = neighbour ?? (current.isConnected ? boxOf(current) : null);
  if (onScreen(currentBox ?? null)) return current;
  // Of the two either side of the line, the one on screen nearest it (the one above on a tie).
  const distance = (b: Box) => (b.bottom <= middle ? middle - b.bottom : b.top - middle);
  const [best] = [above, below].filter(onScreen).sort((a, b) => distance(a) - distance(b));
  return best?.element ?? current;
}

function boxOf(element: Element): Box {
  const { top, bottom } = element.getBoundingClientRect();
  return { element, top, bottom };
}

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
