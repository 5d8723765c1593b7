import { useId } from 'react';
import type { Article } from '../content/article';

/** The standalone app's answer to a path that is no article's. */
export function NotFound({ latest }: { readonly latest: Article | null }) {
  const titleId = useId();
  return (
    <section className="ar-notfound" aria-labelledby={titleId}>
      <h1 id={titleId} className="ar-notfound__title">
        Article not found
      </h1>
      <p className="ar-notfound__text">
        There is no article at this address. It may have moved, or the link may be mistyped.
      </p>
      {latest && (
        <p>
          <a className="ar-button" href={latest.link}>
            Read the latest article
          </a>
        </p>
      )}
    </section>
  );
}
