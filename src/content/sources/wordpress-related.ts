import * as v from 'valibot';
import type { FetchLike } from '../content-env';
import { fetchDocument, parseJson } from '../fetch-document';
import { languageTag, optionalString } from './common';

/*
 * What `_embed` would have put beside each post, fetched from the REST API's own endpoints
 * when a cache, a proxy, a security plugin or a static mirror dropped it: authors from
 * /wp/v2/users, featured images from /wp/v2/media, categories and tags from their routes.
 * One request per endpoint per page (`?include=1,2,3`), and a record once fetched is never
 * asked for again. A lookup that fails costs the bylines or pictures it would have given,
 * never the page. The REST index gives the site's name and, where the site says it, its
 * language.
 */

const ACCEPT = 'application/json, */*;q=0.1';
/** The most `per_page` WordPress allows. */
const MAX_PER_PAGE = 100;
/** Bounds the cache on a long session (or a server reading many pages). */
const MAX_CACHED = 2000;

const Id = v.pipe(v.number(), v.integer(), v.minValue(1));
const optionalId = v.fallback(v.optional(Id), undefined);
const optionalIds = v.fallback(v.optional(v.array(v.fallback(Id, 0))), undefined);

/** The ids a post names its related records by. */
const LinkedSchema = v.looseObject({
  author: optionalId,
  featured_media: optionalId,
  categories: optionalIds,
  tags: optionalIds,
  _embedded: v.fallback(v.optional(v.looseObject({})), undefined),
});

const RecordSchema = v.looseObject({ id: Id });

const IndexSchema = v.looseObject({
  name: optionalString,
  // Core's index does not name the language; a site can add it (the rest_index filter), and
  // multilingual plugins do.
  language: optionalString,
  lang: optionalString,
  locale: optionalString,
});

type Route = 'users' | 'media' | 'categories' | 'tags';

interface SiteFacts {
  readonly siteTitle: string | null;
  readonly language: string | null;
}

export interface RelatedRecords {
  /** Gives posts without `_embedded` one built from the endpoints; also says what failed. */
  embed(posts: readonly unknown[], cursor: string, signal?: AbortSignal): Promise<Embedded>;
  /** The site's name and language from the REST index, read once. */
  site(cursor: string, signal?: AbortSignal): Promise<SiteFacts>;
}

interface Embedded {
  readonly posts: unknown[];
  readonly warnings: string[];
}

