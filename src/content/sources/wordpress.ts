import * as v from 'valibot';
import type { FeedPage } from '../article';
import { browserEnv, type ContentEnv, type ContentWindow } from '../content-env';
import { FeedError, isFeedError } from '../feed-error';
import { fetchDocument, parseJson, type FetchedDocument } from '../fetch-document';
import { readItems, skip } from './common';
import { postToArticle } from './wordpress-posts';
import { createRelatedRecords, type RelatedRecords } from './wordpress-related';
import { ErrorSchema, PostSchema } from './wordpress-schema';
import { DEFAULT_PER_PAGE } from './wordpress-urls';

// The first page's query, built from the REST base the reader starts with (source.ts).
export { wordPressFirstPage } from './wordpress-urls';

/*
 * The WordPress REST API as a source (https://developer.wordpress.org/rest-api/reference/posts/):
 * where a site's posts collection is under the REST base a publisher gives, how its pages
 * follow one another (X-WP-TotalPages, or a 400 past the last), and how one page is fetched
 * and read. A post that cannot be shown is skipped with a warning (wordpress-posts.ts says why).
 */

const ACCEPT = 'application/json, */*;q=0.1';

/**
 * A reader of one site's posts pages. It keeps what it learnt about the site between pages:
 * its name and language, and the authors, pictures and terms it had to look up.
 */
export function createWordPressReader(env: ContentEnv = browserEnv()): {
  fetchPage(cursor: string, signal?: AbortSignal): Promise<FeedPage>;
} {
  const related = createRelatedRecords(env.fetch);
  return { fetchPage: (cursor, signal) => fetchWordPressPage(cursor, related, signal, env) };
}

/** Fetches and reads one page of posts; the cursor is the page's URL. */
async function fetchWordPressPage(
  cursor: string,
  related: RelatedRecords,
  signal: AbortSignal | undefined,
  env: ContentEnv,
): Promise<FeedPage> {
  const site = related.site(cursor, signal);
  let document: FetchedDocument;
  try {
    document = await fetchDocument(cursor, ACCEPT, signal, env.fetch);
  } catch (error) {
    const code = isFeedError(error) && error.kind === 'http' ? errorCode(error.body) : null;
    if (!isFeedError(error) || code === null) throw error;
    // A 400 whose code is rest_post_invalid_page_number is how WordPress says a page past the
    // last was asked for (when X-WP-TotalPages was missing and the last page happened to be
    // full): the end of the feed, not a failure.
    if (error.status === 400 && code === 'rest_post_invalid_page_number') {
      return { articles: [], next: null, siteTitle: null, warnings: [] };
    }
    // Any other code goes into fetchDocument's message: "answered 400 Bad Request (code)."
    const message = error.message.replace(/\.$/, ` (${code}).`);
    throw new FeedError('http', error.url, message, error.status, { body: error.body });
  }
  const json = parseJson(document.bytes, cursor);
  const posts = postsOf(json, document.url);
  const [embedded, facts] = await Promise.all([related.embed(posts, cursor, signal), site]);
  const page = parseWordPressPosts(embedded.posts, document.url, env.window, facts.language);
  return {
    ...page,
    next: nextCursor(cursor, document.headers, posts.length),
    siteTitle: facts.siteTitle,
    warnings: [...embedded.warnings, ...page.warnings],
  };
}

function errorCode(body: string | null): string | null {
  try {
    const error = v.safeParse(ErrorSchema, JSON.parse(body ?? ''));
    return error.success ? error.output.code : null;
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

/**
 * Reads a posts response (a list, or one post object) fetched from `documentUrl`, whose site
 * writes in `language` (when known).
 */
export function parseWordPressPosts(
  json: unknown,
  documentUrl: string,
  win: ContentWindow = window,
  language: string | null = null,
): FeedPage {
  const posts = postsOf(json, documentUrl);
  const { articles, warnings } = readItems(
    posts,
    (raw) => {
      const post = v.safeParse(PostSchema, raw);
      return post.success
        ? postToArticle(post.output, documentUrl, language, win)
        : skip('it is not an object');
    },
    'post',
    documentUrl,
  );
  // The posts route does not name the site: the REST index does (fetchWordPressPage).
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
