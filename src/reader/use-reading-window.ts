import { startTransition, useEffect, useMemo, useState } from 'react';
import {
  createReadingWindowStore,
  failureReached,
  hasCaughtUp,
  isFinished,
  type ReadingWindow,
  type SequenceState,
  type WindowStart,
  wantsNextPage,
} from './reading-window';

export interface ReadingWindowView {
  readonly window: ReadingWindow;
  /** One more article, when the sentinel comes within range. */
  readonly reveal: () => void;
  /** The article at `index` became current; returns the indices a fast scroll passed over. */
  readonly move: (index: number) => readonly number[];
  readonly wantsNextPage: boolean;
  readonly caughtUp: boolean;
  readonly finished: boolean;
  readonly failureReached: boolean;
}

/** The reading window (reading-window.ts) as React state over the sequence being read. */
export function useReadingWindow(sequence: SequenceState, start?: WindowStart): ReadingWindowView {
  // The window belongs to this sequence: a new start (Back to an unloaded article) remounts.
  const [store] = useState(() => createReadingWindowStore(start));
  // The store takes every reveal and move at once (what a move passed over is counted from
  // the article really current), but the page follows it as a transition: revealing, waking
  // and putting articles to sleep is rendered in slices between frames, not in the observer's
  // callback that reported it (long animation frames while reading, issue 7).
  const [window, setWindow] = useState(store.get);
  useEffect(() => {
    const follow = () => startTransition(() => setWindow(store.get()));
    follow(); // what changed before this subscribed
    return store.subscribe(follow);
  }, [store]);
  const { loaded, complete } = sequence;

  return useMemo(() => {
    const state = { loaded, complete };
    return {
      window,
      reveal: () => store.reveal(loaded),
      move: store.move,
      wantsNextPage: wantsNextPage(window, state),
      caughtUp: hasCaughtUp(window, state),
      finished: isFinished(window, state),
      failureReached: failureReached(window, state),
    };
  }, [store, window, loaded, complete]);
}
