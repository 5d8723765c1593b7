import { windowProperty, type Tracker } from './page-view';

/** GA4, only when the publisher asks: its own history-change measurement would count twice. */
export const ga4: Tracker = (window, view) => {
  const gtag = windowProperty(window, 'gtag');
  if (typeof gtag === 'function') {
    (gtag as (...args: unknown[]) => void)('event', 'page_view', {
      page_location: view.url,
      page_title: view.title,
    });
  }
};
