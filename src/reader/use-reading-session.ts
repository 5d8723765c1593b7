import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { ReaderOptions } from './options';
import { warn } from '../shared/log';
import { createReadingSession, type CurrentArticle, type ReadingSession } from './reading-session';

export type { CurrentArticle } from './reading-session';

/**
 * The reading session (history, head, analytics) for as long as the reader is mounted. It
 * outlives the reader's sequence (Back to an article that is no longer loaded restarts the
 * sequence, not this); unmounting puts the page's head back as it was.
 */
export function useReadingSession(
  options: Pick<ReaderOptions, 'historyMode' | 'analytics'>,
  onRestore: (url: string) => void,
  hasHostArticle: boolean,
): (current: CurrentArticle) => void {
  const restore = useEffectEvent(onRestore);
  const sessionRef = useRef<ReadingSession | null>(null);
  const warned = useRef(false);
  // The article current before the session exists (the tracker may report the first one in a
  // frame before this component's effects have run): shown as soon as it does.
  const early = useRef<CurrentArticle | null>(null);

  useEffect(() => {
    const session = createReadingSession({
      window,
      historyMode: options.historyMode,
      analytics: options.analytics,
      hasHostArticle,
      onRestore: (url) => restore(url),
    });
    if (!session.drives && !warned.current) {
      warned.current = true;
      warn(
        'Another reader on this page already drives the address bar, title and analytics; this one reads in place.',
      );
    }
    sessionRef.current = session;
    if (early.current) session.show(early.current);
    early.current = null;
    return () => {
      session.dispose();
      sessionRef.current = null;
    };
  }, [options.historyMode, options.analytics, hasHostArticle]);

  return useMemo(
    () => (current: CurrentArticle) => {
      if (sessionRef.current) sessionRef.current.show(current);
      else early.current = current;
    },
    [],
  );
}
