import * as v from 'valibot';
import type { Article, ArticleImage, FeedPage } from '../article';
import { toIsoDate } from '../dates';
import { FeedError } from '../feed-error';
import { utf8Text } from '../fetch-document';
import { sanitizeArticleHtml } from '../sanitize';
import { toPlainText } from '../text';
import { resolveHttpUrl } from '../urls';

/*
 * The WordPress REST API (https://developer.wordpress.org/rest-api/reference/posts/), read the
 * way real sites serve it: `_embedded` authors, featured media and terms when `_embed` was
 * honoured (and none when a cache or a static mirror dropped it), entity-encoded titles,
 * relative links from static exports, lazy-loading themes, classic [gallery] shortcodes.
 * A field of the wrong shape is dropped (v.fallback); a post that cannot be shown is skipped
 * with a warning.
 */

/** WordPress's own default page size (`per_page`), so a cursor without one still pages. */
const DEFAULT_PER_PAGE = 10;
const POSTS_ROUTE = /\/wp\/v2\/posts$/;
const ACCEPT = 'application/json, */*;q=0.1';

const optionalString = v.fallback(v.optional(v.string()), undefined);
const optionalNumber = v.fallback(v.optional(v.number()), undefined);

/** `{ rendered }` as core writes it; a bare string as some plugins and proxies do. */
const RenderedSchema = v.fallback(
  v.optional(
    v.union([
      v.string(),
      v.looseObject({
        rendered: optionalString,
        protected: v.fallback(v.optional(v.boolean()), undefined),
      }),
    ]),
  ),
  undefined,
);

const SizeSchema = v.fallback(
  v.optional(
    v.looseObject({ source_url: optionalString, width: optionalNumber, height: optionalNumber }),
  ),
  undefined,
);

const MediaSchema = v.looseObject({
  source_url: optionalString,
  alt_text: optionalString,
  caption: RenderedSchema,
  media_details: v.fallback(
    v.optional(
      v.looseObject({
        width: optionalNumber,
        height: optionalNumber,
        sizes: v.fallback(
          v.optional(
            v.looseObject({ large: SizeSchema, medium_large: SizeSchema, full: SizeSchema }),
          ),
          undefined,
        ),
        image_meta: v.fallback(v.optional(v.looseObject({ credit: optionalString })), undefined),
      }),
    ),
    undefined,
  ),
});

const TermSchema = v.looseObject({
  taxonomy: optionalString,
  name: optionalString,
  slug: optionalString,
});

const optionalList = v.fallback(v.optional(v.array(v.unknown())), undefined);

const PostSchema = v.looseObject({
  id: v.fallback(v.optional(v.union([v.string(), v.number()])), undefined),
  status: optionalString,
  link: optionalString,
  title: RenderedSchema,
  content: RenderedSchema,
  excerpt: RenderedSchema,
  date: optionalString,
  date_gmt: optionalString,
  modified: optionalString,
  modified_gmt: optionalString,
  _embedded: v.fallback(
    v.optional(
      v.looseObject({
        author: optionalList,
        'wp:featuredmedia': optionalList,
        'wp:term': optionalList,
      }),
    ),
    undefined,
  ),
});

/** What a WordPress error body looks like: `{ code, message, data: { status } }`. */
const ErrorSchema = v.looseObject({ code: v.string(), message: optionalString });

type Post = v.InferOutput<typeof PostSchema>;
type Rendered = v.InferOutput<typeof RenderedSchema>;

export interface WordPressSource {
  /** The cursor of the first page: the absolute URL of the posts collection, page 1. */
  readonly first: string;
  fetchPage(cursor: string, signal?: AbortSignal): Promise<FeedPage>;
}

/** A source over `{restBase}/wp/v2/posts`; `restBase` is what a publisher passes as feedUrl. */
export function createWordPressSource(restBase: string): WordPressSource {
  const url = postsUrl(restBase);
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '1');
  if (!url.searchParams.has('per_page')) url.searchParams.set('per_page', String(DEFAULT_PER_PAGE));
  url.searchParams.set('page', '1');
  return { first: url.href, fetchPage: fetchWordPressPage };
}

/**
 * Where the post an article URL names can be looked up, for a deep link to an article that is
 * not on the first page: by id for plain permalinks (`/?p=123`), else by its slug (the last
 * path segment). Null when the URL names neither.
 */
