import type { Article, FeedPage } from '../../src/content/article.ts';
import type { ContentWindow, FetchLike } from '../../src/content/content-env.ts';
import { FeedError } from '../../src/content/feed-error.ts';
import { createSource, type SourceKind } from '../../src/content/source.ts';
import { wordPressLookupUrl } from '../../src/content/sources/wordpress-urls.ts';
import { createPageReader } from './page-reader.ts';
import { pathKey } from './rebase.ts';

/*
 * The site's content on the server: the publisher's feed read through the same content layer
 * and source as the browser (with a jsdom window and the server's cached fetch). Pages are
 * numbered from 1 in the order next_url links them; an article is found by its URL's path
 * name, walking pages as the client does, and for WordPress, past those pages, by the REST
 * API's lookup by slug. Everything here is in the feed's own URLs: rebase.ts moves them onto
 * the site's origin per request.
 */

export interface SiteContentOptions {
  /** Absolute. */
  readonly feedUrl: string;
  readonly source: SourceKind;
  readonly fetch: FetchLike;
  readonly window: ContentWindow;
  /** How many pages are walked looking for an article (the client's own limit is 50). */
  readonly locatePages?: number;
}

export interface NumberedPage {
  readonly page: FeedPage;
  /** 1 for the feed's first page. */
  readonly number: number;
  /** The number of the page after it, or null at the end of the feed. */
  readonly next: number | null;
  /** The source's cursor of this page and of the next (for a JSON Feed, their URLs). */
  readonly cursor: string;
  readonly nextCursor: string | null;
}

interface FoundArticle {
  readonly article: Article;
  /**
   * The page a reader starting at this article reads first: the article, then the rest of its
   * feed page; `next` is the feed page after that one.
   */
  readonly page: NumberedPage;
}

export interface SiteContent {
  /** Page `number`, or null past the end of the feed. Throws a FeedError when unreadable. */
  page(number: number): Promise<NumberedPage | null>;
  /** The article whose URL has this path name ('/': the feed's first), or null for none. */
  findArticle(path: string): Promise<FoundArticle | null>;
  /** The articles of the feed in order, each once, up to `limit`. */
  listArticles(limit: number): Promise<readonly Article[]>;
}

const LOCATE_PAGES = 50;
/** WordPress's sitemap walks further than a reader would, but not without end. */
const LIST_PAGES = 500;
const EMPTY_PAGES_END = 3;

export function createSiteContent(options: SiteContentOptions): SiteContent {
  const env = { window: options.window, fetch: options.fetch };
  const source = createSource(options.source, options.feedUrl, env);
  const reader = createPageReader(source, options.fetch);
  const locatePages = options.locatePages ?? LOCATE_PAGES;
  // The sitemap lists only articles whose pages answer: as far as a page view looks, and for
  // WordPress, whose posts past that are found by slug, further.
  const listPages =
    options.source === 'wordpress' ? Math.max(LIST_PAGES, locatePages) : locatePages;
  // Cursors learnt from next links: cursors[n - 1] is page n's.
  const cursors: string[] = [source.first];

  const page = async (number: number): Promise<NumberedPage | null> => {
    if (!Number.isInteger(number) || number < 1) return null;
    // Contract section 4, as the browser counts it: three pages in a row that add no new
    // article end the feed, so a chain of empty pages is not walked without end.
    const seen = new Set<string>();
    let barren = 0;
    for (let n = 1; ; n += 1) {
      const cursor = cursors[n - 1];
      if (cursor === undefined) return null;
      const read = await readPage(cursor, n);
      if (read === null) {
        // The next page answered 404: the feed ends with the page before it.
        cursors.length = n - 1;
        return null;
      }
      const added = read.articles.filter((article) => !seen.has(article.id));
      for (const article of added) seen.add(article.id);
      barren = added.length === 0 ? barren + 1 : 0;
      // A next link back to a page already read would make the feed endless.
      const next =
        barren < EMPTY_PAGES_END && read.next !== null && !cursors.slice(0, n).includes(read.next)
          ? read.next
          : null;
      if (next !== null) cursors[n] = next;
      else cursors.length = n;
      if (n === number) {
        return { page: read, number, next: next === null ? null : n + 1, cursor, nextCursor: next };
      }
    }
  };

  // Contract section 4: a next page that answers 404 means the feed is exhausted; the first
  // page answering 404 is a feed that cannot be read.
  const readPage = async (cursor: string, n: number): Promise<FeedPage | null> => {
    try {
      return await reader.read(cursor);
    } catch (error) {
      if (n > 1 && error instanceof FeedError && error.status === 404) return null;
      throw error;
    }
  };

  const findArticle = async (path: string): Promise<FoundArticle | null> => {
    const key = pathKey(path);
    for (let n = 1; n <= locatePages; n += 1) {
      const numbered = await page(n);
      if (!numbered) break;
      const articles = numbered.page.articles;
      // '/' is the feed's first article, on the first page that has one.
      const index = key === '/' ? 0 : articles.findIndex((a) => pathKey(a.url) === key);
      const article = articles[index];
      if (article && index !== -1) {
        const rest = { ...numbered.page, articles: articles.slice(index) };
        return { article, page: { ...numbered, page: rest } };
      }
      if (key === '/' && numbered.next === null) return null;
    }
    return options.source === 'wordpress' ? lookUpPost(path) : null;
  };

  // Past the pages walked, WordPress can still find a post by its slug in one request. What
  // follows it is not known without walking, so its reader ends with it.
  const lookUpPost = async (path: string): Promise<FoundArticle | null> => {
    const lookup = wordPressLookupUrl(options.feedUrl, path, options.feedUrl);
    if (lookup === null) return null;
    const read = await reader.read(lookup);
    const article = read.articles.find((a) => pathKey(a.url) === pathKey(path));
    if (!article) return null;
    return {
      article,
      page: {
        page: { ...read, articles: [article], next: null },
        number: 0,
        next: null,
        cursor: lookup,
        nextCursor: null,
      },
    };
  };

  const listArticles = async (limit: number): Promise<readonly Article[]> => {
    const seen = new Set<string>();
    const list: Article[] = [];
    for (let n = 1; n <= listPages && list.length < limit; n += 1) {
      const numbered = await page(n);
      if (!numbered) break;
      for (const article of numbered.page.articles) {
        if (seen.has(article.id) || list.length >= limit) continue;
        seen.add(article.id);
        list.push(article);
      }
      if (numbered.next === null) break;
    }
    return list;
  };

  return { page, findArticle, listArticles };
}
