import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Article } from '../content/article';
import {
  articleKey,
  elementKey,
  findArticleElement,
  type ArticleKey,
} from '../content/article-key';
import { urlKey } from '../content/urls';
import { sessionStorageOf } from '../shared/session-storage';
import { MAX_PLACE_ARTICLES, savePlace, type Place } from './place-store';
import type { Sequence } from './sequence';

/**
 * While a place is being rebuilt, nothing is shown until every article it had is loaded:
 * then they all appear at once, already scrolled, so the feed's first article never flashes.
 */
export function holdsForPlace(
  place: Place | undefined,
  sequence: Pick<Sequence, 'status' | 'articles' | 'complete'>,
  failed: boolean,
): boolean {
  if (!place || failed || sequence.status === 'missing') return false;
  return sequence.articles.length < place.keys.length && !sequence.complete;
}

export interface PlaceOptions {
  /** The place to rebuild (a reload or Back), once. */
  readonly restore: Place | undefined;
  /** The place cannot be rebuilt (the feed changed): start as a direct link would. */
  readonly onRestoreFailed: () => void;
  /** Where this reader's place is kept; null: not kept. */
  readonly storageKey: string | null;
  /** The start URL of the sequence, kept with the place. */
  readonly start: string | null;
  readonly shown: readonly Article[];
  readonly failed: boolean;
  readonly sequence: Pick<Sequence, 'status' | 'articles' | 'complete'>;
}

/**
 * Back to your place (contract section 5): rebuilds a saved place before the first paint,
 * and saves this reader's place whenever the page is hidden or left (pagehide and
 * visibilitychange, never unload, so the back/forward cache keeps working).
 */
export function usePlace(feedRef: RefObject<HTMLElement | null>, options: PlaceOptions): void {
  const { restore, onRestoreFailed, shown, sequence, failed } = options;
  const done = useRef(false);

  useLayoutEffect(() => {
    if (!restore || done.current || holdsForPlace(restore, sequence, failed)) return;
    if (sequence.status === 'loading' || sequence.status === 'locating') return;
    done.current = true;
    const keys = shown.map(articleKey);
    const same =
      keys.length === restore.keys.length && keys.every((key, i) => key === restore.keys[i]);
    const target = findArticleElement(feedRef.current, restore.keys[restore.current] as ArticleKey);
    if (!same || !target) {
      onRestoreFailed();
      return;
    }
    const top = target.getBoundingClientRect().top;
    window.scrollBy({ top: top - restore.offset, behavior: 'instant' });
  });

  const { storageKey, start } = options;
  const save = useEffectEvent(() => {
    const feed = feedRef.current;
    if (storageKey === null || !feed) return;
    const place = capturePlace(feed, window.innerHeight / 2, window.location.href, start);
    if (place) savePlace(sessionStorageOf(window), storageKey, place);
  });
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    const onPageHide = () => save();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [feedRef]);
}

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
  if (elements.length === 0 || elements.length > MAX_PLACE_ARTICLES) return null;
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