export function wordPressLookupUrl(restBase: string, articleUrl: string): string | null {
  let article: URL;
  try {
    article = new URL(articleUrl, document.baseURI);
  } catch {
    return null;
  }
  const url = postsUrl(restBase);
  url.searchParams.set('_embed', '1');
  const id = article.searchParams.get('p');
  if (id !== null && /^\d+$/.test(id)) {
    const route = url.searchParams.get('rest_route');
    if (route !== null) url.searchParams.set('rest_route', `${route}/${id}`);
    else url.pathname = `${url.pathname}/${id}`;
    return url.href;
  }
  const slug = article.pathname.split('/').filter(Boolean).pop();
  if (slug === undefined) return null;
  // WordPress stores non-ASCII slugs percent-encoded and encodes the query value itself, so
  // the segment is decoded here to be encoded once, not twice.
  url.searchParams.set('slug', safeDecode(slug));
  return url.href;
}

/** The posts collection under a REST base: `/wp-json`, `/wp-json/wp/v2/posts`, `/?rest_route=/`. */
function postsUrl(restBase: string): URL {
  const url = new URL(restBase.trim(), document.baseURI);
  url.hash = '';
  const route = url.searchParams.get('rest_route');
  if (route !== null) url.searchParams.set('rest_route', postsRoute(route));
  else url.pathname = postsRoute(url.pathname);
  return url;
}

function postsRoute(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (POSTS_ROUTE.test(trimmed)) return trimmed;
  return trimmed.endsWith('/wp/v2') ? `${trimmed}/posts` : `${trimmed}/wp/v2/posts`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Fetches and reads one page of posts; the cursor is the page's URL. */
async function fetchWordPressPage(cursor: string, signal?: AbortSignal): Promise<FeedPage> {
  let response: Response;
  try {
    response = await fetch(cursor, {
      signal,
      headers: { Accept: ACCEPT },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', cursor, `The feed at ${cursor} could not be reached.`, null, {
      cause: error,
    });
  }
  // Read here rather than through fetchDocument, which drops an error's body: a 400 whose code
  // is rest_post_invalid_page_number is how WordPress says a page past the last was asked for
  // (when X-WP-TotalPages was missing and the last page happened to be full).
  const text = await readText(response, cursor, signal);
  if (!response.ok) {
    const code = errorCode(text);
    if (response.status === 400 && code === 'rest_post_invalid_page_number') {
      return { articles: [], next: null, siteTitle: null, warnings: [] };
    }
    const reason = `${response.status} ${response.statusText}`.trim();
    throw new FeedError(
      'http',
      cursor,
      `The feed at ${cursor} answered ${reason}${code ? ` (${code})` : ''}.`,
      response.status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError(
      'parse',
      cursor,
      `The feed at ${cursor} is not valid JSON (${reason}).`,
      null,
      {
        cause: error,
      },
    );
  }
  const page = parseWordPressPosts(json, response.url || cursor);
  const count = Array.isArray(json) ? json.length : 0;
  return { ...page, next: nextCursor(cursor, response.headers, count) };
}

async function readText(response: Response, url: string, signal?: AbortSignal): Promise<string> {
  try {
    return utf8Text(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', url, `The feed at ${url} broke off while loading.`, null, {
      cause: error,
    });
  }
}

function errorCode(text: string): string | null {
  try {
    const body = v.safeParse(ErrorSchema, JSON.parse(text));
    return body.success ? body.output.code : null;
  } catch {
    return null;
  }
}

/**
 * The next page's URL. X-WP-TotalPages says how many there are; where a proxy or a static
 * mirror dropped it, a full page suggests another (and a 400 past the end is read as the end).
 */
function nextCursor(cursor: string, headers: Headers, count: number): string | null {
  const url = new URL(cursor);
  const page = countOf(url.searchParams.get('page')) ?? 1;
  const totalPages = countOf(headers.get('X-WP-TotalPages'));
  const perPage = countOf(url.searchParams.get('per_page')) || DEFAULT_PER_PAGE;
  const more = totalPages !== null ? page < totalPages : count > 0 && count >= perPage;
  if (!more) return null;
  url.searchParams.set('page', String(page + 1));
  return url.href;
}

function countOf(value: string | null): number | null {
  return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}

/** Reads a posts response (a list, or one post object) fetched from `documentUrl`. */
export function parseWordPressPosts(json: unknown, documentUrl: string): FeedPage {
  const posts = postsOf(json, documentUrl);
  const warnings: string[] = [];
  const articles: Article[] = [];
  posts.forEach((raw, index) => {
    const post = v.safeParse(PostSchema, raw);
    const result = post.success ? toArticle(post.output, documentUrl) : 'it is not an object';
    if (typeof result === 'string') {
      warnings.push(`Skipped post ${index + 1} of ${documentUrl}: ${result}.`);
    } else {
      articles.push(result);
    }
  });
  // The posts route does not name the site; the REST index (`/wp-json`) would, at the cost of
  // another request.
  return { articles, next: null, siteTitle: null, warnings };
}

function postsOf(json: unknown, documentUrl: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null && !('id' in json)) {
    const error = v.safeParse(ErrorSchema, json);
    const reason = error.success
      ? `it is a WordPress error (${error.output.code}${error.output.message ? `: ${error.output.message}` : ''})`
      : 'it is neither a list of posts nor a post';
    throw new FeedError(
      'format',
      documentUrl,
      `The feed at ${documentUrl} is not WordPress posts: ${reason}.`,
    );
  }
  if (typeof json === 'object' && json !== null) return [json];
  throw new FeedError(
    'format',
    documentUrl,
    `The feed at ${documentUrl} is not WordPress posts: it is neither a list of posts nor a post.`,
  );
}

