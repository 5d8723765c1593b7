import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article';
import { mayBeArticleOf } from './article-url-shape';

const articles = (...urls: string[]) => urls.map((url) => ({ url }) as Article);

describe('mayBeArticleOf', () => {
  const dated = articles(
    'https://news.example/world/2026/11/25/fishing-accord',
    'https://news.example/local/2026/11/24/flood-wall',
  );

  it('takes a page shaped like the feed’s articles for one that may be further on', () => {
    expect(mayBeArticleOf('https://news.example/sport/2026/10/01/derby', dated)).toBe(true);
    expect(
      mayBeArticleOf('https://blog.example/?p=12', articles('https://blog.example/?p=7')),
    ).toBe(true);
  });

  it('does not take a home page or a section front for an article', () => {
    expect(mayBeArticleOf('https://news.example/', dated)).toBe(false);
    expect(mayBeArticleOf('https://news.example/news/', dated)).toBe(false);
    expect(mayBeArticleOf('https://news.example/world/2026/11/25/fishing-accord', [])).toBe(false);
  });
});
