import { describe, expect, it } from 'vitest';
import { intersect } from '../test/intersection-observer';
import { createCurrentArticleTracker, type TrackerView } from './current-article';

const HEIGHT = 800; // the viewport's; its middle line is at 400

function articles(count: number): HTMLElement[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, () =>
    document.body.appendChild(document.createElement('article')),
  );
}

/** Puts `element`'s box at `top` (viewport coordinates), `height` tall. */
function place(element: Element, top: number, height = 600): void {
  element.getBoundingClientRect = () => new DOMRect(0, top, 600, height);
}

/** A viewport whose scroll events and next frame the test sets off. */
function fakeView() {
  const events = new EventTarget();
  let frames: FrameRequestCallback[] = [];
  const view: TrackerView = {
    innerHeight: HEIGHT,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    requestAnimationFrame: (callback) => frames.push(callback),
  };
  return {
    view,
    scroll: () => events.dispatchEvent(new Event('scroll')),
    nextFrame: () => {
      const due = frames;
      frames = [];
      for (const callback of due) callback(0);
    },
  };
}

/** A tracker watching `elements`, and the changes it reported, in order. */
function tracked(elements: readonly HTMLElement[]) {
  const seen: Element[] = [];
  const page = fakeView();
  const tracker = createCurrentArticleTracker((element) => seen.push(element), page.view);
  for (const element of elements) tracker.observe(element);
  return { seen, tracker, ...page };
}

describe('current article', () => {
  it('changes in the scroll event that brings the next article onto the middle line', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    expect(seen).toEqual([first]);
    place(first, -700, 900);
    place(second, 300);
    scroll();
    expect(seen).toEqual([first, second]);
    tracker.disconnect();
  });

  it('stays the same while nothing covers the middle (an ad slot or a gap is there)', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    place(first, -550, 900); // its bottom at 350, the next begins at 450
    place(second, 450);
    scroll();
    expect(seen).toEqual([first]);
    tracker.disconnect();
  });

  it('does not flap when two articles touch the line at once', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, -800, 900);
    place(second, 100);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    expect(seen).toEqual([second]);
    // Back up a little: the first now ends exactly where the second begins, on the line.
    first.getBoundingClientRect = () => new DOMRect(0, -500, 600, 900.5);
    place(second, 400.5);
    scroll();
    expect(seen).toEqual([second]);
    tracker.disconnect();
  });

  it('counts an article from the moment its top is within the middle row of pixels', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, -600, 900);
    place(second, 400.6);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    expect(seen).toEqual([second]);
    tracker.disconnect();
  });

  it('after a jump that leaves the middle line below the feed, makes the article in view current', () => {
    const [first, second, third] = articles(3) as [HTMLElement, HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    place(third, 1700);
    const { seen, tracker, scroll } = tracked([first, second, third]);
    scroll();
    // End: the first two leave the screen; the third is in view, above the middle line,
    // which now lies on the end block.
    place(first, -2300, 900);
    place(second, -1300);
    place(third, -600, 700);
    scroll();
    expect(seen).toEqual([first, third]);
    tracker.disconnect();
  });

  it('keeps the current article while it is still on screen, with nothing on the line', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    place(first, -600, 900); // an ad slot is on the line; the next shows at the bottom
    place(second, 600);
    scroll();
    expect(seen).toEqual([first]);
    tracker.disconnect();
  });

  it('makes an article added on the line current at the next frame, with no scroll', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    const { seen, tracker, nextFrame } = tracked([first]);
    nextFrame();
    expect(seen).toEqual([first]);
    // The reader waits at the page's end; the next article goes in where it ended.
    place(first, -600, 800);
    place(second, 400);
    tracker.observe(second);
    expect(seen).toEqual([first]);
    nextFrame();
    expect(seen).toEqual([first, second]);
    tracker.disconnect();
  });

  it('checks again at the next frame when something crosses the line without a scroll', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    const { seen, tracker, scroll, nextFrame } = tracked([first, second]);
    scroll();
    nextFrame();
    place(first, -600, 200); // its body collapsed above the reader's eye
    place(second, -300);
    intersect(second, true);
    expect(seen).toEqual([first]);
    nextFrame();
    expect(seen).toEqual([first, second]);
    tracker.disconnect();
  });

  it('stops following the page once disconnected', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    place(first, 0, 900);
    place(second, 1000);
    const { seen, tracker, scroll } = tracked([first, second]);
    scroll();
    tracker.disconnect();
    place(second, 0);
    scroll();
    expect(seen).toEqual([first]);
  });
});