/** An Article, or the reason the post cannot be one. */
function toArticle(post: Post, base: string): Article | string {
  const title = plain(renderedOf(post.title));
  if (!title) return 'it has no title';
  if (post.status !== undefined && post.status !== 'publish') {
    return `"${title}" is not published (status ${post.status})`;
  }
  if (typeof post.content === 'object' && post.content.protected === true) {
    // Without the password the API sends an empty body: an article with nothing to read.
    return `"${title}" is password-protected`;
  }
  const written = post.link?.trim() ?? '';
  if (!written) return `"${title}" has no link`;
  const url = resolveHttpUrl(written, base);
  if (!url) return `"${title}" has a link that is neither http(s) nor relative (${written})`;

  const { html, gallery } = prepareBody(renderedOf(post.content) ?? '', url);
  const terms = termsOf(post._embedded?.['wp:term']);
  const tags = [...new Set([...terms.categories, ...terms.tags])];
  const article: Article = {
    id: post.id === undefined || post.id === '' ? url : String(post.id),
    url,
    link: pageLink(written, url),
    title,
    summary: summaryOf(renderedOf(post.excerpt)),
    contentHtml: sanitizeArticleHtml(html, url),
    // date_gmt is UTC without a zone; `date` is the site's local time, read as UTC when it is
    // all there is (a draft's date_gmt is null), which is off by the site's offset at worst.
    published: toIsoDate(post.date_gmt) ?? toIsoDate(post.date),
    modified: toIsoDate(post.modified_gmt) ?? toIsoDate(post.modified),
    authors: namesOf(post._embedded?.author),
    tags,
    section: terms.categories[0] ?? tags[0] ?? null,
    image: featuredImage(post._embedded?.['wp:featuredmedia']?.[0], base),
    gallery,
  };
  return article;
}

function renderedOf(field: Rendered): string | undefined {
  return typeof field === 'string' ? field : field?.rendered;
}

function plain(html: string | undefined): string {
  return html ? toPlainText(html) : '';
}

/** Absolute and root-relative URLs as written; one relative to the document, resolved. */
function pageLink(written: string, resolved: string): string {
  const rootRelative = written.startsWith('/') && !written.startsWith('//');
  return rootRelative || /^https?:\/\//i.test(written) ? written : resolved;
}

/**
 * The excerpt without the tail WordPress or the theme appends to a cut one: "[…]" (from
 * `excerpt_more`) or a "Continue reading" link; the reader offers its own "Read more".
 */
