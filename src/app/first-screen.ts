import { toIsoDate } from '../content/iso-date';
import { jsonFeedLeadUrl } from '../content/sources/json-feed-lead';
import { languageTag, positiveSize } from '../content/sources/plain-fields';
import { collapseSpace } from '../content/collapse-space';
import type { FirstItem } from './first-page';

/*
 * What the first article shows in the first screen (its section, title, byline and lead
 * picture), read from the first feed page by the embed entry before the app (React, valibot,
 * the sanitiser) has arrived, so that the entry can paint it (first-screen-paint.ts): the
 * page's largest paint then waits for the feed and the picture, not for the app's code to
 * run (issue 7: LCP). Each field is read by the JSON Feed source's own rules (json-feed.ts),
 * without its schema library; first-screen.test.ts holds the two to the same answer.
 * Text the source would read as markup (a tag or an entity) needs its DOMParser: then there
 * is no first screen, and the reader appears when the app renders it, as before.
 */

interface FirstScreenPicture {
  readonly src: string;
  readonly alt: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly caption: string;
  readonly credit: string;
}

export interface FirstScreen {
  readonly section: string | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly modified: string | null;
  readonly language: string | null;
  readonly image: FirstScreenPicture | null;
}

/** Thrown inside the reading when a field is markup: there is no first screen. */
class NeedsParser extends Error {}

/** The first screen of the item the reader shows first, or null when it cannot be read here. */
export function readFirstScreen({ feed, item, documentUrl }: FirstItem): FirstScreen | null {
  if (!isRecord(item)) return null;
  try {
    const title = plain(stringOr(item.title));
    if (!title) return null;
    const reader = isRecord(item._reader) ? item._reader : undefined;
    const own = authorsOf(item);
    const leadSrc = jsonFeedLeadUrl(item, documentUrl);
    return {
      section: stringOr(reader?.section)?.trim() || tagsOf(item.tags)[0] || null,
      title,
      authors: own.length > 0 ? own : authorsOf(feed),
      published: toIsoDate(stringOr(item.date_published)),
      modified: toIsoDate(stringOr(item.date_modified)),
      language: languageTag(stringOr(feed.language)),
      image: leadSrc ? picture(leadSrc, isRecord(reader?.image) ? reader.image : {}) : null,
    };
  } catch (error) {
    if (error instanceof NeedsParser) return null;
    throw error;
  }
}

/**
 * The source's toPlainText for text with no markup in it: no tag, and no `&` that may begin a
 * character reference: "&#038;", or two letters or more ("&amp;", "&copy" without its
 * semicolon; no named reference is one letter long). "Sorrel & Finch" and "Q&A" are text to
 * the parser too.
 */
function plain(value: string | undefined): string {
  if (value === undefined) return '';
  if (/<|&(#|[a-z]{2})/i.test(value)) throw new NeedsParser();
  return collapseSpace(value);
}

/** 1.1's `authors`, else 1.0's `author`, of an item or of the feed itself. */
function authorsOf(holder: Readonly<Record<string, unknown>>): string[] {
  const list: unknown[] = Array.isArray(holder.authors)
    ? holder.authors
    : isRecord(holder.author)
      ? [holder.author]
      : [];
  return list.map((author) => plain(isRecord(author) ? stringOr(author.name) : '')).filter(Boolean);
}

function tagsOf(tags: unknown): string[] {
  const list: unknown[] =
    typeof tags === 'string' ? tags.split(',') : Array.isArray(tags) ? tags : [];
  return list
    .filter((tag): tag is string => typeof tag === 'string')
    .map(plain)
    .filter(Boolean);
}

function picture(src: string, fields: Readonly<Record<string, unknown>>): FirstScreenPicture {
  const alt = stringOr(fields.alt);
  return {
    src,
    width: positiveSize(numberOr(fields.width)),
    height: positiveSize(numberOr(fields.height)),
    alt: alt !== undefined ? plain(alt) : '',
    caption: plain(stringOr(fields.caption)),
    credit: plain(stringOr(fields.credit)),
  };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);
const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
