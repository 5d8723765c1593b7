import {
  startTransition,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { browserEnv } from '../content/content-env';
import { createSource, type ArticleSource } from '../content/source';
import { findHostArticle, startAfterUrl } from '../reader/host-article';
import { Reader } from '../reader/reader';
import { findArticleElementByUrl, scrollToArticle } from '../reader/scroll';
import { urlKey } from '../content/urls';
import { feedStoreOf } from '../reader/feed-store';
import { useReadingSession, type CurrentArticle } from '../reader/use-reading-session';
import type { MountContext, ReaderOptions } from '../reader/options';
import { LabelsContext } from '../shared/labels';
import { sessionStorageOf } from '../shared/session-storage';
import { loadPlace, placeKey, type Place } from '../reader/place-store';
import { isReturn } from '../shared/navigation-type';
import type { ReaderAsideProps } from '../widgets/reader-aside';
import { useReaderAside } from './use-reader-aside';
import { LandedContext } from '../shared/landed';
import { useFirstArticlePainted } from './use-first-paint';
import { useOwnFeedStore } from './use-own-feed-store';

interface ReaderRootProps {
  readonly options: ReaderOptions;
  readonly context: MountContext;
  /**
   * The server and the hydrating client say which article the page begins at (null: the
   * feed's first) rather than reading window.location during render; without it, it comes
   * from the address bar.
   */
  readonly startUrl?: string | null;
  /**
   * The server passes a source made with its own DOM and fetch; the embed one that takes up
   * the first page its entry already asked for (mount-reader.tsx). Whoever has pages in hand
   * seeds the source's feed store with them before rendering (feed-store.ts, feedStoreOf).
   */
  readonly source?: ArticleSource;
  /**
   * "Most popular" and the signup form, for a page that renders them into its HTML (the
   * server and the standalone app it hydrates); without it they are a chunk fetched once the
   * first article has painted (src/app/use-reader-aside.ts).
   */
  readonly aside?: ComponentType<ReaderAsideProps>;
}

interface ReadingStart {
  readonly url: string | null;
  readonly restored: boolean;
  readonly place?: Place;
}

/** One reader: its own source and feed store, so two readers on a page never share state. */
export function ReaderRoot({ options, context, ...given }: ReaderRootProps) {
  const givenSource = given.source;
  const source = useMemo(
    () => givenSource ?? createSource(options.source, options.feedUrl, browserEnv()),
    [givenSource, options.source, options.feedUrl],
  );
  useOwnFeedStore(givenSource ? null : source);
  const givenStart = given.startUrl;
  const directStart = useCallback(
    () => (givenStart !== undefined ? givenStart : initialStartUrl(context)),
    [givenStart, context],
  );
  const [start, setStartState] = useState<ReadingStart>(() => ({
    url: directStart(),
    restored: false,
  }));
  // A server-rendered page's store holds the feed from the article the page began at, not
  // from the feed's first page (server/render/render-page.tsx): a sequence restarted anywhere
  // else (Back to an earlier article, a saved place) reads the feed afresh, as a deep link.
  const seeded = useRef(givenStart !== undefined);
  const setStart = useCallback(
    (next: ReadingStart) => {
      if (seeded.current) {
        seeded.current = false;
        feedStoreOf(source).reset();
      }
      setStartState(next);
    },
    [source],
  );
  const storageKey = placeKey(options);
  // A reload or Back from another page rebuilds the place the reader was at. Read after the
  // first render (never during it), so a server-rendered page hydrates as rendered, and
  // before the first paint.
  const placeRead = useRef(false);
  useLayoutEffect(() => {
    if (placeRead.current) return;
    placeRead.current = true;
    if (!isReturn(window)) return;
    const place = loadPlace(sessionStorageOf(window), storageKey, window.location.href);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the place is client-only state (sessionStorage), read after hydration so the server's markup is hydrated as rendered
    if (place) setStart({ url: place.start, restored: false, place });
  }, [storageKey, setStart]);
  const placeFailed = useCallback(
    () => setStart({ url: directStart(), restored: false }),
    [directStart, setStart],
  );
  const containerRef = useRef<HTMLDivElement>(null);
  const landed = useFirstArticlePainted(containerRef);
  const [host] = useState(() =>
    options.startAfter ? findHostArticle(document, options.startAfter) : null,
  );

  // Back/Forward to an article: scroll to it when it is on the page, else begin the sequence
  // at it, as a deep link would.
  const restore = useCallback(
    (url: string) => {
      const element =
        host && urlKey(url) === urlKey(host.article.url)
          ? host.element
          : findArticleElementByUrl(containerRef.current, url);
      if (element) scrollToArticle(element);
      else setStart({ url, restored: true });
    },
    [host, setStart],
  );
  const onSession = useReadingSession(options, restore, host !== null, landed);
  // "Most popular" leaves out the article being read.
  const [currentUrl, setCurrentUrl] = useState<string | null>(null);
  const onCurrent = useCallback(
    (current: CurrentArticle) => {
      // Not urgent: the list beside the feed may follow a frame later, while the address
      // (onSession) follows at once; a Page Down's frame does not wait for the aside.
      startTransition(() => setCurrentUrl(current.article.url));
      onSession(current);
    },
    [onSession],
  );
  const hasAside = options.popularUrl !== null || options.newsletterUrl !== null;
  const Aside = useReaderAside(hasAside ? given.aside : undefined, hasAside && landed);

  return (
    <LabelsContext value={options.labels}>
      <LandedContext value={landed}>
        <div className={hasAside ? 'ar-layout ar-layout--aside' : 'ar-layout'}>
          <div ref={containerRef} className="ar-layout__main">
            <Reader
              key={`${start.url ?? ''}${start.place ? ' (place)' : ''}`}
              options={options}
              source={source}
              start={
                options.startAfter !== null
                  ? { url: startAfterUrl(options.startAfter, document.baseURI), after: true }
                  : { url: start.url, after: false }
              }
              scrollIntoViewOnStart={start.restored}
              restore={start.place}
              windowStart={
                start.place && { revealed: start.place.keys.length, current: start.place.current }
              }
              onRestoreFailed={placeFailed}
              placeKey={storageKey}
              standalone={context.standalone}
              onCurrent={onCurrent}
              host={host}
            />
          </div>
          {/* The column is laid out from the first frame (ar-layout--aside); the landmark
              comes with what it holds, and is not there when its chunk could not load. */}
          {Aside && (
            <aside className="ar-layout__aside" aria-label={options.labels.moreFromNewsroom}>
              {/* eslint-disable-next-line react-hooks/static-components -- not made in render: the chunk's (or the caller's) ReaderAside, the same function on every render */}
              <Aside
                popularUrl={options.popularUrl}
                newsletterUrl={options.newsletterUrl}
                currentUrl={currentUrl}
              />
            </aside>
          )}
        </div>
      </LandedContext>
    </LabelsContext>
  );
}

function initialStartUrl(context: MountContext): string | null {
  const { pathname, href } = window.location;
  return context.standalone && (pathname === '/' || pathname === '/index.html') ? null : href;
}