function summaryOf(html: string | undefined): string | null {
  if (!html) return null;
  const doc = inertDocument(html);
  for (const more of Array.from(doc.body.querySelectorAll('a.more-link, .more-link')))
    more.remove();
  const text = squish(doc.body.textContent)
    .replace(/\s*\[\s*(?:…|\.\.\.)\s*\]$/, '')
    .replace(/\s*(?:…\s*)?Continue reading\b[^.!?]*$/, '')
    .trim();
  return text || null;
}

function namesOf(authors: readonly unknown[] | undefined): string[] {
  const names = (authors ?? []).map((raw) => {
    // An author the API may not show arrives as an error object without a name.
    const author = v.safeParse(v.looseObject({ name: optionalString }), raw);
    return author.success ? plain(author.output.name) : '';
  });
  return [...new Set(names.filter(Boolean))];
}

/**
 * `_embedded['wp:term']` holds one list per taxonomy (categories, tags, then any custom ones).
 * Only categories and tags are kept: a custom taxonomy is a site's own plumbing, not a label.
 */
function termsOf(groups: readonly unknown[] | undefined): { categories: string[]; tags: string[] } {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const raw of (groups ?? []).flat()) {
    const term = v.safeParse(TermSchema, raw);
    if (!term.success) continue;
    const name = plain(term.output.name);
    // WordPress files every post without a category under this default, named in the site's
    // language ("Uncategorized", "未分類") but always with this slug: not a section.
    if (!name || term.output.slug === 'uncategorized') continue;
    if (term.output.taxonomy === 'category') categories.push(name);
    else if (term.output.taxonomy === 'post_tag') tags.push(name);
  }
  return { categories: [...new Set(categories)], tags: [...new Set(tags)] };
}

/** The featured image in a size fit for an article's width: large, else the next best. */
function featuredImage(raw: unknown, base: string): ArticleImage | null {
  const media = v.safeParse(MediaSchema, raw);
  if (!media.success) return null;
  const details = media.output.media_details;
  const sizes = details?.sizes;
  const size = [sizes?.large, sizes?.medium_large, sizes?.full].find((candidate) =>
    resolveHttpUrl(candidate?.source_url, base),
  );
  const chosen = size ?? {
    source_url: media.output.source_url,
    width: details?.width,
    height: details?.height,
  };
  const src = resolveHttpUrl(chosen.source_url, base);
  if (!src) return null;
  return {
    src,
    width: dimension(chosen.width),
    height: dimension(chosen.height),
    alt: plain(media.output.alt_text),
    caption: plain(renderedOf(media.output.caption)),
    credit: plain(details?.image_meta?.credit),
  };
}

function dimension(value: number | string | null | undefined): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

