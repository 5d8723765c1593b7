import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { createAnalytics } from '../analytics/dispatch';
import type { Article } from '../content/article';
import type { ReaderOptions } from '../shared/options';
import { applyArticleMeta } from './document-meta';
import { createHistorySync, type HistorySync } from './history-sync';

export interface CurrentArticle {
  readonly article: Article;
  readonly position: number;
  readonly siteTitle: string | null;
  /**
   * Set for the host page's own article (startAfter): its title is restored as the page had
   * it, and it never gets a virtual page view (the page's own page view counted it).
   */
  readonly hostTitle?: string;
  /** Articles between the previous current one and this, scrolled past without being current. */
  readonly passedOver?: readonly string[];
}

/**
 * What follows the article being read for the whole page session: the address bar and
 * history, the tab title and head links, and the analytics. It outlives the reader's
 * sequence (Back to an article that is no longer loaded restarts the sequence, not this).
 */
export function useReadingSession(
  options: Pick<ReaderOptions, 'historyMode' | 'analytics'>,
  onRestore: (url: string) => void,
  hasHostArticle: boolean,
): (current: CurrentArticle) => void {
  const restore = useEffectEvent(onRestore);
  const historyRef = useRef<HistorySync | null>(null);
  // With a host article, the page's first article is the host's, whatever becomes current first.
  const firstSeen = useRef(hasHostArticle);
  const analytics = useMemo(() => createAnalytics(window, options.analytics), [options.analytics]);

  useEffect(() => {
    const sync = createHistorySync({
      window,
      mode: options.historyMode,
      onRestore: (url) => restore(url),
    });
    historyRef.current = sync;
    return () => {
      sync.dispose();
      historyRef.current = null;
    };
  }, [options.historyMode]);

  return useMemo(
    () =>
      ({ article, position, siteTitle, hostTitle, passedOver }: CurrentArticle) => {
        historyRef.current?.show(article.url, passedOver);
        applyArticleMeta(
          document,
          {
            url: article.url,
            title: article.title,
            description: article.summary,
            documentTitle: hostTitle,
          },
          siteTitle,
        );
        const initial = hostTitle !== undefined || !firstSeen.current;
        firstSeen.current = true;
        analytics.view(
          {
            url: article.url,
            title: article.title,
            sections: article.section ?? '',
            authors: article.authors.join(','),
            position,
          },
          initial,
        );
      },
    [analytics],
  );
}
