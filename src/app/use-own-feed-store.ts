import { useEffect, useRef } from 'react';
import type { ArticleSource } from '../content/source';
import { feedStoreOf } from '../reader/feed-store';

/**
 * Disposes the feed store of `source` (one the root made itself; null for a source a caller
 * gave, whose store is the caller's) when the source changes or the root unmounts. A
 * microtask later, not in the cleanup: StrictMode's rehearsal in development cleans the
 * effect up and runs it again in one go, and the store must outlive that, since the reader
 * goes on reading from it.
 */
export function useOwnFeedStore(source: ArticleSource | null): void {
  const inUse = useRef<ArticleSource | null>(null);
  useEffect(() => {
    if (!source) return;
    inUse.current = source;
    return () => {
      inUse.current = null;
      queueMicrotask(() => {
        if (inUse.current !== source) feedStoreOf(source).dispose();
      });
    };
  }, [source]);
}
