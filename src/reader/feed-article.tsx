import { memo } from 'react';
import type { Article } from '../content/article';
import { articleAttributes } from '../article/article-attributes';
import { ArticleFallback } from '../article/article-fallback';
import { sleepingContent } from '../article/article-shell';
import { ArticleView } from '../article/article-view';
import { PartBoundary } from '../shared/part-boundary';
import { adSlot, type AdSlotHandler } from '../widgets/ad-slot';
import type { MeasureRef } from './use-sleep-heights';

interface FeedArticleProps {
  readonly article: Article;
  /** 1-based place in the sequence (aria-posinset). */
  readonly position: number;
  /** The sequence's length once known, -1 before (aria-setsize). */
  readonly setSize: number;
  readonly titleId: string;
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
  readonly collapsed: boolean;
  readonly tagUrl: string;
  readonly nextLabel: string;
  /** Asleep: the height (CSS px) it had awake, which its shell keeps. Null: awake. */
  readonly sleepHeight: number | null;
  readonly measure: MeasureRef;
  /** Wakes (or is rebuilt by a restored place) with "Read more" opened. */
  readonly opened: boolean;
  readonly onOpened: (article: Article) => void;
  /** The place of the ad slot that follows the article (1 for the first); null: none. */
  readonly adPosition: number | null;
  readonly onAdSlot: AdSlotHandler | null;
  readonly adLabel: string;
}

/**
 * One article of the feed and the ad slot after it. The `<article>` element is this one's,
 * awake or asleep, so what holds it (the current-article observers, the size observer,
 * focus) keeps the same element when it falls asleep and wakes; so is the slot's, which
 * keeps what the publisher put in it. Asleep, its content is a shell of host elements only
 * (article-shell.tsx), with no component, hooks or state of its own; awake, the article view
 * in its error boundary. Memoised: a sleeping article that nothing changed costs React no
 * work and no second copy of its elements' fibers (docs/decisions/0115).
 */
export const FeedArticle = memo(function FeedArticle(props: FeedArticleProps) {
  const { article, position, setSize, titleId, sleepHeight } = props;
  const headingLevel = position === 1 ? 1 : 2;
  const asleep = sleepHeight !== null;
  return (
    <>
      <article
        ref={props.measure}
        className={asleep ? 'ar-article ar-article--asleep' : 'ar-article'}
        style={asleep ? { height: sleepHeight } : undefined}
        {...articleAttributes(article, { position, setSize, titleId })}
      >
        {asleep ? (
          sleepingContent({
            article,
            heading: headingLevel === 1 ? 'h1' : 'h2',
            titleId,
            next: props.next,
            nextLabel: props.nextLabel,
          })
        ) : (
          <PartBoundary
            part={`The article “${article.title}”`}
            fallback={
              <ArticleFallback article={article} titleId={titleId} headingLevel={headingLevel} />
            }
          >
            <ArticleView
              article={article}
              titleId={titleId}
              headingLevel={headingLevel}
              eagerImage={position === 1}
              collapsed={props.collapsed}
              tagUrl={props.tagUrl}
              next={props.next}
              initiallyExpanded={props.opened}
              onExpanded={props.onOpened}
            />
          </PartBoundary>
        )}
      </article>
      {/* Ad slots stay while their article sleeps: the publisher's code was told of each slot
        once, and the feed holds one after every N articles. */}
      {props.adPosition !== null &&
        adSlot({
          position: props.adPosition,
          article,
          onAdSlot: props.onAdSlot,
          label: props.adLabel,
          asleep,
        })}
    </>
  );
});
