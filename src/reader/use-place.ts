import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Article } from '../content/article';
import { articleKey, findArticleElement, type ArticleKey } from '../content/article-key';
import { sessionStorageOf } from '../shared/session-storage';
import { savePlace, type Place } from './place-store';
import type { Sequence } from './sequence';
import { loadedSessionModule } from './use-reading-session';

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
  // The saving is the reading session's (its chunk): before that has come, the page is still
  // landing, and a reload then opens the address as a direct link would.
  const save = useEffectEvent(() => {
    const feed = feedRef.current;
    if (storageKey === null || !feed) return;
    const middle = window.innerHeight / 2;
    const place = loadedSessionModule()?.capturePlace(feed, middle, window.location.href, start);
    // One with more articles than a place holds removes the old one (place-store.ts).
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
