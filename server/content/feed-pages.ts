import { rebasePage } from './rebase.ts';
import { toJsonFeed } from './json-feed-out.ts';
import type { NumberedPage, SiteContent } from './site-content.ts';

/*
 * The site's feed as the browser reads it: JSON Feed 1.1 pages on the site's own origin,
 * whatever the publisher's source is (docs/decisions/0016-server-rendered-pages.md). `?page=N`
 * is the feed's Nth page; `?from=/path` begins at the article with that path and goes on
 * with the rest of its page (what a server-rendered article page hydrates from). Items and
 * next_url are on the site's origin, so the publisher's feed needs no CORS headers.
 */

export interface FeedPageAnswer {
  readonly status: number;
  /** JSON Feed, or a JSON error object. */
  readonly body: Record<string, unknown>;
}

export async function feedPageAnswer(
  content: SiteContent,
  query: { readonly page?: string | undefined; readonly from?: string | undefined },
  origin: string,
  feedPath: string,
  siteName: string | null,
  mediaOrigin: string | null,
): Promise<FeedPageAnswer> {
  let numbered: NumberedPage | null;
  let self: string;
  if (query.from !== undefined) {
    const path = query.from.startsWith('/') ? query.from : null;
    numbered = path === null ? null : ((await content.findArticle(path))?.page ?? null);
    self = `${origin}${feedPath}?from=${encodeURIComponent(query.from)}`;
  } else {
    const number =
      query.page === undefined ? 1 : /^\d{1,6}$/.test(query.page) ? Number(query.page) : 0;
    numbered = await content.page(number);
    self = `${origin}${feedPath}${number === 1 ? '' : `?page=${number}`}`;
  }
  if (!numbered) return { status: 404, body: { error: 'There is no such feed page.' } };
  const nextUrl = numbered.next === null ? null : `${origin}${feedPath}?page=${numbered.next}`;
  const page = rebasePage(numbered.page, origin, nextUrl, mediaOrigin);
  return {
    status: 200,
    body: toJsonFeed(page, {
      feedUrl: self,
      nextUrl,
      title: siteName ?? page.siteTitle,
      homePageUrl: `${origin}/`,
    }),
  };
}
