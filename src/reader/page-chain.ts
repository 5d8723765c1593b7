import type { FeedPage } from '../content/article';
import { isFeedError } from '../content/feed-error';

/**
 * Pages in a row that add no new article after which the feed counts as exhausted: empty
 * pages, pages of repeated ids or of unusable items, the same page under new URLs, a
 * WordPress mirror that ignores `?page=`. Without it such a chain is read for ever.
 */
const BARREN_PAGES_TO_STOP = 3;

/**
 * The cursor of the page after the last one read, or undefined when the feed is exhausted:
 * no next page, a next page already read (a loop), or the last few pages added nothing.
 */
export function nextPageCursor(
  pages: readonly FeedPage[],
  cursors: readonly string[],
): string | undefined {
  const last = pages.at(-1);
  if (!last || last.next === null || cursors.includes(last.next)) return undefined;
  return barrenRun(pages) >= BARREN_PAGES_TO_STOP ? undefined : last.next;
}

/** How many of the last pages, in a row, added no article whose id was not already read. */
function barrenRun(pages: readonly FeedPage[]): number {
  const seen = new Set<string>();
  let run = 0;
  for (const page of pages) {
    let added = false;
    for (const article of page.articles) {
      if (seen.has(article.id)) continue;
      seen.add(article.id);
      added = true;
    }
    run = added ? 0 : run + 1;
  }
  return run;
}

/**
 * A page after the first that answers 404 is a page past the last (a feed whose `next_url`
 * runs one page too far, a WordPress site whose last page shrank): the end, not a failure.
 */
export function isPastTheEnd(error: unknown, cursor: string, first: string): boolean {
  return cursor !== first && isFeedError(error) && error.kind === 'http' && error.status === 404;
}

/** The page that stands for a page past the last: nothing more, and why, for the console. */
export function endPage(cursor: string): FeedPage {
  return {
    articles: [],
    next: null,
    siteTitle: null,
    warnings: [`${cursor} answered 404: read as the end of the feed.`],
  };
}
