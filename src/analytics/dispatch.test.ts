import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalytics } from './dispatch';
import type { PageView } from './page-view';

// The page's own origin: trackers only ever hear of the publisher's pages.
const ORIGIN = window.location.origin;
const HOST = window.location.host;

const view = (url: string, position = 2): PageView => ({
  url,
  title: `Title of ${url}`,
  sections: 'World news',
  authors: 'Ana,Ben',
  position,
});

type Stubbed = Window & {
  _sf_async_config?: Record<string, unknown>;
  pSUPERFLY?: { virtualPage: (arg: unknown) => void };
  gtag?: (...args: unknown[]) => void;
  dataLayer?: unknown[];
};

const w = () => window as Stubbed;

afterEach(() => {
  const w = window as Stubbed;
  delete w._sf_async_config;
  delete w.pSUPERFLY;
  delete w.gtag;
  delete w.dataLayer;
  vi.restoreAllMocks();
});

describe('analytics fan-out', () => {
  it('counts no view twice in one page session across a reload, and afresh in a new one', () => {
    sessionStorage.clear();
    w().dataLayer = [];
    const reading = () =>
      createAnalytics(window, new Set(['gtm']), {
        storage: sessionStorage,
        session: 'run-1',
      });
    reading().view(view(`${ORIGIN}/b`), false);
    // The page reloads: a new reader, the same page session.
    const reloaded = reading();
    reloaded.view(view(`${ORIGIN}/b`), false);
    reloaded.view(view(`${ORIGIN}/c`), false);
    const pages = () =>
      (w().dataLayer ?? []).map((entry) => (entry as { page_location?: string }).page_location);
    expect(pages()).toEqual([`${ORIGIN}/b`, `${ORIGIN}/c`]);
    // Another visit of the page (a new run of history entries) counts its views again.
    createAnalytics(window, new Set(['gtm']), { storage: sessionStorage, session: 'run-2' }).view(
      view(`${ORIGIN}/b`),
      false,
    );
    expect(pages()).toEqual([`${ORIGIN}/b`, `${ORIGIN}/c`, `${ORIGIN}/b`]);
    sessionStorage.clear();
  });

  it('sends Chartbeat, GTM and the DOM event once per article, skipping the first article', () => {
    const w = window as Stubbed;
    w._sf_async_config = {};
    w.pSUPERFLY = { virtualPage: vi.fn() };
    w.dataLayer = [];
    const events: unknown[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent).detail);
    window.addEventListener('article-reader:view', listener);
    const analytics = createAnalytics(window, new Set(['chartbeat', 'gtm']));

    analytics.view(view(`${ORIGIN}/a`, 1), true);
    analytics.view(view(`${ORIGIN}/b`), false);
    analytics.view(view(`${ORIGIN}/b`), false);
    analytics.view(view(`${ORIGIN}/a`, 1), false);

    expect(w.pSUPERFLY.virtualPage).toHaveBeenCalledTimes(1);
    expect(w.pSUPERFLY.virtualPage).toHaveBeenCalledWith({
      path: `${HOST}/b`,
      title: `Title of ${ORIGIN}/b`,
      sections: 'World news',
      authors: 'Ana,Ben',
    });
    expect(w._sf_async_config).toEqual({
      path: `${HOST}/b`,
      sections: 'World news',
      authors: 'Ana,Ben',
    });
    expect(w.dataLayer).toEqual([
      {
        event: 'virtual_page_view',
        page_location: `${ORIGIN}/b`,
        page_title: `Title of ${ORIGIN}/b`,
      },
    ]);
    expect(events).toHaveLength(1);
    window.removeEventListener('article-reader:view', listener);
  });

  it('calls gtag only when GA4 is enabled', () => {
    const w = window as Stubbed;
    const gtag = vi.fn();
    w.gtag = gtag;
    createAnalytics(window, new Set(['chartbeat', 'gtm'])).view(view(`${ORIGIN}/a`), false);
    expect(gtag).not.toHaveBeenCalled();
    createAnalytics(window, new Set(['ga4'])).view(view(`${ORIGIN}/a`), false);
    expect(gtag).toHaveBeenCalledWith('event', 'page_view', {
      page_location: `${ORIGIN}/a`,
      page_title: `Title of ${ORIGIN}/a`,
    });
  });

  it('logs a throwing tracker and still tells the others', () => {
    const w = window as Stubbed;
    w.pSUPERFLY = {
      virtualPage: () => {
        throw new Error('down');
      },
    };
    w.dataLayer = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    createAnalytics(window, new Set(['chartbeat', 'gtm'])).view(view(`${ORIGIN}/a`), false);
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[article-reader\] The chartbeat tracker failed/),
      expect.any(Error),
    );
    expect(w.dataLayer).toHaveLength(1);
  });

  it('never gives an article of another origin to Chartbeat, GA4 or GTM', () => {
    const w = window as Stubbed;
    w._sf_async_config = { path: `${HOST}/a` };
    w.pSUPERFLY = { virtualPage: vi.fn() };
    w.gtag = vi.fn();
    w.dataLayer = [];
    const events: unknown[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent).detail);
    window.addEventListener('article-reader:view', listener);
    createAnalytics(window, new Set(['chartbeat', 'ga4', 'gtm'])).view(
      view('https://elsewhere.example/story'),
      false,
    );
    window.removeEventListener('article-reader:view', listener);
    expect(w._sf_async_config).toEqual({ path: `${HOST}/a` });
    expect(w.pSUPERFLY.virtualPage).not.toHaveBeenCalled();
    expect(w.gtag).not.toHaveBeenCalled();
    expect(w.dataLayer).toEqual([]);
    // The reader's own DOM event still tells the page what was read.
    expect(events).toEqual([expect.objectContaining({ url: 'https://elsewhere.example/story' })]);
  });
});
