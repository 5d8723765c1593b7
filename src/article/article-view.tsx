import { memo, useCallback, useId, useRef, useState, type MouseEvent } from 'react';
import type { Article } from '../content/article';
import { articleKey, type ArticleKey } from '../content/article-key';
import { useLabels } from '../shared/labels';
import { articleAttributes } from './article-attributes';
import { ArticleContent } from './article-content';
import { Byline } from './byline';
import { useContentHeight } from './use-content-height';

export interface ArticleViewProps {
  readonly article: Article;
  /** 1-based place in the sequence (aria-posinset). */
  readonly position: number;
  /** The sequence's length once known, -1 before (aria-setsize). */
  readonly setSize: number;
  /** The first article on the page carries the page's h1; the ones after it h2. */
  readonly headingLevel: 1 | 2;
  readonly collapsed: boolean;
  readonly tagUrl: string;
  /** The article after this one, for the link that lets anyone follow the sequence. */
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
  readonly onFollowNext: (key: ArticleKey, event: MouseEvent<HTMLAnchorElement>) => void;
  /**
   * Far from the article being read: once its height is known, its content is put to sleep
   * (header and next link stay, so the feed's articles, names and links are all still there).
   */
  readonly dormant: boolean;
  /** Open from the start: the reader is rebuilding a place where it had been opened. */
  readonly initiallyExpanded?: boolean | undefined;
}

export const ArticleView = memo(function ArticleView(props: ArticleViewProps) {
  const { article, position, setSize, headingLevel, tagUrl, next, onFollowNext } = props;
  const labels = useLabels();
  const titleId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(props.initiallyExpanded ?? false);
  const collapsed = props.collapsed && !expanded && article.contentHtml !== '';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const expand = useCallback(() => {
    setExpanded(true);
    // After React has put the body in: focus without scrolling, so nothing above the
    // reader's eye moves.
    requestAnimationFrame(() => bodyRef.current?.focus({ preventScroll: true }));
  }, []);

  const contentRef = useRef<HTMLDivElement>(null);
  const contentHeight = useContentHeight(contentRef, props.dormant);
  const asleep = props.dormant && contentHeight !== null;

  return (
    <article className="ar-article" {...articleAttributes(article, { position, setSize, titleId })}>
      <header className="ar-article__header">
        {article.section && <p className="ar-article__section">{article.section}</p>}
        <Heading id={titleId} className="ar-article__title">
          {article.title}
        </Heading>
        <Byline
          authors={article.authors}
          published={article.published}
          modified={article.modified}
          language={article.language ?? undefined}
        />
      </header>

      {/* Asleep, the content is replaced by a box of its last height: the page keeps its
          length and the reader's place, while the body, pictures and carousel leave memory. */}
      <div
        ref={contentRef}
        className="ar-article__content"
        style={asleep ? { height: contentHeight } : undefined}
      >
        {!asleep && (
          <ArticleContent
            article={article}
            eagerImage={position === 1}
            collapsed={collapsed}
            bodyId={bodyId}
            bodyRef={bodyRef}
            onExpand={expand}
            tagUrl={tagUrl}
          />
        )}
      </div>

      {next && (
        <p className="ar-next">
          <a
            href={next.link}
            className="ar-next__link"
            onClick={(event) => onFollowNext(articleKey(next), event)}
          >
            <span className="ar-next__label">{labels.nextArticle}</span> {next.title}
          </a>
        </p>
      )}
    </article>
  );
});
