import { logError } from '../shared/log';
import type { TrackerName } from '../shared/options';
import { chartbeat } from './chartbeat';
import { domEvent } from './dom-event';
import { ga4 } from './ga4';
import { gtm } from './gtm';
import type { PageView, Tracker } from './page-view';

const TRACKERS: Record<TrackerName, Tracker> = { chartbeat, ga4, gtm };

export interface Analytics {
  /**
   * An article became current. Each URL is counted once per page session, and the article
   * the page was opened at (`initial`) not at all: the page's own page view counted it.
   */
  view(view: PageView, initial: boolean): void;
}

export function createAnalytics(window: Window, enabled: ReadonlySet<TrackerName>): Analytics {
  const counted = new Set<string>();
  const trackers: [string, Tracker][] = [
    ...[...enabled].map((name): [string, Tracker] => [name, TRACKERS[name]]),
    ['DOM event', domEvent],
  ];
  return {
    view(view, initial) {
      if (counted.has(view.url)) return;
      counted.add(view.url);
      if (initial) return;
      for (const [name, track] of trackers) {
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
