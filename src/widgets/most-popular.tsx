import { queryOptions, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Article } from '../content/article';
import { fetchJsonFeedPage } from '../content/sources/json-feed';
import { useLabels } from '../shared/labels';

/** How many items the widget shows, as the source page's four to five. */
const ITEMS = 5;

function popularQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['most-popular', url] as const,
    queryFn: ({ signal }) => fetchJsonFeedPage(new URL(url, document.baseURI).href, signal),
    select: (page) => page.articles.slice(0, ITEMS),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}

/** "Most popular": the publisher's own list, from a JSON Feed at `popularUrl`. */
export function MostPopular({ url }: { readonly url: string }) {
  const headingId = useId();
  const labels = useLabels();
  const { data, isError } = useQuery(popularQueryOptions(url));
  // The widget is furniture: when its feed fails it steps aside rather than shout.
  if (isError || (data && data.length === 0)) return null;
  return (
    <section className="ar-popular" aria-labelledby={headingId}>
      <h2 id={headingId} className="ar-widget-title">
        {labels.mostPopular}
      </h2>
      <ol className="ar-popular__list" aria-busy={!data}>
        {data
          ? data.map((article) => <PopularItem key={article.id} article={article} />)
          : // Placeholders hold the list's height while it loads, so nothing below it jumps.
            Array.from({ length: ITEMS }, (_, index) => (
              <li
                key={index}
                className="ar-popular__item ar-popular__item--pending"
                aria-hidden="true"
              >
                <span className="ar-popular__ratio" />
              </li>
            ))}
      </ol>
    </section>
  );
}

function PopularItem({ article }: { readonly article: Article }) {
  return (
    <li className="ar-popular__item">
      <a className="ar-popular__link" href={article.link}>
        <span className="ar-popular__ratio">
          {article.image && (
            <img
              src={article.image.src}
              alt=""
              loading="lazy"
              decoding="async"
              className="ar-popular__img"
            />
          )}
        </span>
        <span className="ar-popular__title">{article.title}</span>
      </a>
    </li>
  );
}
