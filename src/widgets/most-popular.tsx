import { useEffect, useState } from 'react';
import type { Article } from '../content/article';
import { urlKey } from '../content/urls';
import { useLabels } from '../shared/labels';
import { TitledRegion } from '../shared/titled-region';
import { fetchPopular } from './popular-list';

/** How many items the widget shows, as the source page's four to five. */
const ITEMS = 5;

interface PopularList {
  readonly url: string;
  /** Null: the list could not be read. */
  readonly articles: readonly Article[] | null;
}

/** The list at `url`: undefined while it loads, null when it failed. */
function usePopularList(url: string): readonly Article[] | null | undefined {
  const [list, setList] = useState<PopularList | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    // One more than shown, so the list stays full when the article being read is in it.
    fetchPopular(new URL(url, document.baseURI).href, ITEMS + 1, controller.signal).then(
      (articles) => setList({ url, articles }),
      () => {
        if (!controller.signal.aborted) setList({ url, articles: null });
      },
    );
    return () => controller.abort();
  }, [url]);
  // A list read for another URL is not this one's: the new one is loading.
  return list?.url === url ? list.articles : undefined;
}

/** "Most popular": the publisher's own list, from a JSON Feed at `popularUrl`. */
export function MostPopular({
  url,
  currentUrl,
}: {
  readonly url: string;
  /** The article being read, which the list leaves out: the reader is already on it. */
  readonly currentUrl: string | null;
}) {
  const labels = useLabels();
  const all = usePopularList(url);
  const current = currentUrl === null ? null : urlKey(currentUrl);
  const data = all?.filter((article) => urlKey(article.url) !== current).slice(0, ITEMS);
  // The widget is furniture: when its feed fails it steps aside rather than shout.
  if (all === null || (data && data.length === 0)) return null;
  return (
    <TitledRegion
      as="section"
      className="ar-popular"
      heading="h2"
      title={labels.mostPopular}
      titleClassName="ar-widget-title"
    >
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
    </TitledRegion>
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
