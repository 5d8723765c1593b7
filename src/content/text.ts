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

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "Ana, Ben and Cy": how a byline joins names. One formatter per language, made once and only
 * for two names or more: building one took about 100 ms of the first article's first render
 * under a 4x CPU slowdown, and every byline built its own (issue 7).
 */
export function joinNames(names: readonly string[], locale?: string): string {
  if (names.length < 2) return names[0] ?? '';
  const key = locale ?? '';
  let format = listFormats.get(key);
  if (!format) {
    const options = { style: 'long', type: 'conjunction' } as const;
    try {
      format = new Intl.ListFormat(locale, options);
    } catch {
      // A tag Intl does not accept: the browser's own language joins the names.
      format = new Intl.ListFormat(undefined, options);
    }
    listFormats.set(key, format);
  }
  return format.format(names);
}
