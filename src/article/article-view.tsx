import { memo, startTransition, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../content/article';
import { articleKey } from '../content/article-key';
import { useLabels } from '../shared/labels';
import { ArticleContent } from './article-content';
import { NEXT_KEY_ATTRIBUTE } from './article-shell';
import { Byline } from './byline';

export interface ArticleViewProps {
  readonly article: Article;
  /** The id of its title heading, which the article element's aria-labelledby names. */
  readonly titleId: string;
  /** The first article on the page carries the page's h1; the ones after it h2. */
  readonly headingLevel: 1 | 2;
  readonly collapsed: boolean;
  /** The first article's lead picture loads at once, the others lazily. */
  readonly eagerImage: boolean;
  readonly tagUrl: string;
  /**
   * The article after this one, for the link that lets anyone follow the sequence (the
   * reader follows it in the page by one click handler on the feed, see NEXT_KEY_ATTRIBUTE).
   */
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
  /**
   * Open from the start: the reader is rebuilding a place where it had been opened, or the
   * article wakes (see article-shell.ts) after "Read more" was opened.
   */
  readonly initiallyExpanded?: boolean | undefined;
  /** "Read more" was opened: the reader keeps that for when the article wakes. */
  readonly onExpanded?: ((article: Article) => void) | undefined;
}

export const ArticleView = memo(function ArticleView(props: ArticleViewProps) {
  const { article, titleId, headingLevel, tagUrl, next } = props;
  const labels = useLabels();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(props.initiallyExpanded ?? false);
  const collapsed = props.collapsed && !expanded && article.contentHtml !== '';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  // The body is put in as a transition: the click's frame paints at once (INP, issue 7) and
  // React lays the body out in the next; it is focused (without scrolling, so nothing above
  // the reader's eye moves) once it is there.
  const focusBody = useRef(false);
  const { onExpanded } = props;
  const expand = useCallback(() => {
    focusBody.current = true;
    onExpanded?.(article);
    startTransition(() => setExpanded(true));
  }, [onExpanded, article]);
  useEffect(() => {
    if (!expanded || !focusBody.current) return;
    focusBody.current = false;
    bodyRef.current?.focus({ preventScroll: true });
  }, [expanded]);

  // The <article> element around it is the reader's (reader/feed-article.tsx): it stays the
  // same element while the article sleeps and wakes.
  return (
    <>
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

      <div className="ar-article__content">
        <ArticleContent
          article={article}
          titleLevel={headingLevel}
          eagerImage={props.eagerImage}
          collapsed={collapsed}
          bodyId={bodyId}
          bodyRef={bodyRef}
          onExpand={expand}
          tagUrl={tagUrl}
        />
      </div>

      {next && (
        <p className="ar-next">
          <a
            href={next.link}
            className="ar-next__link"
            {...{ [NEXT_KEY_ATTRIBUTE]: articleKey(next) }}
          >
            <span className="ar-next__label">{labels.nextArticle}</span> {next.title}
          </a>
        </p>
      )}
    </>
  );
});
