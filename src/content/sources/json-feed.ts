import * as v from 'valibot';
import type { ArticleImage, FeedPage } from '../article';
import type { ContentWindow } from '../content-env';
import { toIsoDate } from '../iso-date';
import { FeedError } from '../feed-error';
import { feedPageFetcher, parseJson } from '../fetch-document';
import { lazyArticle } from '../article-body';
import { sanitizeArticleBody } from '../sanitize';
import { toPlainText } from '../text';
import { linkAsWritten, resolveHttpUrl } from '../urls';
import { JSON_FEED_ACCEPT, jsonFeedLeadUrl } from './json-feed-lead';
import {
  article,
  type ItemResult,
  languageTag,
  optionalNumber,
  optionalString,
  positiveSize,
  readItems,
  skip,
  textToParagraphs,
} from './common';

/*
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), read the way real publishers write it:
 * an http:// version URL, tags as one comma-separated string, entity-escaped titles, dates
 * without a zone, the 1.0 `author` beside 1.1 `authors`. A field that is the wrong shape is
 * dropped (v.fallback); an item that cannot be shown is skipped with a warning.
 */

const AuthorSchema = v.looseObject({ name: optionalString });
const AuthorsSchema = v.fallback(v.optional(v.array(v.fallback(AuthorSchema, {}))), undefined);

const ImageSchema = v.looseObject({
  src: optionalString,
  url: optionalString,
  width: optionalNumber,
  height: optionalNumber,
  alt: optionalString,
  caption: optionalString,
  credit: optionalString,
});

const ItemSchema = v.looseObject({
  id: v.fallback(v.optional(v.union([v.string(), v.number()])), undefined),
  url: optionalString,
  external_url: optionalString,
  title: optionalString,
  summary: optionalString,
  content_html: optionalString,
  content_text: optionalString,
  date_published: optionalString,
  date_modified: optionalString,
  authors: AuthorsSchema,
  author: v.fallback(v.optional(AuthorSchema), undefined),
  tags: v.fallback(v.optional(v.union([v.array(v.unknown()), v.string()])), undefined),
  image: optionalString,
  banner_image: optionalString,
  _reader: v.fallback(
    v.optional(
      v.looseObject({
        section: optionalString,
        image: v.fallback(v.optional(ImageSchema), undefined),
        gallery: v.fallback(v.optional(v.array(v.unknown())), undefined),
      }),
    ),
    undefined,
  ),
});

const FeedSchema = v.looseObject({
  version: v.pipe(
    v.string('the feed has no "version"'),
    v.regex(
      /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/,
      'the "version" is not a JSON Feed version',
    ),
  ),
  title: optionalString,
  next_url: optionalString,
  language: optionalString,
  authors: AuthorsSchema,
  author: v.fallback(v.optional(AuthorSchema), undefined),
  items: v.array(v.unknown(), 'the feed has no "items" list'),
});

type Item = v.InferOutput<typeof ItemSchema>;
type ImageFields = v.InferOutput<typeof ImageSchema>;

/** What the feed says once for all its items. */
interface FeedContext {
  readonly base: string;
  /** The feed's own authors: JSON Feed gives them to every item that names none. */
  readonly authors: readonly string[];
  readonly language: string | null;
  /** The DOM that text is parsed and bodies sanitised with. */
  readonly win: ContentWindow;
}

export { JSON_FEED_ACCEPT };

/** Fetches and reads one page of a JSON Feed. */
export const fetchJsonFeedPage = feedPageFetcher(JSON_FEED_ACCEPT, (document, win) =>
  parseJsonFeed(parseJson(document.bytes, document.url), document.url, win),
);