export function createRelatedRecords(fetcher: FetchLike): RelatedRecords {
  const cache = new Map<string, unknown>();
  let site: Promise<SiteFacts> | null = null;

  async function lookUp(
    cursor: string,
    route: Route,
    ids: ReadonlySet<number>,
    signal?: AbortSignal,
  ): Promise<void> {
    const missing = [...ids].filter((id) => !cache.has(key(cursor, route, id)));
    for (let start = 0; start < missing.length; start += MAX_PER_PAGE) {
      const batch = missing.slice(start, start + MAX_PER_PAGE);
      const url = routeUrl(cursor, route);
      url.searchParams.set('include', batch.join(','));
      url.searchParams.set('per_page', String(MAX_PER_PAGE));
      const document = await fetchDocument(url.href, ACCEPT, signal, fetcher);
      const json = parseJson(document.bytes, url.href);
      if (cache.size > MAX_CACHED) cache.clear();
      // A static mirror ignores `include` and sends the whole list: each record is kept by id.
      for (const raw of Array.isArray(json) ? json : []) {
        const record = v.safeParse(RecordSchema, raw);
        if (record.success) cache.set(key(cursor, route, record.output.id), raw);
      }
      // Asked for and not given (a private author, a deleted picture): never asked again.
      for (const id of batch) {
        if (!cache.has(key(cursor, route, id))) cache.set(key(cursor, route, id), null);
      }
    }
  }

  const found = (cursor: string, route: Route, ids: readonly number[]): unknown[] =>
    ids.map((id) => cache.get(key(cursor, route, id))).filter((record) => record != null);

  return {
    async embed(posts, cursor, signal) {
      const wanted = new Map<Route, Set<number>>();
      const want = (route: Route, ids: readonly number[]) => {
        const set = wanted.get(route) ?? new Set<number>();
        for (const id of ids) if (id > 0) set.add(id);
        wanted.set(route, set);
      };
      const linked = posts.map((raw) => {
        const post = v.safeParse(LinkedSchema, raw);
        if (!post.success || post.output._embedded !== undefined) return null;
        const { author, featured_media: media, categories = [], tags = [] } = post.output;
        want('users', author ? [author] : []);
        want('media', media ? [media] : []);
        want('categories', categories);
        want('tags', tags);
        return post.output;
      });
      const warnings: string[] = [];
      await Promise.all(
        [...wanted].map(async ([route, ids]) => {
          if (ids.size === 0) return;
          try {
            await lookUp(cursor, route, ids, signal);
          } catch (error) {
            if (signal?.aborted) throw error;
            const reason = error instanceof Error ? error.message : String(error);
            warnings.push(`Could not look up the ${ROUTE_NAMES[route]} of ${cursor}: ${reason}`);
          }
        }),
      );
      const embedded = posts.map((raw, index) => {
        const post = linked[index];
        if (!post || typeof raw !== 'object' || raw === null) return raw;
        return {
          ...raw,
          _embedded: {
            author: found(cursor, 'users', post.author ? [post.author] : []),
            'wp:featuredmedia': found(
              cursor,
              'media',
              post.featured_media ? [post.featured_media] : [],
            ),
            'wp:term': [
              found(cursor, 'categories', post.categories ?? []),
              found(cursor, 'tags', post.tags ?? []),
            ],
          },
        };
      });
      return { posts: embedded, warnings };
    },

    site(cursor, signal) {
      site ??= readSite(cursor, fetcher, signal).catch(() => {
        // Tried again with the next page: the index says nothing the posts need.
        site = null;
        return { siteTitle: null, language: null };
      });
      return site;
    },
  };
}

const ROUTE_NAMES: Record<Route, string> = {
  users: 'authors',
  media: 'featured images',
  categories: 'categories',
  tags: 'tags',
};

function key(cursor: string, route: Route, id: number): string {
  return `${routeUrl(cursor, route).href} ${id}`;
}

async function readSite(
  cursor: string,
  fetcher: FetchLike,
  signal?: AbortSignal,
): Promise<SiteFacts> {
  const url = indexUrl(cursor);
  url.searchParams.set('_fields', 'name,language,lang,locale');
  const document = await fetchDocument(url.href, ACCEPT, signal, fetcher);
  const index = v.safeParse(IndexSchema, parseJson(document.bytes, url.href));
  if (!index.success) return { siteTitle: null, language: null };
  const { name, language, lang, locale } = index.output;
  return {
    siteTitle: name?.trim() || null,
    language: languageTag(language) ?? languageTag(lang) ?? languageTag(locale),
  };
}

/**
 * A sibling of the posts route a cursor names (`…/wp/v2/posts?page=2` → `…/wp/v2/media`),
 * in either form a site serves: pretty permalinks or `?rest_route=`.
 */
function routeUrl(cursor: string, route: Route): URL {
  const url = new URL(cursor);
  const restRoute = url.searchParams.get('rest_route');
  url.search = '';
  url.hash = '';
  const sibling = (path: string) => path.replace(/\/posts(\/[^/]*)?\/?$/, `/${route}`);
  if (restRoute !== null) url.searchParams.set('rest_route', sibling(restRoute));
  else url.pathname = sibling(url.pathname);
  return url;
}

/** The REST index above a posts route: `/wp-json/wp/v2/posts` → `/wp-json/`. */
function indexUrl(cursor: string): URL {
  const url = new URL(cursor);
  const restRoute = url.searchParams.get('rest_route');
  url.search = '';
  url.hash = '';
  if (restRoute !== null) url.searchParams.set('rest_route', '/');
  else url.pathname = url.pathname.replace(/\/wp\/v2\/.*$/, '/');
  return url;
}
