import { createAnalytics } from '../analytics/dispatch';
import type { Article } from '../content/article';
import type { TrackerName } from '../analytics/tracker-name';
import type { HistoryMode } from './options';
import { applyArticleLinks, applyArticleTitle, snapshotHead } from './document-meta';
import { createAfterFrame } from './after-frame';
import { sessionStorageOf } from '../shared/session-storage';
import { createHistorySync } from './history-sync';
import { claimPage, releasePage } from './page-claim';

// Saving the reader's place for a reload or Back travels with the session (use-place.ts).
export { capturePlace } from './place-capture';

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

export interface ReadingSessionOptions {
  readonly window: Window;
  readonly historyMode: HistoryMode;
  readonly analytics: ReadonlySet<TrackerName>;
  /** The host page shows the first article itself (startAfter). */
  readonly hasHostArticle: boolean;
  /** Back or Forward landed on `url`. */
  readonly onRestore: (url: string) => void;
}

export interface ReadingSession {
  /** Whether this reader drives the page (false: another reader on the page already does). */
  readonly drives: boolean;
  show(current: CurrentArticle): void;
  /** Puts the head back as it was and lets go of history and the page. */
  dispose(): void;
}

/**
 * What follows the article being read for the whole page session: the address bar and
 * history, the tab title and head links, and the analytics. Plain TypeScript over `window`.
 */
export function createReadingSession(options: ReadingSessionOptions): ReadingSession {
  const { window } = options;
  const owner = {};
  if (!claimPage(window, owner)) {
    return { drives: false, show: () => undefined, dispose: () => undefined };
  }
  const { document } = window;
  const restoreHead = snapshotHead(document);
  const storage = sessionStorageOf(window);
  const history = createHistorySync({
    window,
    mode: options.historyMode,
    onRestore: options.onRestore,
    storage,
    openedOnArticle: options.hasHostArticle,
  });
  const analytics = createAnalytics(window, options.analytics, {
    storage,
    session: history.session,
  });
  // With a host article, the page's first article is the host's, whatever becomes current first.
  let firstSeen = options.hasHostArticle;
  const afterFrame = createAfterFrame(window);
  // A link away or a reload right after a crossing still gets its view counted and remembered.
  window.addEventListener('pagehide', afterFrame.flush);
  // So does a tab put in the background, which may be frozen or discarded with no pagehide
  // (a phone switching apps), and whose timers the browser slows to one a second.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') afterFrame.flush();
  };
  document.addEventListener('visibilitychange', onHidden);

  return {
    drives: true,
    show({ article, position, siteTitle, hostTitle, passedOver }) {
      // What still follows the article before (a fling crosses two in one frame) runs first,
      // while the address and title are still its own: a tag reading the page's URL or title
      // when a view arrives must see the article of that view.
      afterFrame.flush();
      // In this frame: the address and the title, which the reader sees change.
      history.show(article.url, passedOver);
      const meta = {
        url: article.url,
        title: article.title,
        description: article.summary,
        documentTitle: hostTitle,
      };
      applyArticleTitle(document, meta, siteTitle);
      const initial = hostTitle !== undefined || !firstSeen;
      firstSeen = true;
      // After it, in this order: the head's links, then the report (a tag manager's tag may
      // read the canonical link when the view arrives).
      afterFrame.later(() => applyArticleLinks(document, meta));
      afterFrame.later(() =>
        analytics.view(
          {
            url: article.url,
            title: article.title,
            sections: article.section ?? '',
            authors: article.authors.join(','),
            position,
          },
          initial,
        ),
      );
    },
    dispose() {
      window.removeEventListener('pagehide', afterFrame.flush);
      document.removeEventListener('visibilitychange', onHidden);
      afterFrame.flush();
      history.dispose();
      restoreHead();
      releasePage(window, owner);
    },
  };
}
