import type { ContentWindow } from './content-env';
import { collapseSpace } from './collapse-space';
import { parseInert } from './trusted-html';

// Without the DOM parser behind it, for the embed entry (src/app/first-screen.ts).
export { collapseSpace };

/**
 * Turns feed text that may carry markup or entities ("Fire &#038; Ice", "<b>Q&amp;A</b>")
 * into plain text. DOMParser builds an inert document: nothing in it loads or runs.
 */
export function toPlainText(value: string, win: ContentWindow): string {
  if (!/[<&]/.test(value)) return collapseSpace(value);
  return collapseSpace(inertDocument(value, win).body.textContent);
}

/**
 * An HTML fragment as a document of its own. DOMParser builds it inert (nothing in it loads or
 * runs), so a feed's markup can be read and reshaped here before it is sanitised.
 */
export function inertDocument(html: string, win: ContentWindow): Document {
  return parseInert(`<!doctype html><body>${html}`, 'text/html', win);
}
