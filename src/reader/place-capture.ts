import { elementKey } from '../content/article-key';
import { urlKey } from '../content/urls';
import type { Place } from './place-store';

/*
 * Taking the reader's place when the page is hidden or left (src/reader/use-place.ts says
 * when, and keeps it with place-store.ts, which also holds it to its size). Part of the
 * reading session's chunk: the first screen never needs it. It imports nothing the app's
 * chunk does not already hold, so the chunking keeps every library in the app's chunk.
 */

/**
 * The place as the page shows it now: the article on the middle line (or, in a gap, the last
 * one above it) and its top's distance from the viewport's top. Only when that article is
 * the one in the address bar: a second reader on the page, or an article of another origin,
 * is no place to come back to.
 */
export function capturePlace(
  feed: HTMLElement,
  middle: number,
  pageUrl: string,
  start: string | null,
): Place | null {
  const elements = [...feed.querySelectorAll<HTMLElement>('article[data-article-key]')];
  if (elements.length === 0) return null;
  let current = 0;
  elements.forEach((element, index) => {
    if (element.getBoundingClientRect().top <= middle) current = index;
  });
  const element = elements[current];
  if (!element) return null;
  const url = new URL(element.dataset.url ?? '', pageUrl).href;
  if (urlKey(url) !== urlKey(pageUrl)) return null;
  const keys = elements.map((item) => elementKey(item) ?? '');
  return {
    url: pageUrl,
    start,
    keys,
    current,
    offset: Math.round(element.getBoundingClientRect().top),
    // Awake, with no "Read more" left: open (its height is the whole body's).
    expanded: elements
      .filter(
        (item) =>
          (item.querySelector('.ar-article__content')?.childElementCount ?? 0) > 0 &&
          !item.querySelector('button[aria-expanded="false"]'),
      )
      .map((item) => elementKey(item) ?? ''),
  };
}
