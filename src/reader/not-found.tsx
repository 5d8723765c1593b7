import type { Article } from '../content/article';
import type { Labels } from '../shared/labels';
import { TitledRegion } from '../shared/titled-region';

/** The standalone app's answer to a path that is no article's. */
interface NotFoundProps {
  readonly latest: Article | null;
  readonly labels: Labels;
}

export function NotFound({ latest, labels }: NotFoundProps) {
  return (
    <TitledRegion as="section" className="ar-notfound" heading="h1" title={labels.notFound}>
      <p className="ar-notfound__text">{labels.notFoundText}</p>
      {latest && (
        <p>
          <a className="ar-button" href={latest.link}>
            {labels.readLatest}
          </a>
        </p>
      )}
    </TitledRegion>
  );
}
