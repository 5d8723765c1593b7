import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ReaderOptions } from './options';
import { fillLabel } from '../shared/labels';
import { useLanded } from '../shared/landed';
import type { ArticleSource } from '../content/source';
import { articleKey, elementKey, findArticleElement } from '../content/article-key';
import { useArticleSettings } from './use-article-settings';
import { FeedArticles } from './feed-articles';
import { followedNextKey } from './follow-next';
import { EndBlock } from './end-block';
import { LoadError } from './load-error';
import { NotFound } from './not-found';
import { Sentinel } from './sentinel';
import { feedKeyTarget } from './feed-keys';
import type { WindowStart } from './reading-window';
import { scrollToArticle } from './scroll';
import { useArticleFeed } from './use-article-feed';
import { useConnection } from './use-connection';
import { useCurrentArticle } from './use-current-article';
import { useQuietRetry } from './use-quiet-retry';
import { useReadingWindow } from './use-reading-window';
import { useWarmBodies } from './use-warm-bodies';
import type { Place } from './place-store';
import { holdsForPlace, usePlace } from './use-place';
import type { HostArticle } from './host-article';
import type { CurrentArticle } from './use-reading-session';

/** Where the sequence begins. */
interface ReadingStart {
  /** The article to begin at (the page's own URL, absolute), or null for the feed's first. */
  readonly url: string | null;
  /**
   * Begin with the article after `url` (startAfter: the host page already shows it). The host
   * article is then the first of the sequence: every position and count includes it.
   */
  readonly after: boolean;
}

export interface ReaderProps {
  readonly options: ReaderOptions;
  readonly source: ArticleSource;
  readonly start: ReadingStart;
  /** A restored session: how many articles to show at once and which one was being read. */
  readonly windowStart?: WindowStart;
  /** A saved place to rebuild (a reload or Back from another page), see use-place.ts. */
  readonly restore?: Place;
  /** The saved place no longer fits the feed: the reader starts as a direct link. */
  readonly onRestoreFailed?: () => void;
  /** Where this reader's place is saved when the page is left; null: nowhere. */
  readonly placeKey?: string | null;
  /** The standalone app shows "not found" for an unknown path; an embed starts at the first. */
  readonly standalone: boolean;
  /** Bring the first article into view once shown (the sequence was restarted by Back). */
  readonly scrollIntoViewOnStart: boolean;
  /** The article crossing the viewport's middle changed. */
  readonly onCurrent: (current: CurrentArticle) => void;
  /** The article the host page rendered above the reader (startAfter), when there is one. */
  readonly host: HostArticle | null;
}

/** How far ahead of the reader's eye the next article is put on the page. */
const REVEAL_AHEAD = '250%';

