import type { Article } from '../content/article';
import { articleKey } from '../content/article-key';
import { useLabels } from '../shared/labels';

/**
 * On an article's "next" link: the key of the article it leads to. The reader follows such
 * links within the page by one click handler on the feed, so no article, awake or asleep,
 * carries a listener of its own.
 */
export const NEXT_KEY_ATTRIBUTE = 'data-next-key';

interface ArticleShellProps {
  readonly article: Pick<Article, 'title' | 'summary'>;
  readonly heading: 'h1' | 'h2';
  readonly titleId: string;
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
}

/**
 * What stays of a sleeping article inside its box of reserved height: as few nodes as keep
 * it an article of the feed. Its title heading names it (aria-labelledby); its summary stays
 * as plain text, so find-in-page still finds it (and scrolling there wakes the article); the
 * link to the next article keeps the sequence followable without script, named by
 * aria-label rather than by text nodes of its own.
 */
export function ArticleShell({ article, heading: Heading, titleId, next }: ArticleShellProps) {
  const labels = useLabels();
  return (
    <>
      <Heading id={titleId} className="ar-article__title">
        {article.title}
      </Heading>
      {article.summary}
      {next && (
        <a
          href={next.link}
          className="ar-next__link"
          aria-label={`${labels.nextArticle} ${next.title}`}
          {...{ [NEXT_KEY_ATTRIBUTE]: articleKey(next) }}
        />
      )}
    </>
  );
}
