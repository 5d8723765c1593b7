import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testArticle } from '../test/article-fixture';
import type { FeedArticleSettings } from './article-block';
import { FeedArticles } from './feed-articles';

// What renders, counted inside each component as React renders it: an article only when its
// props changed, a run only when its own did (each keeps its own memo, see count-renders.ts).
const rendered = vi.hoisted(() => ({ articles: [] as string[], runs: [] as number[] }));
vi.mock('./feed-article', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./feed-article')>();
  const { countRenders } = await import('../test/count-renders');
  return {
    FeedArticle: countRenders(actual.FeedArticle, (props) =>
      rendered.articles.push(props.article.id),
    ),
  };
});
vi.mock('./article-block', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./article-block')>();
  const { countRenders } = await import('../test/count-renders');
  return {
    ArticleBlock: countRenders(actual.ArticleBlock, (props) => rendered.runs.push(props.run.from)),
  };
});

const articles = Array.from({ length: 40 }, (_, i) => testArticle(`${i + 1}`));

const settings: FeedArticleSettings = {
  offset: 0,
  setSize: -1,
  titleIds: 't',
  collapse: 'appended',
  tagUrl: '',
  nextLabel: 'Next article',
  adEvery: 0,
  maxArticles: 100,
  onAdSlot: null,
  adLabel: 'Advertisement',
  // Every article has been measured: those far from the one being read sleep.
  heights: { get: () => 300, record: () => {} },
  measure: () => undefined,
  opened: () => false,
  onOpened: () => {},
};

const feed = (current: number, shown = 40, list = articles) => (
  <FeedArticles
    articles={list}
    shown={shown}
    following={null}
    complete={false}
    window={{ revealed: shown, current }}
    measured={0}
    settings={settings}
  />
);

/** What rendered since the last call, in order. */
function takeRendered() {
  const taken = { articles: [...rendered.articles], runs: [...rendered.runs] };
  rendered.articles.length = 0;
  rendered.runs.length = 0;
  return taken;
}

const isAsleep = (title: string) =>
  screen.getByRole('article', { name: title }).classList.contains('ar-article--asleep');

beforeEach(() => {
  takeRendered();
});

describe('the feed in runs of articles', () => {
  it('re-renders, on a move, only the articles that wake or fall asleep and their runs', () => {
    const { rerender } = render(feed(15));
    expect(takeRendered().articles).toHaveLength(40);
    rerender(feed(16));
    expect(takeRendered()).toEqual({ articles: ['14', '19'], runs: [10] });
    expect(isAsleep('Article 14')).toBe(true);
    expect(isAsleep('Article 19')).toBe(false);
    rerender(feed(19));
    rerender(feed(20));
    takeRendered();
    rerender(feed(21));
    expect(takeRendered()).toEqual({ articles: ['19', '24'], runs: [10, 20] });
  });

  it('re-renders nothing already shown when an article is revealed or a page arrives', () => {
    const { rerender } = render(feed(20, 25));
    takeRendered();
    rerender(feed(20, 26));
    expect(takeRendered()).toEqual({ articles: ['26'], runs: [20] });
    rerender(feed(20, 26, [...articles, testArticle('41')]));
    expect(takeRendered()).toEqual({ articles: [], runs: [] });
  });

  it('keeps a sleeping run its headings and next links, the last one to the next run', () => {
    render(feed(35));
    const tenth = screen.getByRole('article', { name: 'Article 10' });
    expect(isAsleep('Article 10')).toBe(true);
    expect(within(tenth).getByRole('heading', { level: 2 })).toHaveTextContent('Article 10');
    expect(within(tenth).getByRole('link', { name: 'Next article Article 11' })).toHaveAttribute(
      'href',
      '/a/11',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Article 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(40);
  });
});
