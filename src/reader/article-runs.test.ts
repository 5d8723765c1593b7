import { describe, expect, it } from 'vitest';
import { testArticle } from '../test/article-fixture';
import { createArticleRuns } from './article-runs';

const articles = Array.from({ length: 30 }, (_, i) => testArticle(`${i + 1}`));

describe('runs of articles', () => {
  it('cuts the articles shown into runs of ten, in order', () => {
    const runs = createArticleRuns().of(articles, 23);
    expect(runs.map((run) => [run.from, run.articles.length])).toEqual([
      [0, 10],
      [10, 10],
      [20, 3],
    ]);
    expect(runs.flatMap((run) => run.articles)).toEqual(articles.slice(0, 23));
  });

  it('keeps a run the same object while it holds the same articles', () => {
    const runs = createArticleRuns();
    const before = runs.of(articles, 13);
    const revealed = runs.of(articles, 14);
    expect(revealed[0]).toBe(before[0]);
    expect(revealed[1]).not.toBe(before[1]);
    // A page arrived: a new array that begins with the same articles.
    const arrived = runs.of([...articles, testArticle('31')], 14);
    expect(arrived[0]).toBe(before[0]);
    expect(arrived[1]).toBe(revealed[1]);
  });

  it('makes a new run when one of its articles is another', () => {
    const runs = createArticleRuns();
    const before = runs.of(articles, 20);
    const changed = articles.map((article, i) => (i === 15 ? testArticle('x') : article));
    const after = runs.of(changed, 20);
    expect(after[0]).toBe(before[0]);
    expect(after[1]?.articles[5]?.id).toBe('x');
  });
});
