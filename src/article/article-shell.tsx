import type { ReactElement } from 'react';
import type { Article } from '../content/article';
import { articleKey } from '../content/article-key';

/**
 * On an article's "next" link: the key of the article it leads to. The reader follows such
 * links within the page by one click handler on the feed, so no article, awake or asleep,
 * carries a listener of its own.
 */
export const NEXT_KEY_ATTRIBUTE = 'data-next-key';

export interface SleepingContentProps {
  readonly article: Pick<Article, 'title' | 'summary'>;
  readonly heading: 'h1' | 'h2';
  readonly titleId: string;
  readonly next: Pick<Article, 'id' | 'link' | 'title'> | null;
  /** The reader's "Next article" label, which names the link. */
  readonly nextLabel: string;
}

/**
 * What stays of a sleeping article inside its box of reserved height: as few nodes as keep
 * it an article of the feed. Its title heading names it (aria-labelledby); its summary stays
 * as plain text, so find-in-page still finds it (and scrolling there wakes the article); the
 * link to the next article keeps the sequence followable without script, named by
 * aria-label rather than by text nodes of its own.
 *
 * A render helper, not a component: a sleeping article costs React its host elements only,
 * no component with hooks and props of its own for every article of a long session (the JS
 * heap, issue 7.5; docs/decisions/0115). What waking must restore ("Read more" opened) the
 * reader keeps by article key.
 */
export function sleepingContent(props: SleepingContentProps): ReactElement {
  const { article, heading: Heading, titleId, next } = props;
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
          aria-label={`${props.nextLabel} ${next.title}`}
          {...{ [NEXT_KEY_ATTRIBUTE]: articleKey(next) }}
        />
      )}
    </>
  );
}
