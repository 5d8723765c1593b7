import { useEffect, useState, type ComponentType } from 'react';
import { chunkLoader } from '../reader/chunk-loader';
import { warn } from '../shared/log';
import type { ReaderAsideProps } from '../widgets/reader-aside';

type AsideModule = typeof import('../widgets/reader-aside');

/*
 * On a publisher's page "Most popular" and the signup form are a chunk of their own, asked
 * for once the first article has painted: the first screen needs neither (the aside's column
 * is laid out from the first frame, empty), a page without them never downloads them, and
 * the initial bytes are held to 100 KiB (issue 7; docs/decisions/0190). A failed load is
 * tried again (chunk-loader.ts); after that the furniture steps aside, as each widget does
 * when its own request fails.
 */
const loadAsideModule = chunkLoader((): Promise<AsideModule> => import('../widgets/reader-aside'));

/**
 * The aside's component: `given` at once (the standalone app and the server render it into
 * the page's HTML, so it must be there for the first render and hydration), else the chunk's
 * once `wanted` has become true and the chunk has arrived; null until then.
 */
export function useReaderAside(
  given: ComponentType<ReaderAsideProps> | undefined,
  wanted: boolean,
  load: (signal: AbortSignal) => Promise<AsideModule> = loadAsideModule,
): ComponentType<ReaderAsideProps> | null {
  const [loaded, setLoaded] = useState<ComponentType<ReaderAsideProps> | null>(null);
  const needed = !given && wanted && !loaded;
  useEffect(() => {
    if (!needed) return;
    // Unmounting ends a retry's pause at once (its timer and `online` listener with it).
    const lifetime = new AbortController();
    const { signal } = lifetime;
    load(signal).then(
      (module) => {
        if (!signal.aborted) setLoaded(() => module.ReaderAside);
      },
      (error: unknown) => {
        if (!signal.aborted)
          warn('Most popular and the signup form could not load; reading goes on.', error);
      },
    );
    return () => lifetime.abort();
  }, [needed, load]);
  return given ?? loaded;
}
