import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type Ref,
} from 'react';
import type { Article } from '../content/article';
import { articleKey } from '../content/article-key';
import { useLabels } from '../shared/labels';
import { articleAttributes } from './article-attributes';
import { ArticleContent } from './article-content';
import { ArticleShell, NEXT_KEY_ATTRIBUTE } from './article-shell';
import { Byline } from './byline';

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
  /**
   * The article after this one, for the link that lets anyone follow the sequence (the
   * reader follows it in the page by one click handler on the feed, see NEXT_KEY_ATTRIBUTE).
   */
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
  /**
   * Asleep (far from the article being read, and measured): the article shrinks to a shell
   * of its last height (title, summary and next link: the feed still names every article,
   * find-in-page still finds its title and summary) and everything else leaves the page.
   * Its state ("Read more" opened) stays for when it wakes. Null: awake.
   */
  readonly sleepHeight: number | null;
  /** Measures the article's box while it is on the page (the reader's, for sleeping). */
  readonly measureRef?: Ref<HTMLElement> | undefined;
  /** Open from the start: the reader is rebuilding a place where it had been opened. */
  readonly initiallyExpanded?: boolean | undefined;
}

export const ArticleView = memo(function ArticleView(props: ArticleViewProps) {
  const { article, position, setSize, headingLevel, tagUrl, next } = props;
  const labels = useLabels();
  const titleId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(props.initiallyExpanded ?? false);
  const collapsed = props.collapsed && !expanded && article.contentHtml !== '';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  // The body is put in as a transition: the click's frame paints at once (INP, issue 7) and
  // React lays the body out in the next; it is focused (without scrolling, so nothing above
  // the reader's eye moves) once it is there.
  const focusBody = useRef(false);
  const expand = useCallback(() => {
    focusBody.current = true;
    startTransition(() => setExpanded(true));
  }, []);
  useEffect(() => {
    if (!expanded || !focusBody.current) return;
    focusBody.current = false;
    bodyRef.current?.focus({ preventScroll: true });
  }, [expanded]);

  const asleep = props.sleepHeight !== null;

  return (
    <article
      ref={props.measureRef}
      className={asleep ? 'ar-article ar-article--asleep' : 'ar-article'}
      style={props.sleepHeight !== null ? { height: props.sleepHeight } : undefined}
      {...articleAttributes(article, { position, setSize, titleId })}
    >
      {asleep ? (
        <ArticleShell article={article} heading={Heading} titleId={titleId} next={next} />
      ) : (
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
              eagerImage={position === 1}
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
      )}
    </article>
  );
});