/** DOMParser builds an inert document: nothing in it loads or runs. */
function inertDocument(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

function squish(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The body with lazy images repaired and classic galleries lifted out, before sanitising. */
function prepareBody(html: string, base: string): { html: string; gallery: ArticleImage[] } {
  if (!/<(img|source|iframe|div)\b/i.test(html)) return { html, gallery: [] };
  const doc = inertDocument(html);
  repairLazyMedia(doc.body);
  const gallery = liftGalleries(doc.body, base);
  return { html: doc.body.innerHTML, gallery };
}

/**
 * Lazy-loading themes and plugins (Cocoon's lozad, lazysizes, WP Rocket, a3) leave `src` empty
 * or a placeholder and keep the real address in data-src / data-lazy-src / data-srcset for
 * their script, which never runs here: the address is moved to where a browser reads it.
 * They also repeat the picture in a <noscript> right after it for readers without script.
 * Once the image has its real src that copy is a duplicate, so it goes here. Parsed with
 * scripting off (DOMParser, DOMPurify) it is a real second <img>; today's sanitiser happens
 * to drop <noscript> with its content (DOMPurify's default FORBID_CONTENTS), but "each
 * picture once" should not hang on a sanitiser default. A <noscript> that follows no
 * repaired image is left to the sanitiser.
 */
function repairLazyMedia(body: HTMLElement): void {
  for (const element of Array.from(body.querySelectorAll('img, source, iframe'))) {
    const src = dataAttribute(element, ['data-src', 'data-lazy-src']);
    const srcset = dataAttribute(element, ['data-srcset', 'data-lazy-srcset']);
    if (src === null && srcset === null) continue;
    if (src !== null && element.tagName !== 'SOURCE') element.setAttribute('src', src);
    if (srcset !== null) element.setAttribute('srcset', srcset);
    const sizes = dataAttribute(element, ['data-sizes', 'data-lazy-sizes']);
    // lazysizes' "auto" is computed by its script; without it the browser's default is right.
    if (sizes !== null && sizes !== 'auto') element.setAttribute('sizes', sizes);
    const copy = nextElement(element.closest('picture') ?? element);
    if (copy?.tagName === 'NOSCRIPT') copy.remove();
  }
}

function dataAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** The next element sibling, past whitespace only (not past text a reader would see). */
function nextElement(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) {
    node = node.nextSibling;
  }
  return node instanceof Element ? node : null;
}

/**
 * A classic [gallery] shortcode renders as div.gallery: dl.gallery-item > dt.gallery-icon img
 * + dd.wp-caption-text, or with HTML5 support figure.gallery-item + figcaption. Its pictures
 * become the article's carousel, so the grid of thumbnails leaves the body.
 */
function liftGalleries(body: HTMLElement, base: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  for (const block of Array.from(body.querySelectorAll('div.gallery'))) {
    const found = Array.from(block.querySelectorAll('img')).flatMap((img) => {
      const image = galleryImage(img, base);
      return image ? [image] : [];
    });
    if (found.length === 0) continue;
    images.push(...found);
    block.remove();
  }
  // The carousel keys its slides by src: a picture shown twice is one slide.
  return images.filter((image, index) => images.findIndex((i) => i.src === image.src) === index);
}

function galleryImage(img: HTMLImageElement, base: string): ArticleImage | null {
  const item = img.closest('.gallery-item') ?? img.parentElement;
  const caption = item?.querySelector('.wp-caption-text, .gallery-caption, figcaption, dd');
  const width = dimension(img.getAttribute('width'));
  const height = dimension(img.getAttribute('height'));
  const shown = resolveHttpUrl(img.getAttribute('src'), base);
  const larger = largestCandidate(img.getAttribute('srcset'), base);
  const common = {
    alt: squish(img.getAttribute('alt')),
    caption: squish(caption?.textContent ?? null),
    credit: '',
  };
  if (larger && (width === null || larger.width > width)) {
    const scaled = width && height ? Math.round((larger.width * height) / width) : null;
    return { ...common, src: larger.src, width: larger.width, height: scaled };
  }
  const original = linkedOriginal(img, shown, base);
  if (original) {
    // The grid shows a small copy (300 px "medium", 150 px "thumbnail"); the carousel is as
    // wide as the column, so the original it links to is shown instead. Its size is unknown;
    // the copy's width and height keep its shape, which is all the carousel uses them for
    // (scaled sizes keep the original's shape; a cropped thumbnail's square is what the
    // publisher's own grid showed).
    return { ...common, src: original, width, height };
  }
  return shown ? { ...common, src: shown, width, height } : null;
}

/** The widest `w` candidate of a srcset, up to 2048 px (WordPress's largest default size). */
function largestCandidate(
  srcset: string | null,
  base: string,
): { src: string; width: number } | null {
  let best: { src: string; width: number } | null = null;
  for (const candidate of (srcset ?? '').split(',')) {
    const [address, descriptor] = candidate.trim().split(/\s+/);
    const match = /^(\d+)w$/.exec(descriptor ?? '');
    const src = resolveHttpUrl(address, base);
    if (!match || !src) continue;
    const width = Number(match[1]);
    if (width <= 2048 && (best === null || width > best.width)) best = { src, width };
  }
  return best;
}

/**
 * The file a gallery thumbnail links to when it is the same picture: WordPress names its
 * smaller copies `{name}-{w}x{h}.{ext}` beside `{name}.{ext}`. A link to an attachment page
 * or elsewhere is not a picture.
 */
function linkedOriginal(img: HTMLImageElement, shown: string | null, base: string): string | null {
  const href = resolveHttpUrl(img.closest('a')?.getAttribute('href'), base);
  if (!href || !shown) return null;
  const name = (address: string) => new URL(address).pathname.split('/').pop() ?? '';
  const stem = name(shown).replace(/-\d+x\d+(\.\w+)$/, '$1');
  return stem === name(href) && /\.(jpe?g|png|gif|webp|avif)$/i.test(stem) ? href : null;
}
