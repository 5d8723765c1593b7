import { windowProperty, type Tracker } from './page-view';

/** Google Tag Manager: a push to the page's dataLayer, when it has one. */
export const gtm: Tracker = (window, view) => {
  const dataLayer = windowProperty(window, 'dataLayer');
  if (Array.isArray(dataLayer)) {
    dataLayer.push({ event: 'virtual_page_view', page_location: view.url, page_title: view.title });
  }
};