/** Reads a parsed JSON Feed document that was fetched from `documentUrl`. */
export function parseJsonFeed(
  json: unknown,
  documentUrl: string,
  win: ContentWindow = window,
): FeedPage {
  const feed = v.safeParse(FeedSchema, json);
  if (!feed.success) {
    const reason = feed.issues.map((issue) => issue.message).join('; ');
    throw new FeedError(
      'format',
      documentUrl,
      `The feed at ${documentUrl} is not a JSON Feed: ${reason}.`,
    );
  }
  const context: FeedContext = {
    base: documentUrl,
    authors: authorsOf(feed.output, win),
    language: languageTag(feed.output.language),
    win,
  };
  const { articles, warnings } = readItems(
    feed.output.items,
    (raw) => {
      const item = v.safeParse(ItemSchema, raw);
      return item.success ? toArticle(item.output, context) : skip('it is not an object');
    },
    'item',
    documentUrl,
  );
  return {
    articles,
    next: resolveHttpUrl(feed.output.next_url, documentUrl),
    siteTitle: feed.output.title ? toPlainText(feed.output.title, win) || null : null,
    warnings,
  };
}

/** An Article, or the reason the item cannot be one. */
function toArticle(item: Item, context: FeedContext): ItemResult {
  const { base, win } = context;
  const title = item.title ? toPlainText(item.title, win) : '';
  if (!title) return skip('it has no title');
  if (item.url === undefined || item.url.trim() === '') return skip(`"${title}" has no url`);
  const url = resolveHttpUrl(item.url, base);
  if (!url) return skip(`"${title}" has a url that is neither http(s) nor relative (${item.url})`);
  const id = item.id === undefined || item.id === '' ? url : String(item.id);

  const reader = item._reader;
  const leadSrc = jsonFeedLeadUrl(item, base);
  const image = leadSrc ? toImage({ ...reader?.image, src: leadSrc }, base, win) : null;

  const own = authorsOf(item, win);
  const fields = {
    id,
    url,
    link: linkAsWritten(item.url.trim(), url),
    title,
    summary: item.summary ? toPlainText(item.summary, win) || null : null,
    published: toIsoDate(item.date_published),
    modified: toIsoDate(item.date_modified),
    authors: own.length > 0 ? own : context.authors,
    tags: tagsOf(item.tags, win),
    section: reader?.section?.trim() || tagsOf(item.tags, win)[0] || null,
    gallery: (reader?.gallery ?? []).flatMap((raw) => {
      const slide = v.safeParse(ImageSchema, raw);
      const made = slide.success ? toImage(slide.output, base, win) : null;
      return made ? [made] : [];
    }),
    language: context.language,
  };
  const body = () => sanitizeArticleBody(bodyHtml(item), url, win, { lead: image?.src ?? null });
  return article(lazyArticle(fields, image, body, win));
}

function bodyHtml(item: Item): string {
  if (item.content_html !== undefined) return item.content_html;
  return item.content_text === undefined ? '' : textToParagraphs(item.content_text);
}

/** 1.1's `authors`, else 1.0's `author`, of an item or of the feed itself. */
function authorsOf(holder: Pick<Item, 'authors' | 'author'>, win: ContentWindow): string[] {
  const list = holder.authors ?? (holder.author ? [holder.author] : []);
  return list.map((author) => (author.name ? toPlainText(author.name, win) : '')).filter(Boolean);
}

function tagsOf(tags: Item['tags'], win: ContentWindow): string[] {
  const list = typeof tags === 'string' ? tags.split(',') : (tags ?? []);
  const names = list
    .filter((tag): tag is string => typeof tag === 'string')
    .map((tag) => toPlainText(tag, win))
    .filter(Boolean);
  return [...new Set(names)];
}

function toImage(fields: ImageFields, base: string, win: ContentWindow): ArticleImage | null {
  const src = resolveHttpUrl(fields.src ?? fields.url, base);
  if (!src) return null;
  return {
    src,
    width: positiveSize(fields.width),
    height: positiveSize(fields.height),
    // Without alt text from the feed the picture is treated as decorative (its caption, when
    // there is one, is read as text) rather than announced by its file name.
    alt: fields.alt !== undefined ? toPlainText(fields.alt, win) : '',
    caption: fields.caption ? toPlainText(fields.caption, win) : '',
    credit: fields.credit ? toPlainText(fields.credit, win) : '',
  };
}
