import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article';
import { capturePlace } from './place-capture';
import { holdsForPlace } from './use-place';

const PAGE = 'https://news.example/world/c';

/** A feed element whose articles' tops are at the given viewport positions. */
function feedWith(tops: number[], collapsedAt: number[] = []): HTMLElement {
  const feed = document.createElement('div');
  tops.forEach((top, index) => {
    const article = document.createElement('article');
    const letter = 'abcdefgh'[index] ?? 'z';
    article.setAttribute('data-article-key', `id-${letter}`);
    article.dataset.url = `/world/${letter}`;
    article.innerHTML = `<div class="ar-article__content"><p>Body</p>${
      collapsedAt.includes(index) ? '<button aria-expanded="false">Read more</button>' : ''
    }</div>`;
    article.getBoundingClientRect = () => ({ top }) as DOMRect;
    feed.append(article);
  });
  return feed;
}

describe('capturing the place', () => {
  it('keeps the article on the middle line and how far its top is above the viewport', () => {
    const place = capturePlace(feedWith([-3000, -1400, -250, 900]), 400, PAGE, null);
    expect(place).toEqual({
      url: PAGE,
      start: null,
      keys: ['id-a', 'id-b', 'id-c', 'id-d'],
      current: 2,
      offset: -250,
      expanded: ['id-a', 'id-b', 'id-c', 'id-d'],
    });
  });

  it('notes which articles are still collapsed', () => {
    const place = capturePlace(feedWith([-3000, -1400, -250, 900], [3]), 400, PAGE, null);
    expect(place?.expanded).toEqual(['id-a', 'id-b', 'id-c']);
  });

  it('keeps nothing when the article read is not the one in the address bar', () => {
    expect(
      capturePlace(feedWith([-3000, -1400, -250]), 400, 'https://news.example/world/a', null),
    ).toBeNull();
  });
});

describe('holding the articles back while a place is rebuilt', () => {
  const articles = (count: number) => Array.from({ length: count }, () => ({}) as Article);
  const place = {
    url: PAGE,
    start: null,
    keys: ['a', 'b', 'c'],
    current: 2,
    offset: 0,
    expanded: [],
  };

  it('holds until every article of the place is loaded', () => {
    expect(
      holdsForPlace(place, { status: 'ready', articles: articles(2), complete: false }, false),
    ).toBe(true);
    expect(
      holdsForPlace(place, { status: 'ready', articles: articles(3), complete: false }, false),
    ).toBe(false);
  });

  it('lets go when the feed ends, fails or lacks the start, so the reader can fall back', () => {
    expect(
      holdsForPlace(place, { status: 'ready', articles: articles(2), complete: true }, false),
    ).toBe(false);
    expect(
      holdsForPlace(place, { status: 'ready', articles: articles(2), complete: false }, true),
    ).toBe(false);
    expect(holdsForPlace(place, { status: 'missing', articles: [], complete: true }, false)).toBe(
      false,
    );
    expect(
      holdsForPlace(undefined, { status: 'ready', articles: [], complete: false }, false),
    ).toBe(false);
  });
});
