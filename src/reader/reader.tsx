import {
  Fragment,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ReaderOptions } from '../shared/options';
import { ArticleView } from '../article/article-view';
import type { ArticleSource } from '../content/source';
import { AdSlot } from '../widgets/ad-slot';
import { EndBlock } from './end-block';
import { LoadError } from './load-error';
import { NotFound } from './not-found';
import { Sentinel } from './sentinel';
import { feedKeyTarget } from './feed-keys';
import { findArticleElement, scrollToArticle } from './scroll';
import { useArticleFeed } from './use-article-feed';
import { useCurrentArticle } from './use-current-article';
import type { HostArticle } from './host-article';
import type { CurrentArticle } from './use-reading-session';

export interface ReaderProps {
  readonly options: ReaderOptions;
  readonly source: ArticleSource;
  /** The article to begin at (the page's own URL), or null for the feed's first. */
  readonly startUrl: string | null;
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
/** Fetch the next feed page while this many loaded articles are still unread. */
const PREFETCH_WHEN_LEFT = 2;
/**
 * Articles further than this from the one being read sleep (their content leaves the DOM,
 * their height stays), so a long session's memory stays bounded.
 */
const AWAKE_AROUND = 2;

export function Reader(props: ReaderProps) {
  const { options, source, startUrl, standalone, scrollIntoViewOnStart, onCurrent, host } = props;
  // With startAfter the host page's article is the first of the sequence: the reader begins
  // after it, and every position and count includes it.
  const afterHost = options.startAfter !== null;
  const offset = afterHost ? 1 : 0;
  const feed = useArticleFeed(source, {
    url:
      options.startAfter !== null ? new URL(options.startAfter, document.baseURI).href : startUrl,
    after: afterHost,
    limit: options.maxArticles - offset,
    whenMissing: standalone && !afterHost ? 'report' : 'first',
  });
  const { sequence, loadMore } = feed;
  const [revealed, setRevealed] = useState(1);
  const feedRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => sequence.articles.slice(0, revealed), [sequence.articles, revealed]);
  const waitingForMore = shown.length >= sequence.articles.length && !sequence.complete;

  // Keep a page in hand: fetch the next one while a couple of loaded articles are unread, so a
  // reader at reading speed never meets a loading state.
  useEffect(() => {
    if (
      sequence.status === 'ready' &&
      !sequence.complete &&
      sequence.articles.length - revealed < PREFETCH_WHEN_LEFT
    ) {
      loadMore();
    }
  }, [sequence.status, sequence.complete, sequence.articles.length, revealed, loadMore]);

  const onReachEnd = useCallback(() => {
    setRevealed((count) => (count < sequence.articles.length ? count + 1 : count));
  }, [sequence.articles.length]);

  const followNext = useCallback((url: string, event: MouseEvent<HTMLAnchorElement>) => {
    const target = findArticleElement(feedRef.current, url);
    if (!target) return; // not on the page yet: let the browser follow the link
    event.preventDefault();
    scrollToArticle(target);
  }, []);

  // The article being read, as an index in `shown` (-1: the host article; null: none yet). It
  // decides which articles sleep, and tells what a fast scroll passed over.
  const [currentIndex, setCurrentIndex] = useState<number | null>(null);
  useCurrentArticle(
    feedRef,
    shown.length,
    (element) => {
      if (host && element === host.element) {
        setCurrentIndex(-1);
        onCurrent({
          article: host.article,
          position: 1,
          siteTitle: feed.siteTitle,
          hostTitle: host.documentTitle,
        });
        return;
      }
      const index = shown.findIndex((article) => article.link === element.dataset.url);
      const article = shown[index];
      if (!article) return;
      const from = currentIndex;
      setCurrentIndex(index);
      const passedOver =
        from !== null && index > from + 1 ? shown.slice(from + 1, index).map((a) => a.url) : [];
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
    return <NotFound latest={feed.latest} />;
  }

  const setSize = sequence.complete ? sequence.articles.length + offset : -1;
  // Busy exactly while the reader waits for articles to add: the first page, the search for a
  // deep-linked article, or a page the reader has caught up with.
  const waiting = sequence.status === 'loading' || sequence.status === 'locating' || waitingForMore;
  const busy = waiting && feed.isLoadingMore;
  const finished =
    sequence.complete && shown.length === sequence.articles.length && sequence.status === 'ready';

  return (
    // Until the first article is in, the reader holds a screen's height, so what follows it on
    // the page is not shown and then pushed away (a layout shift).
    <div className={shown.length === 0 ? 'ar-reader ar-reader--empty' : 'ar-reader'}>
      <div
        ref={feedRef}
        className="ar-feed"
        role="feed"
        aria-label={feed.siteTitle ? `Articles from ${feed.siteTitle}` : 'Articles'}
        aria-busy={busy}
        onKeyDown={onFeedKeyDown}
      >
        {shown.map((article, index) => {
          const position = index + 1 + offset;
          const next =
            sequence.articles[index + 1] ??
            (index === sequence.articles.length - 1 ? sequence.following : null);
          const adAfter = options.adEvery > 0 && position % options.adEvery === 0;
          return (
            <Fragment key={article.id}>
              <ArticleView
                article={article}
                position={position}
                setSize={setSize}
                headingLevel={position === 1 ? 1 : 2}
                collapsed={
                  options.collapse === 'all' || (options.collapse === 'appended' && position > 1)
                }
                tagUrl={options.tagUrl}
                next={next}
                onFollowNext={followNext}
                dormant={Math.abs(index - (currentIndex ?? 0)) > AWAKE_AROUND}
              />
              {adAfter && (
                <AdSlot
                  position={position / options.adEvery}
                  article={article}
                  onAdSlot={options.onAdSlot}
                />
              )}
            </Fragment>
          );
        })}
      </div>
      {/* While a page has failed, the articles already loaded can still be revealed. */}
      {sequence.status === 'ready' &&
        !finished &&
        (!feed.error || shown.length < sequence.articles.length) && (
          // Re-keyed when articles are revealed or arrive: a fresh observer reports at once if the
          // reader is already within range, where the old one would stay silent.
          <Sentinel
            key={`${shown.length}/${sequence.articles.length}`}
            onReach={onReachEnd}
            ahead={REVEAL_AHEAD}
          />
        )}
      {busy && !feed.error && (
        <p className="ar-loading" role="status">
          <span className="ar-loading__spinner" aria-hidden="true" />
          {shown.length === 0 ? 'Loading articles…' : 'Loading the next article…'}
        </p>
      )}
      {feed.error && (
        <LoadError error={feed.error} onRetry={feed.retry} nothingShown={shown.length === 0} />
      )}
      {finished && (
        <EndBlock latest={feed.latest} following={sequence.following} siteTitle={feed.siteTitle} />
      )}
    </div>
  );
}
