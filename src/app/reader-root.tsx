import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createSource, type ArticleSource } from '../content/source';
import { findHostArticle, startAfterUrl } from '../reader/host-article';
import { Reader } from '../reader/reader';
import { findArticleElementByUrl, scrollToArticle } from '../reader/scroll';
import { urlKey } from '../content/urls';
import { useReadingSession, type CurrentArticle } from '../reader/use-reading-session';
import type { MountContext, ReaderOptions } from '../reader/options';
import { LabelsContext } from '../shared/labels';
import { MostPopular } from '../widgets/most-popular';
import { NewsletterForm } from '../widgets/newsletter-form';

interface ReaderRootProps {
  readonly options: ReaderOptions;
  readonly context: MountContext;
  readonly queryClient: QueryClient;
  /**
   * The server and the hydrating client say which article the page begins at (null: the
   * feed's first) rather than reading window.location during render; without it, it comes
   * from the address bar.
   */
  readonly startUrl?: string | null;
  /** The server passes a source made with its own DOM and fetch. */
  readonly source?: ArticleSource;
}

/** One reader: its own query cache and source, so two readers on a page never share state. */
export function ReaderRoot({ options, context, queryClient, ...given }: ReaderRootProps) {
  const givenSource = given.source;
  const source = useMemo(
    () => givenSource ?? createSource(options.source, options.feedUrl),
    [givenSource, options.source, options.feedUrl],
  );
  const [start, setStart] = useState(() => ({
    url: given.startUrl !== undefined ? given.startUrl : initialStartUrl(context),
    restored: false,
  }));
  const containerRef = useRef<HTMLDivElement>(null);
  const [host] = useState(() =>
    options.startAfter ? findHostArticle(document, options.startAfter) : null,
  );

  // Back/Forward to an article: scroll to it when it is on the page, else begin the sequence
  // at it, as a deep link would.
  const restore = useCallback(
    (url: string) => {
      const element =
        host && urlKey(url) === urlKey(host.article.url)
          ? host.element
          : findArticleElementByUrl(containerRef.current, url);
      if (element) scrollToArticle(element);
      else setStart({ url, restored: true });
    },
    [host],
  );
  const onSession = useReadingSession(options, restore, host !== null);
  // "Most popular" leaves out the article being read.
  const [currentUrl, setCurrentUrl] = useState<string | null>(null);
  const onCurrent = useCallback(
    (current: CurrentArticle) => {
      setCurrentUrl(current.article.url);
      onSession(current);
    },
    [onSession],
  );
  const hasAside = options.popularUrl !== null || options.newsletterUrl !== null;

  return (
    <QueryClientProvider client={queryClient}>
      <LabelsContext value={options.labels}>
        <div className={hasAside ? 'ar-layout ar-layout--aside' : 'ar-layout'}>
          <div ref={containerRef} className="ar-layout__main">
            <Reader
              key={start.url ?? ''}
              options={options}
              source={source}
              start={
                options.startAfter !== null
                  ? { url: startAfterUrl(options.startAfter, document.baseURI), after: true }
                  : { url: start.url, after: false }
              }
              scrollIntoViewOnStart={start.restored}
              standalone={context.standalone}
              onCurrent={onCurrent}
              host={host}
            />
          </div>
          {hasAside && (
            <aside className="ar-layout__aside" aria-label={options.labels.moreFromNewsroom}>
              {options.popularUrl && (
                <MostPopular url={options.popularUrl} currentUrl={currentUrl} />
              )}
              {options.newsletterUrl && <NewsletterForm url={options.newsletterUrl} />}
            </aside>
          )}
        </div>
      </LabelsContext>
    </QueryClientProvider>
  );
}

function initialStartUrl(context: MountContext): string | null {
  const { pathname, href } = window.location;
  return context.standalone && (pathname === '/' || pathname === '/index.html') ? null : href;
}
