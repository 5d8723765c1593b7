import { useId } from 'react';
import type { Article } from '../content/article';

interface EndBlockProps {
  readonly latest: Article | null;
  /** The next article in the feed when maxArticles stopped the reader, else null. */
  readonly following: Article | null;
  readonly siteTitle: string | null;
}

/** After the last article: no more requests, and ways onward. */
export function EndBlock({ latest, following, siteTitle }: EndBlockProps) {
  const titleId = useId();
  return (
    <nav className="ar-end" aria-labelledby={titleId}>
      <h2 id={titleId} className="ar-end__title">
        You’re all caught up
      </h2>
      <ul className="ar-end__links">
        {following && (
          <li>
            <a href={following.link}>Keep reading: {following.title}</a>
          </li>
        )}
        {latest && (
          <li>
            <a href={latest.link}>The latest article</a>
          </li>
        )}
        <li>
          <a href="/">{siteTitle ? `${siteTitle} home page` : 'Home page'}</a>
        </li>
      </ul>
    </nav>
  );
}
