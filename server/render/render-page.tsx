import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ReaderRoot } from '../../src/app/reader-root.tsx';
import type { FeedPage } from '../../src/content/article.ts';
import type { ContentWindow } from '../../src/content/content-env.ts';
import { createSource } from '../../src/content/source.ts';
import { feedStoreOf } from '../../src/reader/feed-store.ts';
import { parseOptions } from '../../src/reader/options.ts';
import { HYDRATION_ID, type HydrationData } from '../../src/app/hydration.ts';
import { ReaderAside } from '../../src/widgets/reader-aside.tsx';
import { rebasePage, rebaseUrl } from '../content/rebase.ts';
import type { NumberedPage, SiteContent } from '../content/site-content.ts';
import { articleHead, plainHead, scriptJson } from './head.ts';
import type { Template } from './template.ts';

/*
 * One page of the site: the article at the request's path rendered by the reader's own root
 * component, inside the app's template, with its head and the data the client hydrates from
 * (the feed pages as the reader will hold them, so the client renders exactly this markup
 * and fetches nothing to do it). A path that is no article's gets the reader's "not found"
 * view with status 404; a feed that cannot be read throws its FeedError for the routes' 502.
 */

export interface RenderPageInput {
  /** The request's path name, as it came (still percent-encoded). */
  readonly path: string;
  /** The site's public origin. */
  readonly origin: string;
  readonly template: Template;
  readonly content: SiteContent;
  readonly window: ContentWindow;
  /** SITE_NAME; null: the feed's own title. */
  readonly siteName: string | null;
  /** POPULAR_URL as the browser should fetch it; null: no "Most popular". */
  readonly popularUrl: string | null;
  /**
   * The feed's own path when the browser can read it itself (a JSON Feed on the site's own
   * origin, like the bundled sample): its further pages are then read as they are. Null: the
   * browser reads the server's JSON Feed pages (FEED_PATH), whatever the source.
   */
  readonly ownFeedPath: string | null;
  /** The origin the server reads the feed from. */
  readonly feedOrigin: string;
}

export interface RenderedPage {
  readonly status: number;
  readonly html: string;
}

/** Where the browser reads the site's feed: the server's own JSON Feed pages. */
export const FEED_PATH = '/api/feed.json';

export async function renderPage(input: RenderPageInput): Promise<RenderedPage> {
  const { path, origin, content } = input;
  const found = await content.findArticle(path);
  const first = found ? null : await content.page(1);
  const own = input.ownFeedPath;
  const onSite = (url: string | null) => (url === null ? null : rebaseUrl(url, origin));
  const nextUrl = (numbered: NumberedPage) =>
    own !== null
      ? onSite(numbered.nextCursor)
      : numbered.next === null
        ? null
        : `${origin}${FEED_PATH}?page=${numbered.next}`;
  // Not found: the first page without a next, so the reader reports the path missing at once
  // (the server has already looked further than the reader would).
  const media = own !== null ? input.feedOrigin : null;
  const page: FeedPage = found
    ? rebasePage(found.page.page, origin, nextUrl(found.page), media)
    : rebasePage(first?.page ?? emptyPage(), origin, null, media);
  // The reader's feed is the feed from its first page, on every page of the site (its saved
  // place is kept under it, and a reader restarted at an earlier article reads from there);
  // the hydrated page is the cursor it was read from: the feed's own page holding the article,
  // or the server's page that begins with it.
  const feedUrl = own ?? FEED_PATH;
  const pageParam =
    own !== null
      ? found
        ? rebaseUrl(found.page.cursor, origin)
        : new URL(own, origin).href
      : new URL(
          found && path !== '/'
            ? `${FEED_PATH}?from=${encodeURIComponent(path)}`
            : found && found.page.number > 1
              ? `${FEED_PATH}?page=${found.page.number}` // the feed's first pages were empty
              : FEED_PATH,
          origin,
        ).href;
  const pages = [page];
  const pageParams = [pageParam];
  // The last article of its feed page: the next page too, so that its "next" link is in the
  // HTML (read without script, it is the way on) and the client hydrates the same markup.
  if (found && page.articles.length < 2 && found.page.next !== null && page.next !== null) {
    const after = await content.page(found.page.next);
    if (after) {
      pages.push(rebasePage(after.page, origin, nextUrl(after), media));
      pageParams.push(page.next);
    } else {
      // The next page answered 404: the feed ends with this article, in the HTML too.
      pages[0] = { ...page, next: null };
    }
  }
  const startUrl = found && path === '/' ? null : new URL(path, origin).href;
  const siteName = input.siteName ?? page.siteTitle ?? new URL(origin).host;

  const dataset = {
    feedUrl,
    source: 'jsonfeed',
    popularUrl: input.popularUrl,
  };
  const record = { ...input.template.dataset, ...dataset };
  const options = parseOptions(
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)),
    { standalone: true },
  );
  // The fetch is never called: the page is in the cache before rendering, and a server render
  // runs no effects.
  const source = createSource('jsonfeed', origin + feedUrl, {
    window: input.window,
    fetch: () => Promise.reject(new Error('The server render does not fetch.')),
  });
  const store = feedStoreOf(source, { pages, cursors: pageParams });
  const markup = renderToString(
    <StrictMode>
      <ReaderRoot
        options={options}
        context={{ standalone: true }}
        source={source}
        startUrl={startUrl}
        aside={ReaderAside}
      />
    </StrictMode>,
  );
  store.dispose();

  const article = found ? page.articles[0] : undefined;
  const head = article
    ? articleHead({ article, url: article.url, siteName, feedUrl: origin + FEED_PATH })
    : plainHead('Article not found', siteName);
  const hydration: HydrationData = { version: 2, startUrl, pages, pageParams };
  const html = input.template.fill({
    head,
    lang: article?.language ?? null,
    dataset,
    rootClass: 'ar-root',
    markup,
    afterRoot: `<script type="application/json" id="${HYDRATION_ID}">${scriptJson(hydration)}</script>`,
  });
  return { status: found ? 200 : 404, html };
}

function emptyPage(): FeedPage {
  return { articles: [], next: null, siteTitle: null, warnings: [] };
}
