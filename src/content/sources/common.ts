import * as v from 'valibot';
import type { Article } from '../article';

export { languageTag, positiveSize } from './plain-fields';

/*
 * The skeleton every source shares: an item becomes an Article or a reason it cannot be one;
 * a page's items are read one by one, each failure (however unexpected) costing that item
 * with a warning, never the page, and an id already read on the page is skipped too; and the
 * small readings every format needs (a positive size, plain text as paragraphs, a language
 * tag, valibot fields that drop a value of the wrong shape).
 */

/** What reading one feed item gives: the Article, or why the item cannot be one. */
export type ItemResult = { readonly ok: true; readonly article: Article } | ItemSkip;
export interface ItemSkip {
  readonly ok: false;
  readonly reason: string;
}

export function article(value: Article): ItemResult {
  return { ok: true, article: value };
}

export function skip(reason: string): ItemSkip {
  return { ok: false, reason };
}

export interface ReadItems {
  readonly articles: Article[];
  readonly warnings: string[];
}

/**
 * Reads a page's items in order. `noun` names them in warnings ("item", "post"): "Skipped
 * item 3 of https://…/feed.json: it has no title."
 */
export function readItems<T>(
  items: readonly T[],
  read: (item: T) => ItemResult,
  noun: string,
  documentUrl: string,
): ReadItems {
  const articles: Article[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    let result = readSafely(read, item);
    if (result.ok && seen.has(result.article.id)) {
      result = skip(`"${result.article.title}" repeats the id ${result.article.id}`);
    }
    if (result.ok) {
      seen.add(result.article.id);
      articles.push(result.article);
    } else {
      warnings.push(`Skipped ${noun} ${index + 1} of ${documentUrl}: ${result.reason}.`);
    }
  });
  return { articles, warnings };
}

function readSafely<T>(read: (item: T) => ItemResult, item: T): ItemResult {
  try {
    return read(item);
  } catch (error) {
    return skip(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Plain text as HTML paragraphs, one per blank-line-separated block. Escaped here so it can
 * never be read as markup, whatever it holds.
 */
export function textToParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeText(block)}</p>`)
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A field that is dropped (undefined) when it is missing or of the wrong shape. */
export const optionalString = v.fallback(v.optional(v.string()), undefined);
export const optionalNumber = v.fallback(v.optional(v.number()), undefined);
export const optionalList = v.fallback(v.optional(v.array(v.unknown())), undefined);
