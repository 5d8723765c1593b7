import type { ServerConfig } from './config.ts';
import type { FetchLike } from './feed-cache.ts';
import type { Page } from './page-cache.ts';

/*
 * What the routes (server/app.ts) need from the site's content and rendering, and what they
 * give it. The renderer is made once per server by a CreateSite; the routes cache its pages,
 * set every header and status-code policy, and swap the nonce placeholder per response.
 */

export interface SiteContext {
  readonly config: ServerConfig;
  /** FEED_URL made absolute (a path is on the server's own origin, the bundled sample). */
  readonly feedUrl: string;
  /** POPULAR_URL made absolute; null for no "Most popular". */
  readonly popularUrl: string | null;
  /** The content layer's fetch: the feed cache, noting which documents each page read. */
  readonly fetch: FetchLike;
  /** The HTML template: dist/index.html, or in dev, index.html as Vite transforms it. */
  readonly template: (path: string) => Promise<string>;
}

interface PageRequest {
  /** The request's path name, already checked (no `..`, NUL or bad escapes), still encoded. */
  readonly path: string;
  /** The site's public origin: PUBLIC_URL, or the origin the request came to. */
  readonly origin: string;
  /** For every inline executable <script>; each response replaces it with its own nonce. */
  readonly nonce: string;
}

export interface SitemapEntry {
  /** Absolute, on the site's public origin. */
  readonly url: string;
  /** ISO 8601: the item's date_modified, else date_published; null when it has neither. */
  readonly lastModified: string | null;
}

export interface Site {
  /** 200 with the article, 404 with the not-found view, 502 when the feed cannot be read. */
  renderPage(request: PageRequest): Promise<Page>;
  /** Every article the server can reach, up to `limit`, for /sitemap.xml. */
  listArticles?(origin: string, limit: number): Promise<readonly SitemapEntry[]>;
  /**
   * The feed as the browser reads it from the site itself (`GET /api/feed.json?page=N` or
   * `?from=/path`): JSON Feed pages with URLs on the site's origin, or a JSON error object.
   */
  feedPage?(query: FeedQuery, origin: string): Promise<FeedAnswer>;
  /**
   * "Most popular" from a POPULAR_URL on another origin, read through the server like the
   * feed (`GET /api/popular.json`): its links on the site's origin, no CORS needed.
   */
  popularPage?(query: FeedQuery, origin: string): Promise<FeedAnswer>;
}

interface FeedQuery {
  readonly page?: string | undefined;
  readonly from?: string | undefined;
}

interface FeedAnswer {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

export type CreateSite = (context: SiteContext) => Site;
