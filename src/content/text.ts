import type { ContentWindow } from './content-env';
import { parseInert } from './trusted-html';

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

/** Text as a reader sees it: runs of white space as one space, none at the ends. */
export function collapseSpace(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** "Ana, Ben and Cy": how a byline joins names. */
export function joinNames(names: readonly string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