export function Reader(props: ReaderProps) {
  const { options, source, start, standalone, scrollIntoViewOnStart, onCurrent, host } = props;
  const offset = start.after ? 1 : 0;
  const feed = useArticleFeed(source, {
    url: start.url,
    after: start.after,
    limit: options.maxArticles - offset,
    whenMissing: standalone && !start.after ? 'report' : 'first',
  });
  const { sequence, loadMore } = feed;
  const reading = useReadingWindow(
    { loaded: sequence.articles.length, complete: sequence.complete },
    props.windowStart,
  );
  const feedRef = useRef<HTMLDivElement>(null);
  const setSize = sequence.complete ? sequence.articles.length + offset : -1;
  const { settings, measured } = useArticleSettings(options, {
    offset,
    setSize,
    expanded: props.restore?.expanded,
  });

  useWarmBodies(sequence.articles, reading.window.revealed, offset);

  const holding = holdsForPlace(props.restore, sequence, feed.error !== null);
  const shown = useMemo(
    () => sequence.articles.slice(0, holding ? 0 : reading.window.revealed),
    [sequence.articles, reading.window.revealed, holding],
  );
  usePlace(feedRef, {
    restore: props.restore,
    onRestoreFailed: props.onRestoreFailed ?? noop,
    storageKey: props.placeKey ?? null,
    start: start.url,
    shown,
    sequence,
    failed: feed.error !== null,
  });

  // Runs again for every page that arrives (a new sequence), even one that added nothing.
  // A next page waits until the first article has been painted (see shared/landed.ts).
  const landed = useLanded() || shown.length === 0;
  useEffect(() => {
    if (landed && sequence.status === 'ready' && reading.wantsNextPage) loadMore();
  }, [landed, sequence, reading.wantsNextPage, loadMore]);

  // A page that failed ahead of the reader is retried quietly; "Try again" appears only once
  // the reader has caught up with it (or nothing is shown yet).
  const failureShown = feed.error !== null && (shown.length === 0 || reading.failureReached);
  useQuietRetry(feed.error !== null && !failureShown, feed.retry);
  // Offline, the query layer pauses its requests and resumes them by itself when the
  // connection is back; a failure it had already reported is retried here.
  const online = useConnection(() => {
    if (feed.error) feed.retry();
  });

  // Every article's "next" link, awake or asleep, through this one handler.
  const followNext = useCallback((event: MouseEvent<HTMLDivElement>) => {
    const key = followedNextKey(event.nativeEvent);
    const target = key === null ? null : findArticleElement(feedRef.current, key);
    if (!target) return; // not on the page yet: let the browser follow the link
    event.preventDefault();
    scrollToArticle(target);
  }, []);

  useCurrentArticle(
    feedRef,
    shown.length,
    (element) => {
      if (host && element === host.element) {
        reading.move(-1);
        onCurrent({
          article: host.article,
          position: 1,
          siteTitle: feed.siteTitle,
          hostTitle: host.documentTitle,
        });
        return;
      }
      // Found by its place in the feed, checked by its key: no map of every article shown,
      // rebuilt at each reveal (work that would grow however far one reads, 0170).
      const index = Number(element.getAttribute('aria-posinset')) - 1 - offset;
      const article = shown[index];
      if (!article || articleKey(article) !== elementKey(element)) return;
      const passedOver = reading.move(index).flatMap((i) => (shown[i] ? [shown[i].url] : []));
      onCurrent({ article, position: index + 1 + offset, siteTitle: feed.siteTitle, passedOver });
    },
    host?.element ?? null,
  );

  const onFeedKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const target = feedKeyTarget(event.currentTarget, event.nativeEvent);
    if (!target) return;
    event.preventDefault();
    target.focus();
  }, []);

  const firstShown = shown.length > 0;
  useEffect(() => {
    const first = feedRef.current?.querySelector<HTMLElement>('article');
    if (scrollIntoViewOnStart && first) scrollToArticle(first);
  }, [scrollIntoViewOnStart, firstShown]);

  if (sequence.status === 'missing') {
    return <NotFound latest={feed.latest} labels={options.labels} />;
  }

  // Busy exactly while the reader waits for articles to add: the first page, the search for a
  // deep-linked article, or a page the reader has caught up with.
  const waiting =
    sequence.status === 'loading' || sequence.status === 'locating' || reading.caughtUp;
  const busy = waiting && feed.isFetchingPage;
  const finished = sequence.status === 'ready' && reading.finished;

  return (
    // Until the first article is in, the reader holds a screen's height, so what follows it on
    // the page is not shown and then pushed away (a layout shift).
    <div className={shown.length === 0 ? 'ar-reader ar-reader--empty' : 'ar-reader'}>
      <div
        ref={feedRef}
        className="ar-feed"
        role="feed"
        aria-label={
          feed.siteTitle
            ? fillLabel(options.labels.articlesFrom, { site: feed.siteTitle })
            : options.labels.articles
        }
        aria-busy={busy}
        onKeyDown={onFeedKeyDown}
        onClick={followNext}
      >
        <FeedArticles
          articles={sequence.articles}
          shown={shown.length}
          following={sequence.following}
          complete={sequence.complete}
          window={reading.window}
          measured={measured}
          settings={settings}
        />
      </div>
      {/* While a page has failed, the articles already loaded can still be revealed. */}
      {sequence.status === 'ready' &&
        !finished &&
        (!feed.error || shown.length < sequence.articles.length) && (
          // Re-keyed when articles are revealed or arrive: a fresh observer reports at once if the
          // reader is already within range, where the old one would stay silent.
          <Sentinel
            key={`${shown.length}/${sequence.articles.length}`}
            onReach={reading.reveal}
            ahead={REVEAL_AHEAD}
          />
        )}
      {busy && !feed.error && (
        <p className="ar-loading" role="status">
          <span className="ar-loading__spinner" aria-hidden="true" />
          {shown.length === 0 ? options.labels.loadingArticles : options.labels.loadingNext}
        </p>
      )}
      {online && failureShown && (
        <LoadError error={feed.error} onRetry={feed.retry} nothingShown={shown.length === 0} />
      )}
      {!online && (
        <p className="ar-loading ar-offline" role="status">
          {options.labels.offline}
        </p>
      )}
      {finished && (
        <EndBlock
          latest={feed.latest}
          following={sequence.following}
          siteTitle={feed.siteTitle}
          labels={options.labels}
        />
      )}
    </div>
  );
}

function noop(): void {}
