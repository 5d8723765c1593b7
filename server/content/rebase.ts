import type { Article, ArticleImage, FeedPage } from '../../src/content/article.ts';

/*
 * Item URLs on the site's own origin (README, “The production server”): whatever origin the feed names, an
 * article lives on this site at its URL's path name (and query, for `?p=123` permalinks), so
 * every link, the address bar, the canonical link and the head name the site, not the CMS.
 * Pictures stay where the feed keeps them.
 */

/** How a request path and an article URL are compared: the path, without trailing slashes. */
export function pathKey(url: string): string {
  try {
    const path = new URL(url, 'http://site.invalid/').pathname;
    return path.replace(/\/+$/, '') || '/';
  } catch {
    return url;
  }
}

/** The article's address on `origin`. */
export function rebaseUrl(url: string, origin: string): string {
  const parsed = new URL(url);
  return new URL(parsed.pathname + parsed.search, origin).href;
}

/**
 * `mediaOrigin` is where the feed itself lives when the site serves it (the bundled sample):
 * its pictures are the site's too, so they move with the articles (behind a proxy, the
 * server's own address is not the public one).
 */
function rebaseArticle(article: Article, origin: string, mediaOrigin: string | null): Article {
  const url = rebaseUrl(article.url, origin);
  const parsed = new URL(url);
  const rebased = { ...article, url, link: parsed.pathname + parsed.search };
  if (mediaOrigin === null || mediaOrigin === origin) return rebased;
  const move = (src: string) => (src.startsWith(`${mediaOrigin}/`) ? rebaseUrl(src, origin) : src);
  const image = (picture: ArticleImage) => ({ ...picture, src: move(picture.src) });
  return {
    ...rebased,
    image: rebased.image && image(rebased.image),
    gallery: rebased.gallery.map(image),
    contentHtml: rebased.contentHtml.replaceAll(`"${mediaOrigin}/`, `"${origin}/`),
  };
}

/** The page with its articles on `origin` and `next` as given (the server's own next page). */
export function rebasePage(
  page: FeedPage,
  origin: string,
  next: string | null,
  mediaOrigin: string | null = null,
): FeedPage {
  return {
    ...page,
    articles: page.articles.map((article) => rebaseArticle(article, origin, mediaOrigin)),
    next,
    // Skipped items were reported on the server; the browser has nothing to do about them.
    warnings: [],
  };
}
