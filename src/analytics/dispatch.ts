import { sameOrigin } from '../content/urls';
import { logError } from '../shared/log';
import type { TrackerName } from './tracker-name';
import { chartbeat } from './chartbeat';
import { domEvent } from './dom-event';
import { ga4 } from './ga4';
import { gtm } from './gtm';
import type { PageView, Tracker } from './page-view';
import { createCountedViews, type CountedViewsStore } from './counted-views';

const TRACKERS: Record<TrackerName, Tracker> = { chartbeat, ga4, gtm };

export interface Analytics {
  /**
   * An article became current. Each URL is counted once per page session, and the article
   * the page was opened at (`initial`) not at all: the page's own page view counted it.
   */
  view(view: PageView, initial: boolean): void;
}

export function createAnalytics(
  window: Window,
  enabled: ReadonlySet<TrackerName>,
  /** Where the counted views outlive a reload; none: this page's memory only. */
  store: CountedViewsStore | null = null,
): Analytics {
  const counted = createCountedViews(store);
  const trackers: [string, Tracker][] = [...enabled].map((name) => [name, TRACKERS[name]]);
  return {
    view(view, initial) {
      if (counted.has(view.url)) return;
      counted.add(view.url);
      if (initial) return;
      // The publisher's trackers measure the publisher's pages: an article of another origin
      // never becomes their page location or path (docs/decisions/0030-history-that-cannot-wedge.md). The DOM event, the
      // reader's own, still tells the page what was read.
      const own = sameOrigin(view.url, window.location.origin);
      const told: [string, Tracker][] = own
        ? [...trackers, ['DOM event', domEvent]]
        : [['DOM event', domEvent]];
      for (const [name, track] of told) {
        try {
          track(window, view);
        } catch (error) {
          // Someone else's tracker failing must not stop the reading.
          logError(`The ${name} tracker failed for ${view.url}.`, error);
        }
      }
    },
  };
}
