import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ReaderOptions } from './options';
import { warn } from '../shared/log';
import type { CurrentArticle, ReadingSession } from './reading-session';
import { readMark } from './history-mark';
import { chunkLoader } from './chunk-loader';

export type { CurrentArticle } from './reading-session';

type SessionModule = typeof import('./reading-session');

/*
 * The reading session (history, title and head links, analytics) is a chunk of its own,
 * asked for once the first article has painted: the first screen needs none of it, and the
 * initial bytes are held to 100 KiB (issue 7; docs/decisions/0161). What becomes current
 * before it arrives is kept and shown, in order, as soon as it does. Each reader asks for it
 * with its own retries, ended by its own unmount; the browser fetches and runs the module
 * once however many readers import it.
 */
const loadSessionChunk = chunkLoader((): Promise<SessionModule> => import('./reading-session'));
let loaded: SessionModule | null = null;

/** The session's chunk once it has arrived, for what must run synchronously (a pagehide). */
export function loadedSessionModule(): SessionModule | null {
  return loaded;
}

function loadSessionModule(signal: AbortSignal): Promise<SessionModule> {
  return loadSessionChunk(signal).then((module) => (loaded = module));
}

/**
 * The reading session for as long as the reader is mounted. It outlives the reader's
 * sequence (Back to an article that is no longer loaded restarts the sequence, not this);
 * unmounting puts the page's head back as it was. `landed`: the first article has painted,
 * the session's chunk may be fetched (at once after an early Back).
 */
export function useReadingSession(
  options: Pick<ReaderOptions, 'historyMode' | 'analytics'>,
  onRestore: (url: string) => void,
  hasHostArticle: boolean,
  landed: boolean,
  load: (signal: AbortSignal) => Promise<SessionModule> = loadSessionModule,
): (current: CurrentArticle) => void {
  const restore = useEffectEvent(onRestore);
  const sessionRef = useRef<ReadingSession | null>(null);
  const warned = useRef(false);
  // What became current before the session exists (its chunk on the way, or the tracker's
  // first report in a frame before this component's effects ran): shown once it does.
  const early = useRef<CurrentArticle[]>([]);
  const [module, setModule] = useState<SessionModule | null>(null);
  // Back or Forward to one of the reader's entries before the session is there: the reader
  // goes to that article now (what became current before is no longer what is read), and
  // the session, created on that entry, takes it from there.
  const [popped, setPopped] = useState(false);
  useEffect(() => {
    if (module) return;
    const onPopState = (event: PopStateEvent) => {
      if (readMark(event.state) === null) return;
      early.current = [];
      setPopped(true);
      restore(window.location.href);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [module]);

  const wanted = landed || popped;
  useEffect(() => {
    if (!wanted || module) return;
    // Unmounting ends a retry's pause at once (its timer and `online` listener with it).
    const lifetime = new AbortController();
    const { signal } = lifetime;
    load(signal).then(
      (loaded) => {
        if (!signal.aborted) setModule(() => loaded);
      },
      (error: unknown) => {
        if (!signal.aborted)
          warn('The reading session could not load: the address bar stays as it is.', error);
      },
    );
    return () => lifetime.abort();
  }, [wanted, module, load]);

  useEffect(() => {
    if (!module) return;
    const session = module.createReadingSession({
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
    for (const current of early.current) session.show(current);
    early.current = [];
    return () => {
      session.dispose();
      sessionRef.current = null;
    };
  }, [module, options.historyMode, options.analytics, hasHostArticle]);

  // The browser's own scroll restoration is off from the reader's first render (contract
  // section 5), not only once the session's chunk has come: a reload's scroll must be the
  // reader's. Declared after the session's effect, so on unmount its cleanup runs last and
  // the page gets back the value it had before the reader.
  useEffect(() => {
    const { history } = window;
    const before = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    return () => {
      history.scrollRestoration = before;
    };
  }, []);

  return useMemo(
    () => (current: CurrentArticle) => {
      if (sessionRef.current) sessionRef.current.show(current);
      else early.current.push(current);
    },
    [],
  );
}
