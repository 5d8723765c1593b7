/*
 * Where a WordPress site's posts are, from the REST base a publisher gives as feedUrl
 * (`/wp-json`, `/wp-json/wp/v2/posts`, `/?rest_route=/`). Kept apart from the rest of the
 * WordPress source so the reader's main chunk can build the first cursor while the source
 * itself loads only for WordPress publishers.
 */

/** WordPress's own default page size (`per_page`), so a cursor without one still pages. */
export const DEFAULT_PER_PAGE = 10;
const POSTS_ROUTE = /\/wp\/v2\/posts$/;

/**
 * The cursor of the first page: the absolute URL of the posts collection, page 1. A relative
 * REST base resolves against `baseUrl` (the page's in the browser, the site's on the server).
 */
export function wordPressFirstPage(restBase: string, baseUrl = document.baseURI): string {
  const url = postsUrl(restBase, baseUrl);
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '1');
  if (!url.searchParams.has('per_page')) url.searchParams.set('per_page', String(DEFAULT_PER_PAGE));
  url.searchParams.set('page', '1');
  return url.href;
}

/**
 * Where the post an article URL names can be looked up, for a deep link to an article that is
 * not on the first page: by id for plain permalinks (`/?p=123`), else by its slug (the last
 * path segment). Null when the URL names neither.
 */
export function wordPressLookupUrl(
  restBase: string,
  articleUrl: string,
  baseUrl = document.baseURI,
): string | null {
  let article: URL;
  try {
    article = new URL(articleUrl, baseUrl);
  } catch {
    return null;
  }
  const url = postsUrl(restBase, baseUrl);
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
function postsUrl(restBase: string, baseUrl: string): URL {
  const url = new URL(restBase.trim(), baseUrl);
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
