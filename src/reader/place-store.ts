import * as v from 'valibot';
import { urlKey } from '../content/urls';

/**
 * Back to your place (contract section 5): what a reload, or Back from another page, needs to
 * rebuild the reader as it was. Only the minimum, in the tab's sessionStorage, one record per
 * reader (its source, feed and startAfter): where the sequence began, its articles' keys, the
 * one being read and how far its top was from the viewport's.
 */
export interface Place {
  /** The address that was in the bar (the current article's): a place is only for its page. */
  readonly url: string;
  /** Where the sequence began (the start URL of the reader), null for the feed's first. */
  readonly start: string | null;
  /** The keys of the articles on the page, in order. */
  readonly keys: readonly string[];
  /** The index in `keys` of the article being read. */
  readonly current: number;
  /** Its top's distance from the viewport's top, in CSS pixels (negative: above it). */
  readonly offset: number;
  /** Articles whose "Read more" had been used (the current one's matters for its height). */
  readonly expanded: readonly string[];
}

/** A reader with more articles on the page than this starts as a deep link instead. */
export const MAX_PLACE_ARTICLES = 100;
const MAX_KEY_LENGTH = 512;
const PREFIX = 'article-reader:place:';

const KEY = v.pipe(v.string(), v.maxLength(MAX_KEY_LENGTH));
const PLACE = v.object({
  url: KEY,
  start: v.nullable(KEY),
  keys: v.pipe(v.array(KEY), v.minLength(1), v.maxLength(MAX_PLACE_ARTICLES)),
  current: v.pipe(v.number(), v.integer(), v.minValue(0)),
  offset: v.pipe(v.number(), v.finite()),
  expanded: v.pipe(v.array(KEY), v.maxLength(MAX_PLACE_ARTICLES)),
});

/** One record per reader: the same feed mounted the same way finds its own place. */
export function placeKey(reader: {
  source: string;
  feedUrl: string;
  startAfter: string | null;
}): string {
  return `${PREFIX}${reader.source}|${reader.feedUrl}|${reader.startAfter ?? ''}`;
}

/** Keeps the place; a place too large to keep (or a full storage) removes the old one. */
export function savePlace(storage: Storage | null, key: string, place: Place): void {
  if (!storage) return;
  try {
    if (!v.is(PLACE, place) || place.current >= place.keys.length) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(place));
  } catch {
    // Storage full or refused: the next visit behaves as a direct link, nothing worse.
  }
}

/**
 * The place saved for this reader, when it belongs to the page being shown: the address bar
 * holds the article that was being read. Anything else (another article's URL, a damaged
 * record) is no place, and the reader starts as a direct link would.
 */
export function loadPlace(storage: Storage | null, key: string, pageUrl: string): Place | null {
  if (!storage) return null;
  let parsed: unknown;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v.is(PLACE, parsed) || parsed.current >= parsed.keys.length) return null;
  return urlKey(parsed.url) === urlKey(pageUrl) ? parsed : null;
}
