// @vitest-environment node
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from './article';
import { articleHtml, trustHydrationData } from './article-body';
import type { ContentWindow } from './content-env';
import { parseJsonFeed } from './sources/json-feed';
import { parseRss } from './sources/rss';
import * as purifier from './purifier';
import { sanitizeArticleBody } from './sanitize';
import { parseInert } from './trusted-html';

vi.mock('./purifier', { spy: true });
// The mocked module is this file's own copy: it loads its DOMPurify once, as setup.ts does.
beforeAll(() => purifier.loadDomPurify());

/** What a browser's TrustedHTML is to the code: an object that stands for its text. */
class FakeTrustedHtml {
  constructor(
    readonly value: string,
    readonly policy: string,
  ) {}
  toString(): string {
    return this.value;
  }
}

/** A server DOM with a Trusted Types factory that records the policies made from it. */
function trustedWindow() {
  const { window } = new JSDOM('', { url: 'https://site.example/' });
  const policies: string[] = [];
  Object.assign(window, {
    trustedTypes: {
      createPolicy(
        name: string,
        rules: { createHTML: (input: string, ...rest: unknown[]) => string },
      ) {
        policies.push(name);
        return {
          createHTML: (input: string, ...rest: unknown[]) =>
            new FakeTrustedHtml(rules.createHTML(input, ...rest), name),
        };
      },
    },
  });
  return { win: window as unknown as ContentWindow, policies };
}

const BASE = 'https://news.example/world/story';

/** The text a sink would get. */
function text(value: unknown): string {
  if (value instanceof FakeTrustedHtml) return value.value;
  return typeof value === 'string' ? value : `not HTML: ${typeof value}`;
}

describe('Trusted Types', () => {
  it('wraps the sanitiser’s output with the one article-reader policy', () => {
    const { win, policies } = trustedWindow();
    const body = sanitizeArticleBody('<p>Hi<img src="/a.jpg" onerror="x()"></p>', BASE, win);
    expect(body.trusted.html).toBeInstanceOf(FakeTrustedHtml);
    expect(text(body.trusted.html)).toBe(body.html);
    expect(text(body.trusted.firstParagraph)).toBe(body.firstParagraph);
    sanitizeArticleBody('<p>Again</p>', BASE, win);
    // Each policy once (a second of one name is a violation): ours, and DOMPurify's own,
    // which it parses its input with.
    expect(policies.sort()).toEqual(['article-reader', 'dompurify']);
  });

  it('sanitises an article that arrived as strings before it reaches a sink', () => {
    const { win } = trustedWindow();
    const handMade = {
      contentHtml:
        '<p>Kept</p><img src="https://news.example/a.jpg" onerror="steal()"><script>x()</script>',
      firstParagraphHtml: '<p onclick="steal()">Kept</p>',
    } as Article;
    const html = articleHtml(handMade, 2, win);
    expect(html.html).toBeInstanceOf(FakeTrustedHtml);
    expect(text(html.html)).not.toMatch(/onerror|script/);
    expect(text(html.html)).toContain('<p>Kept</p>');
    expect(text(html.firstParagraph)).toBe('<p>Kept</p>');
    // The same objects each time: React compares them and never rewrites the body.
    expect(articleHtml(handMade, 2, win)).toBe(html);
  });

  it('takes the server’s hydration data as the markup it came with, without sanitising it again', () => {
    const { win } = trustedWindow();
    const served = sanitizeArticleBody('<h2>Part</h2><p>Body</p>', BASE, win);
    const article = {
      contentHtml: served.html,
      firstParagraphHtml: served.firstParagraph,
    } as Article;
    trustHydrationData([{ articles: [article], next: null, siteTitle: null, warnings: [] }]);
    const purify = vi.mocked(purifier.purify);
    purify.mockClear();
    const html = articleHtml(article, 1, win);
    expect(html.html).toBeInstanceOf(FakeTrustedHtml);
    expect(text(html.html)).toBe('<h2>Part</h2><p>Body</p>');
    expect(text(html.firstParagraph)).toBe('<p>Body</p>');
    expect(purify).not.toHaveBeenCalled();
    // An article that is not the hydration data is still sanitised on its way to a sink.
    articleHtml({ contentHtml: served.html } as Article, 2, win);
    expect(purify).toHaveBeenCalled();
  });

  it('keeps a sandboxed video embed sandboxed when it is sanitised again', () => {
    const { win } = trustedWindow();
    const first = sanitizeArticleBody(
      '<iframe src="https://player.vimeo.com/video/1"></iframe>',
      BASE,
      win,
    );
    const again = text(articleHtml({ contentHtml: first.html } as Article, 2, win).html);
    expect(again).toContain('sandbox="allow-scripts');
    expect(again).toContain('title="Embedded video"');
    expect(again).toContain('referrerpolicy="strict-origin-when-cross-origin"');
  });

  it('parses feeds and bodies with DOMParser through the policy, and reads them as before', () => {
    const { win, policies } = trustedWindow();
    expect(
      parseInert('<rss><channel/></rss>', 'application/xml', win).documentElement.localName,
    ).toBe('rss');
    const page = parseRss(
      '<rss version="2.0"><channel><title>T &amp; Co</title><item><title>A</title><link>https://news.example/a</link>' +
        '<description>&lt;p&gt;Body&lt;/p&gt;</description></item></channel></rss>',
      'https://news.example/feed.xml',
      win,
    );
    expect(page.siteTitle).toBe('T & Co');
    expect(page.articles[0]?.contentHtml).toBe('<p>Body</p>');
    expect(text(articleHtml(page.articles[0] as Article, 2, win).html)).toBe('<p>Body</p>');
    expect(policies.sort()).toEqual(['article-reader', 'dompurify']);
  });

  it('hands React plain strings where the browser has no Trusted Types', () => {
    const { window } = new JSDOM('', { url: 'https://site.example/' });
    const page = parseJsonFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', url: '/a', title: 'A', content_html: '<p>Plain</p>' }],
      },
      'https://site.example/feed.json',
      window,
    );
    const [article] = page.articles;
    if (!article) throw new Error('no article');
    expect(articleHtml(article).html).toBe('<p>Plain</p>');
  });
});
