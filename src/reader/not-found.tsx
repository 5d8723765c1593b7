import { useId } from 'react';
import type { Article } from '../content/article';
import type { Labels } from '../shared/labels';

/** The standalone app's answer to a path that is no article's. */
interface NotFoundProps {
  readonly latest: Article | null;
  readonly labels: Labels;
}

export function NotFound({ latest, labels }: NotFoundProps) {
  const titleId = useId();
  return (
    <section className="ar-notfound" aria-labelledby={titleId}>
      <h1 id={titleId} className="ar-notfound__title">
        {labels.notFound}
      </h1>
      <p className="ar-notfound__text">{labels.notFoundText}</p>
      {latest && (
        <p>
          <a className="ar-button" href={latest.link}>
            {labels.readLatest}
          </a>
        </p>
      )}
    </section>
  );
}
