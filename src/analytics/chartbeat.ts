import { windowProperty, type Tracker } from './page-view';

/**
 * Chartbeat, as the publisher page this reader mirrors called it: the config is updated
 * (when it exists), then pSUPERFLY.virtualPage (when it is a function). Chartbeat's `path`
 * is host (with port) plus path name, with no scheme or query.
 */
export const chartbeat: Tracker = (window, view) => {
  const url = new URL(view.url);
  const path = url.host + url.pathname;
  const config = windowProperty(window, '_sf_async_config');
  if (typeof config === 'object' && config !== null) {
    Object.assign(config, { path, sections: view.sections, authors: view.authors });
  }
  const superfly = windowProperty(window, 'pSUPERFLY');
  if (typeof superfly === 'object' && superfly !== null) {
    const virtualPage: unknown = (superfly as Record<string, unknown>).virtualPage;
    if (typeof virtualPage === 'function') {
      virtualPage.call(superfly, {
        path,
        title: view.title,
        sections: view.sections,
        authors: view.authors,
      });
    }
  }
};
