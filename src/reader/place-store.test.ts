import { afterEach, describe, expect, it } from 'vitest';
import { loadPlace, MAX_PLACE_ARTICLES, placeKey, savePlace, type Place } from './place-store';

const KEY = placeKey({ source: 'jsonfeed', feedUrl: '/feed.json', startAfter: null });
const PAGE = 'https://news.example/world/e';
const place: Place = {
  url: PAGE,
  start: null,
  keys: ['a', 'b', 'c', 'd', 'e'],
  current: 4,
  offset: -320,
  expanded: ['e'],
};

afterEach(() => sessionStorage.clear());

describe('the saved place', () => {
  it('comes back for the page it was saved on', () => {
    savePlace(sessionStorage, KEY, place);
    expect(loadPlace(sessionStorage, KEY, `${PAGE}/`)).toEqual(place);
  });

  it('is no place on another article’s page (a direct link there shows that article)', () => {
    savePlace(sessionStorage, KEY, place);
    expect(loadPlace(sessionStorage, KEY, 'https://news.example/world/c')).toBeNull();
  });

  it('is kept per reader: another feed finds none', () => {
    savePlace(sessionStorage, KEY, place);
    const other = placeKey({ source: 'jsonfeed', feedUrl: '/other.json', startAfter: null });
    expect(loadPlace(sessionStorage, other, PAGE)).toBeNull();
  });

  it('stays bounded: a sequence too long to keep removes the old place instead', () => {
    savePlace(sessionStorage, KEY, place);
    const keys = Array.from({ length: MAX_PLACE_ARTICLES + 1 }, (_, i) => `id-${i}`);
    savePlace(sessionStorage, KEY, { ...place, keys, current: 3 });
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('ignores a damaged or foreign record', () => {
    for (const raw of ['{', '"x"', JSON.stringify({ ...place, current: 9 }), '{"url":1}']) {
      sessionStorage.setItem(KEY, raw);
      expect(loadPlace(sessionStorage, KEY, PAGE)).toBeNull();
    }
  });

  it('works without storage (disabled, or a sandboxed frame)', () => {
    expect(() => savePlace(null, KEY, place)).not.toThrow();
    expect(loadPlace(null, KEY, PAGE)).toBeNull();
  });
});
