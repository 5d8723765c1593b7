import { describe, expect, it } from 'vitest';
import { articleKey, ARTICLE_KEY_ATTRIBUTE, elementKey, findArticleElement } from './article-key';

describe('article key', () => {
  it('finds an article element by its key, whatever characters the feed id holds', () => {
    const container = document.createElement('div');
    for (const id of ['a"1', 'https://news.example/a?b=1', '#x']) {
      const element = document.createElement('article');
      element.setAttribute(ARTICLE_KEY_ATTRIBUTE, articleKey({ id }));
      container.append(element);
    }
    const found = findArticleElement(container, articleKey({ id: 'https://news.example/a?b=1' }));
    expect(found).toBe(container.children[1]);
    expect(found && elementKey(found)).toBe('https://news.example/a?b=1');
    expect(findArticleElement(container, articleKey({ id: 'missing' }))).toBeNull();
  });
});
