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
  /**
   * The body's first paragraph when the body begins with one of plain text: at phone widths
   * it is in the first screen, and larger than the picture.
   */
  readonly paragraph: string | null;
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
      paragraph: firstParagraph(item),
    };
  } catch (error) {
    if (error instanceof NeedsParser) return null;
    throw error;
  }
}

/** The source's toPlainText, for text with no markup in it (see decodeText). */
function plain(value: string | undefined): string {
  return value === undefined ? '' : collapseSpace(decodeText(value));
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Text as the HTML parser reads it, for text with no tag in it and no character references
 * but numeric ones and the five or six every feed writes ("&amp;", "&#39;", "&#x2019;");
 * anything else (a tag, "&copy" without its semicolon, "&eacute;") throws NeedsParser. A
 * lone "&" ("Sorrel & Finch", "Q&A") is text to the parser too: no named reference is one
 * letter long.
 */
function decodeText(value: string): string {
  if (value.includes('<')) throw new NeedsParser();
  return value.replace(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*)(;?)/gi, (whole, ref: string, end) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!isPlainCodePoint(code)) throw new NeedsParser();
      return String.fromCodePoint(code);
    }
    const named = end === ';' ? NAMED[ref] : undefined;
    if (named !== undefined) return named;
    if (ref.length === 1 && end === '') return whole;
    throw new NeedsParser();
  });
}

/** A code point the parser reads as itself (not a control, surrogate or remapped C1 code). */
function isPlainCodePoint(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
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

/**
 * `content_html` that begins with `<p>` and text, as the sanitiser keeps it; or the first
 * block of `content_text`, which the source makes a paragraph of. Anything else (a tag, a
 * paragraph with attributes) is the sanitiser's to read: null. Its white space is left as
 * the body has it (a no-break space stays one).
 */
function firstParagraph(item: Readonly<Record<string, unknown>>): string | null {
  const html = stringOr(item.content_html);
  const first =
    html !== undefined
      ? /^\s*<p>([^<>]*)<\/p>/i.exec(html)?.[1]
      : stringOr(item.content_text)
          ?.split(/\n\s*\n/)
          .find((block) => block.trim() !== '');
  if (first === undefined) return null;
  try {
    // content_text is text, not HTML: the source escapes it.
    const text = (html !== undefined ? decodeText(first) : first).trim();
    return text === '' ? null : text;
  } catch (error) {
    if (error instanceof NeedsParser) return null; // The rest of the first screen stands.
    throw error;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);
const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
