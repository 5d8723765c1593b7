import type { Tracker } from './page-view';

const VIEW_EVENT = 'article-reader:view';

/** Always sent, for anything else the publisher wants to hook up. */
export const domEvent: Tracker = (window, view) => {
  const { url, title, sections, authors, position } = view;
  window.dispatchEvent(
    new CustomEvent(VIEW_EVENT, { detail: { url, title, sections, authors, position } }),
  );
};
