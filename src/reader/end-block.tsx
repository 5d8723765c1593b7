import type { Article } from '../content/article';
import { fillLabel, type Labels } from '../shared/labels';
import { TitledRegion } from '../shared/titled-region';

interface EndBlockProps {
  readonly latest: Article | null;
  /** The next article in the feed when maxArticles stopped the reader, else null. */
  readonly following: Article | null;
  readonly siteTitle: string | null;
  readonly labels: Labels;
}

/** After the last article: no more requests, and ways onward. */
export function EndBlock({ latest, following, siteTitle, labels }: EndBlockProps) {
  return (
    <TitledRegion as="nav" className="ar-end" heading="h2" title={labels.caughtUp}>
      <ul className="ar-end__links">
        {following && (
          <li>
            <a href={following.link}>{fillLabel(labels.keepReading, { title: following.title })}</a>
          </li>
        )}
        {latest && (
          <li>
            <a href={latest.link}>{labels.latestArticle}</a>
          </li>
        )}
        <li>
          <a href="/">
            {siteTitle ? fillLabel(labels.siteHomePage, { site: siteTitle }) : labels.homePage}
          </a>
        </li>
      </ul>
    </TitledRegion>
  );
}
