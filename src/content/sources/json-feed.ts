import * as v from 'valibot';
import type { Article, ArticleImage, FeedPage } from '../article';
import { toIsoDate } from '../dates';
import { FeedError } from '../feed-error';
import { fetchDocument, parseJson } from '../fetch-document';
import { sanitizeArticleHtml } from '../sanitize';
import { toPlainText } from '../text';
import { linkAsWritten, resolveHttpUrl } from '../urls';

/*
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), read the way real publishers write it:
 * an http:// version URL, tags as one comma-separated string, entity-escaped titles, dates
 * without a zone, the 1.0 `author` beside 1.1 `authors`. A field that is the wrong shape is
 * dropped (v.fallback); an item that cannot be shown is skipped with a warning.
 */

const optionalString = v.fallback(v.optional(v.string()), undefined);
const optionalNumber = v.fallback(v.optional(v.number()), undefined);

const AuthorSchema = v.looseObject({ name: optionalString });

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
  authors: v.fallback(v.optional(v.array(v.fallback(AuthorSchema, {}))), undefined),
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
  items: v.array(v.unknown(), 'the feed has no "items" list'),
});

type Item = v.InferOutput<typeof ItemSchema>;
type ImageFields = v.InferOutput<typeof ImageSchema>;

export const JSON_FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

/** Fetches and reads one page of a JSON Feed. */
export async function fetchJsonFeedPage(url: string, signal?: AbortSignal): Promise<FeedPage> {
  const document = await fetchDocument(url, JSON_FEED_ACCEPT, signal);
  return parseJsonFeed(parseJson(document.bytes, url), document.url);
}

/** Reads a parsed JSON Feed document that was fetched from `documentUrl`. */
export function parseJsonFeed(json: unknown, documentUrl: string): FeedPage {
  const feed = v.safeParse(FeedSchema, json);
  if (!feed.success) {
    const reason = feed.issues.map((issue) => issue.message).join('; ');
    throw new FeedError(
      'format',
      documentUrl,
      `The feed at ${documentUrl} is not a JSON Feed: ${reason}.`,
    );
  }
  const warnings: string[] = [];
  const articles: Article[] = [];
  feed.output.items.forEach((raw, index) => {
    const item = v.safeParse(ItemSchema, raw);
    const result = item.success ? readItem(item.output, documentUrl) : 'it is not an object';
    if (typeof result === 'string') {
      warnings.push(`Skipped item ${index + 1} of ${documentUrl}: ${result}.`);
    } else {
      articles.push(result);
    }
  });
  return {
    articles,
    next: resolveHttpUrl(feed.output.next_url, documentUrl),
    siteTitle: feed.output.title ? toPlainText(feed.output.title) || null : null,
    warnings,
  };
}

/** One item's failure, however unexpected, costs that item, never the page. */
function readItem(item: Item, base: string): Article | string {
  try {
    return toArticle(item, base);
  } catch (error) {
    return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** An Article, or the reason the item cannot be one. */
function toArticle(item: Item, base: string): Article | string {
  const title = item.title ? toPlainText(item.title) : '';
  if (!title) return 'it has no title';
  if (item.url === undefined || item.url.trim() === '') return `"${title}" has no url`;
  const url = resolveHttpUrl(item.url, base);
  if (!url) return `"${title}" has a url that is neither http(s) nor relative (${item.url})`;
  const id = item.id === undefined || item.id === '' ? url : String(item.id);

  const reader = item._reader;
  const leadSrc = resolveHttpUrl(item.image ?? item.banner_image, base);
  const image = leadSrc ? toImage({ ...reader?.image, src: leadSrc }, base) : null;

  // Typed here, not by the union return type (whose string side has a deprecated .link()).
  const article: Article = {
    id,
    url,
    link: linkAsWritten(item.url.trim(), url),
    title,
    summary: item.summary ? toPlainText(item.summary) || null : null,
    contentHtml: sanitizeArticleHtml(bodyHtml(item), url),
    published: toIsoDate(item.date_published),
    modified: toIsoDate(item.date_modified),
    authors: authorsOf(item),
    tags: tagsOf(item.tags),
    section: reader?.section?.trim() || tagsOf(item.tags)[0] || null,
    image,
    gallery: (reader?.gallery ?? []).flatMap((raw) => {
      const slide = v.safeParse(ImageSchema, raw);
      const made = slide.success ? toImage(slide.output, base) : null;
      return made ? [made] : [];
    }),
  };
  return article;
}

function bodyHtml(item: Item): string {
  if (item.content_html !== undefined) return item.content_html;
  if (item.content_text === undefined) return '';
  // Plain text becomes paragraphs; it is escaped by being set as text, never parsed as HTML.
  const doc = document.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  for (const block of item.content_text.split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = block.trim();
    container.appendChild(paragraph);
  }
  return container.innerHTML;
}

function authorsOf(item: Item): string[] {
  const list = item.authors ?? (item.author ? [item.author] : []);
  return list.map((author) => (author.name ? toPlainText(author.name) : '')).filter(Boolean);
}

function tagsOf(tags: Item['tags']): string[] {
  const list = typeof tags === 'string' ? tags.split(',') : (tags ?? []);
  const names = list
    .filter((tag): tag is string => typeof tag === 'string')
    .map((tag) => toPlainText(tag))
    .filter(Boolean);
  return [...new Set(names)];
}

function toImage(fields: ImageFields, base: string): ArticleImage | null {
  const src = resolveHttpUrl(fields.src ?? fields.url, base);
  if (!src) return null;
  const positive = (n: number | undefined) => (n !== undefined && n > 0 ? Math.round(n) : null);
  return {
    src,
    width: positive(fields.width),
    height: positive(fields.height),
    // Without alt text from the feed the picture is treated as decorative (its caption, when
    // there is one, is read as text) rather than announced by its file name.
    alt: fields.alt !== undefined ? toPlainText(fields.alt) : '',
    caption: fields.caption ? toPlainText(fields.caption) : '',
    credit: fields.credit ? toPlainText(fields.credit) : '',
  };
}
