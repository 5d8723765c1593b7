import { describe, expect, it } from 'vitest';
import { intersect } from '../test/intersection-observer';
import { chooseCurrent, createCurrentArticleTracker, MIDDLE_LINE_MARGIN } from './current-article';

function articles(count: number): HTMLElement[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, () =>
    document.body.appendChild(document.createElement('article')),
  );
}

/** A tracker watching `elements`, and the changes it reported, in order. */
function tracked(elements: readonly HTMLElement[]) {
  const seen: Element[] = [];
  const tracker = createCurrentArticleTracker((element) => seen.push(element));
  for (const element of elements) tracker.observe(element);
  return { seen, tracker };
}

describe('current article', () => {
  it('is the article crossing the middle line', () => {
    const [first, second] = articles(2);
    expect(chooseCurrent([second as Element], first ?? null)).toBe(second);
  });

  it('stays the same while nothing crosses the middle (an ad slot or a gap is there)', () => {
    const [first] = articles(2);
    expect(chooseCurrent([], first ?? null)).toBe(first);
  });

  it('does not flap when two articles touch the line at once', () => {
    const [first, second] = articles(2);
    expect(chooseCurrent([first as Element, second as Element], second ?? null)).toBe(second);
    expect(chooseCurrent([second as Element, first as Element], null)).toBe(first);
  });

  it('reports a change once, when a new article crosses', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    const { seen, tracker } = tracked([first, second]);
    intersect(first, true);
    intersect(first, false); // scrolled into the gap
    intersect(second, true);
    intersect(second, true);
    expect(seen).toEqual([first, second]);
    tracker.disconnect();
  });

  it('after a jump that leaves the middle line below the feed, makes the article in view current', () => {
    const [first, second, third] = articles(3) as [HTMLElement, HTMLElement, HTMLElement];
    const { seen, tracker } = tracked([first, second, third]);
    intersect(first, true);
    // End: the first article leaves the screen; the third is in view, above the middle
    // line, which now lies on the end block. The second is off screen too.
    const middle = window.innerHeight / 2;
    third.getBoundingClientRect = () => new DOMRect(0, middle - 300, 100, 200);
    intersect(first, false);
    expect(seen).toEqual([first]);
    intersect(third, true, '0px');
    expect(seen).toEqual([first, third]);
    tracker.disconnect();
  });

  it('keeps the current article while it is still on screen, with nothing on the line', () => {
    const [first, second] = articles(2) as [HTMLElement, HTMLElement];
    const { seen, tracker } = tracked([first, second]);
    intersect(first, true);
    intersect(second, true, '0px'); // the next one shows at the bottom
    intersect(first, false, MIDDLE_LINE_MARGIN); // an ad slot is on the line
    expect(seen).toEqual([first]);
    tracker.disconnect();
  });
});
