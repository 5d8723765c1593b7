import { describe, expect, it } from 'vitest';
import type { FeedPage } from '../content/article';
import { FeedError } from '../content/feed-error';
import { endPage, isPastTheEnd, nextPageCursor } from './page-chain';
import { testArticle } from '../test/article-fixture';

const page = (next: string | null, ...ids: string[]): FeedPage => ({
  articles: ids.map((id) => testArticle(id)),
  next,
  siteTitle: null,
  warnings: [],
});

/** The pages and cursors of a chain read so far; page i was read from cursor p{i}. */
function chain(...pages: FeedPage[]) {
  return { pages, cursors: pages.map((_, index) => `p${index}`) };
}

describe('page chain', () => {
  it('follows next_url while pages add articles', () => {
    const { pages, cursors } = chain(page('p1', 'a'), page('p2', 'b'));
    expect(nextPageCursor(pages, cursors)).toBe('p2');
  });

  it('ends where the feed names no next page, or one already read', () => {
    expect(nextPageCursor(...args(chain(page(null, 'a'))))).toBeUndefined();
    expect(nextPageCursor(...args(chain(page('p1', 'a'), page('p0', 'b'))))).toBeUndefined();
  });

  it('stops after three pages in a row that add no new article', () => {
    const read = [page('p1', 'a'), page('p2'), page('p3', 'a'), page('p4')];
    expect(nextPageCursor(...args(chain(...read.slice(0, 3))))).toBe('p3');
    // Empty, only a repeated id, empty: three barren pages, so no fourth request.
    expect(nextPageCursor(...args(chain(...read)))).toBeUndefined();
  });

  it('counts only barren pages in a row: one new article starts the count again', () => {
    const read = [page('p1', 'a'), page('p2'), page('p3'), page('p4', 'b'), page('p5'), page('p6')];
    expect(nextPageCursor(...args(chain(...read)))).toBe('p6');
  });

  it('stops on the same page served under new URLs', () => {
    const same = (next: string) => page(next, 'a', 'b');
    const read = [same('p1'), same('p2'), same('p3'), same('p4')];
    expect(nextPageCursor(...args(chain(...read)))).toBeUndefined();
  });

  it('reads a 404 after the first page as the end of the feed, not a failure', () => {
    const notFound = new FeedError('http', 'https://news.example/p9', 'Not found', 404);
    expect(isPastTheEnd(notFound, 'p9', 'p0')).toBe(true);
    expect(isPastTheEnd(notFound, 'p0', 'p0')).toBe(false);
    const broken = new FeedError('http', 'https://news.example/p9', 'Server error', 500);
    expect(isPastTheEnd(broken, 'p9', 'p0')).toBe(false);
    expect(endPage('p9')).toMatchObject({ articles: [], next: null });
  });
});

function args({ pages, cursors }: ReturnType<typeof chain>): [FeedPage[], string[]] {
  return [pages, cursors];
}
