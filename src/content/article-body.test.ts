import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { articleHtml, lazyArticle } from './article-body';
import { BARE_ARTICLE } from './article';
import { parseJsonFeed } from './sources/json-feed';
import * as sanitize from './sanitize';

vi.mock('./sanitize', { spy: true });

const feed = (count: number) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: Array.from({ length: count }, (_, index) => ({
    id: String(index),
    url: `/story-${index}`,
    title: `Story ${index}`,
    content_html: `<h1>Story ${index}</h1><p>Body of ${index}</p>`,
  })),
});

describe('sanitising when an article is about to be shown', () => {
  it('sanitises no body when a page arrives, and each shown body once', () => {
    const spy = vi.mocked(sanitize.sanitizeArticleBody);
    spy.mockClear();
    const page = parseJsonFeed(feed(500), 'https://news.example/feed.json');
    expect(page.articles).toHaveLength(500);
    expect(spy).not.toHaveBeenCalled();

    const [first, second] = page.articles;
    if (!first || !second) throw new Error('no articles');
    expect(articleHtml(first).html).toBe('<h3>Story 0</h3><p>Body of 0</p>');
    expect(first.contentHtml).toBe('<h3>Story 0</h3><p>Body of 0</p>');
    expect(first.firstParagraphHtml).toBe('<p>Body of 0</p>');
    expect(spy).toHaveBeenCalledTimes(1);

    expect(second.contentHtml).toBe('<h3>Story 1</h3><p>Body of 1</p>');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('still carries the sanitised body in JSON (the server’s hydration data)', () => {
    const page = parseJsonFeed(feed(1), 'https://news.example/feed.json');
    const copy = JSON.parse(JSON.stringify(page)) as typeof page;
    expect(copy.articles[0]?.contentHtml).toBe('<h3>Story 0</h3><p>Body of 0</p>');
  });

  it('costs only the body when it cannot be sanitised, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const spy = vi.mocked(sanitize.sanitizeArticleBody);
    spy.mockImplementationOnce(() => {
      throw new Error('broken markup');
    });
    const [article] = parseJsonFeed(feed(1), 'https://news.example/feed.json').articles;
    expect(article?.title).toBe('Story 0');
    expect(article?.contentHtml).toBe('');
    expect(warn).toHaveBeenCalledWith(
      '[article-reader] The body of “Story 0” could not be read (broken markup); it is shown without it.',
    );
    warn.mockRestore();
  });

  it('lets go of the raw item once its body is sanitised (a long session keeps one copy)', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    // Made in a function of its own, so nothing here keeps the raw item but the article.
    const make = () => {
      const item = { content_html: '<p>Body of a long-read story</p>' };
      const article = lazyArticle(
        {
          ...BARE_ARTICLE,
          id: 'long',
          url: 'https://news.example/long',
          link: '/long',
          title: 'Long read',
        },
        null,
        () => sanitize.sanitizeArticleBody(item.content_html, 'https://news.example/long'),
        window,
      );
      return { article, raw: new WeakRef(item) };
    };
    const { article, raw } = make();
    expect(article.contentHtml).toBe('<p>Body of a long-read story</p>');
    for (let round = 0; round < 5 && raw.deref(); round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      collect();
    }
    expect(raw.deref()).toBeUndefined();
    expect(article.contentHtml).toBe('<p>Body of a long-read story</p>');
  });
});
