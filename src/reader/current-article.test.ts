import { describe, expect, it } from 'vitest';
import { intersect } from '../test/intersection-observer';
import { chooseCurrent, createCurrentArticleTracker } from './current-article';

function articles(count: number): HTMLElement[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, () =>
    document.body.appendChild(document.createElement('article')),
  );
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
    const seen: Element[] = [];
    const tracker = createCurrentArticleTracker((element) => seen.push(element));
    tracker.observe(first);
    tracker.observe(second);
    intersect(first, true);
    intersect(first, false); // scrolled into the gap
    intersect(second, true);
    intersect(second, true);
    expect(seen).toEqual([first, second]);
    tracker.disconnect();
  });
});
