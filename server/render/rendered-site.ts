import { JSDOM } from 'jsdom';
import type { ContentWindow, FetchLike } from '../../src/content/content-env.ts';
import type { SourceKind } from '../../src/content/source.ts';
import { feedPageAnswer, type FeedPageAnswer } from '../content/feed-pages.ts';
import { createSiteContent } from '../content/site-content.ts';
import { pathKey, rebaseUrl } from '../content/rebase.ts';
import { FEED_PATH, renderPage, type RenderedPage } from './render-page.tsx';
import { parseTemplate, type Template } from './template.ts';

/*
 * The server-rendered site: what the routes call for a page, the sitemap and the feed pages.
 * One jsdom window serves every parse and sanitisation of the site (docs/decisions/0015):
 * creating one costs tens of milliseconds, reusing it nothing.
 */

export interface RenderedSiteOptions {
  /** Absolute. */
  readonly feedUrl: string;
  readonly source: SourceKind;
  /** The feed cache's fetch. */
  readonly fetch: FetchLike;
  /** The page template (index.html), per path in dev where Vite transforms it. */
  readonly template: (path: string) => Promise<string>;
  readonly siteName: string | null;
  /** POPULAR_URL as the browser should fetch it (a path on the site, or absolute); null: none. */
  readonly popularUrl: string | null;
  /** FEED_URL when it is a path on the site and a JSON Feed: the browser reads it itself. */
  readonly ownFeedPath: string | null;
  /** A window to parse with; by default the site makes its own. */
  readonly window?: ContentWindow;
}

interface SitemapEntry {
  readonly url: string;
  readonly lastModified: string | null;
}

export interface RenderedSite {
  renderPage(request: { readonly path: string; readonly origin: string }): Promise<RenderedPage>;
  listArticles(origin: string, limit: number): Promise<readonly SitemapEntry[]>;
  /** `/api/feed.json?page=N` or `?from=/path`. */
  feedPage(
    query: { readonly page?: string | undefined; readonly from?: string | undefined },
    origin: string,
  ): Promise<FeedPageAnswer>;
  /** `/api/popular.json`: a popular list on another origin, on the site's. */
  popularPage(
    query: { readonly page?: string | undefined },
    origin: string,
  ): Promise<FeedPageAnswer>;
}

/** Where the browser reads a popular list that lives on another origin. */
const POPULAR_PATH = '/api/popular.json';

export function createRenderedSite(options: RenderedSiteOptions): RenderedSite {
  const window: ContentWindow = options.window ?? new JSDOM('').window;
  const content = createSiteContent({
    feedUrl: options.feedUrl,
    source: options.source,
    fetch: options.fetch,
    window,
  });
  const media = options.ownFeedPath !== null ? new URL(options.feedUrl).origin : null;
  // A popular list on the site (the bundled sample's) is read by the browser as it is; one
  // elsewhere goes through the server, so its links are the site's and it needs no CORS.
  const remotePopular =
    options.popularUrl !== null && !options.popularUrl.startsWith('/') ? options.popularUrl : null;
  const popular =
    remotePopular === null
      ? null
      : createSiteContent({
          feedUrl: remotePopular,
          source: 'jsonfeed',
          fetch: options.fetch,
          window,
        });
  const popularUrl = popular === null ? options.popularUrl : POPULAR_PATH;
  const templates = new Map<string, Template>();
  const templateFor = async (path: string): Promise<Template> => {
    const html = await options.template(path);
    const known = templates.get(html);
    if (known) return known;
    const parsed = parseTemplate(html);
    templates.clear(); // one template at a time; dev may hand a new one after an edit
    templates.set(html, parsed);
    return parsed;
  };

  return {
    async renderPage({ path, origin }) {
      return renderPage({
        path,
        origin,
        template: await templateFor(path),
        content,
        window,
        siteName: options.siteName,
        popularUrl,
        ownFeedPath: options.ownFeedPath,
        feedOrigin: new URL(options.feedUrl).origin,
      });
    },
    async listArticles(origin, limit) {
      const articles = await content.listArticles(limit);
      const seen = new Set<string>();
      return articles.flatMap((article) => {
        const url = rebaseUrl(article.url, origin);
        if (seen.has(pathKey(url))) return [];
        seen.add(pathKey(url));
        return [{ url, lastModified: article.modified ?? article.published }];
      });
    },
    feedPage: (query, origin) =>
      feedPageAnswer(content, query, origin, FEED_PATH, options.siteName, media),
    popularPage: async (query, origin) =>
      popular === null
        ? { status: 404, body: { error: 'This site has no popular list of its own.' } }
        : feedPageAnswer(popular, { page: query.page }, origin, POPULAR_PATH, null, null),
  };
}
