import { describe, expect, it } from 'vitest';
import type { Article, FeedPage } from '../content/article';
import { buildSequence, createSequenceBuilder, type SequenceRequest } from './sequence';
import { testArticle } from '../test/article-fixture';

const article = (n: number, id = `id-${n}`): Article => testArticle(String(n), { id });

const page = (...articles: Article[]): FeedPage => ({
  articles,
  next: null,
  siteTitle: null,
  warnings: [],
});

const request = (overrides: Partial<SequenceRequest> = {}): SequenceRequest => ({
  startUrl: null,
  startAfter: false,
  limit: 11,
  morePages: false,
  mayLocateFurther: true,
  whenMissing: 'report',
  ...overrides,
});

describe('article sequence', () => {
  it('keeps feed order and shows each id once', () => {
    const sequence = buildSequence(
      [page(article(1), article(2)), page(article(3, 'id-1'), article(4))],
      request(),
    );
    expect(sequence.articles.map((a) => a.title)).toEqual(['Article 1', 'Article 2', 'Article 4']);
    expect(sequence.duplicates.map((a) => a.title)).toEqual(['Article 3']);
    expect(sequence.complete).toBe(true);
  });

  it('begins at a deep-linked article, whatever its trailing slash or hash', () => {
    const sequence = buildSequence(
      [page(article(1), article(2), article(3))],
      request({ startUrl: 'https://news.example/a/2/#top' }),
    );
    expect(sequence.articles.map((a) => a.title)).toEqual(['Article 2', 'Article 3']);
  });

  it('keeps looking in later pages, then reports a start article that is nowhere', () => {
    const pages = [page(article(1))];
    expect(
      buildSequence(pages, request({ startUrl: 'https://news.example/a/9', morePages: true }))
        .status,
    ).toBe('locating');
    expect(buildSequence(pages, request({ startUrl: 'https://news.example/a/9' })).status).toBe(
      'missing',
    );
  });

  it('lets an embed begin at the first article when its page is no article', () => {
    const sequence = buildSequence(
      [page(article(1))],
      request({ startUrl: 'https://news.example/landing', whenMissing: 'first' }),
    );
    expect(sequence.status).toBe('ready');
    expect(sequence.articles[0]?.title).toBe('Article 1');
  });

  it('stops at the limit and knows the article that would follow', () => {
    const sequence = buildSequence(
      [page(article(1), article(2), article(3))],
      request({ limit: 2, morePages: true }),
    );
    expect(sequence.articles).toHaveLength(2);
    expect(sequence.following?.title).toBe('Article 3');
    expect(sequence.complete).toBe(true);
  });

  it('is loading, not finished, before the first page arrives', () => {
    const sequence = buildSequence([], request());
    expect(sequence.status).toBe('loading');
    expect(sequence.complete).toBe(false);
  });

  it('is not complete while more pages may hold more articles', () => {
    expect(buildSequence([page(article(1))], request({ morePages: true })).complete).toBe(false);
  });

  it('begins after the host article with startAfter', () => {
    const sequence = buildSequence(
      [page(article(1), article(2), article(3))],
      request({ startUrl: 'https://news.example/a/1', startAfter: true, limit: 10 }),
    );
    expect(sequence.articles.map((a) => a.title)).toEqual(['Article 2', 'Article 3']);
  });

  it('reads each page once as the pages arrive, and gives what all of them at once give', () => {
    const reads = new Map<FeedPage, number>();
    const counted = (...articles: Article[]): FeedPage => {
      const counting = page(...articles);
      return {
        ...counting,
        get articles() {
          reads.set(counting, (reads.get(counting) ?? 0) + 1);
          return articles;
        },
      };
    };
    const pages = [
      counted(article(1), article(2)),
      counted(article(3, 'id-1'), article(4)),
      counted(article(5), article(6)),
    ];
    const build = createSequenceBuilder();
    const asked = request({ startUrl: 'https://news.example/a/4', morePages: true });
    expect(build(pages.slice(0, 1), asked).status).toBe('locating');
    build(pages.slice(0, 2), asked);
    const sequence = build(pages, { ...asked, morePages: false });
    expect([...reads.values()]).toEqual([1, 1, 1]);
    expect(sequence).toEqual(buildSequence(pages, { ...asked, morePages: false }));
    expect(sequence.articles.map((a) => a.title)).toEqual(['Article 4', 'Article 5', 'Article 6']);
    expect(sequence.duplicates.map((a) => a.title)).toEqual(['Article 3']);
  });

  it('reads the pages afresh when they are not the last ones with more at the end', () => {
    const build = createSequenceBuilder();
    build([page(article(1)), page(article(2))], request());
    const reset = build([page(article(7)), page(article(8))], request());
    expect(reset.articles.map((a) => a.title)).toEqual(['Article 7', 'Article 8']);
    expect(reset.duplicates).toEqual([]);
  });
});
