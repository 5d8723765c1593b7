import { describe, expect, it } from 'vitest';
import { sanitizeArticleBody, sanitizeArticleHtml } from './sanitize';

const BASE = 'https://news.example/world/2026/11/25/story';

function clean(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitizeArticleHtml(html, BASE);
  return container;
}

describe('article HTML sanitiser', () => {
  it('removes scripts, event handlers, forms and javascript: links', () => {
    const body = clean(
      '<p onclick="steal()">Hi<script>alert(1)</script></p><img src=x onerror="alert(1)">' +
        '<a href="javascript:alert(1)">x</a><form action="/x"><input name=q></form><style>p{}</style>',
    );
    expect(body.querySelector('script, form, input, style')).toBeNull();
    expect(body.innerHTML).not.toMatch(/onclick|onerror|javascript:/);
    expect(body.querySelector('p')?.textContent).toBe('Hi');
  });

  it('keeps news structure: headings, quotes, lists, figures with captions, srcset, tables', () => {
    const body = clean(
      '<h2>Sub</h2><blockquote><p>Q</p></blockquote><ul><li>a</li></ul>' +
        '<figure><img src="/a.jpg" srcset="/a-1.jpg 1x, /a-2.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure>' +
        '<table><tr><th>h</th></tr><tr><td>d</td></tr></table>',
    );
    expect(body.querySelector('h3')?.textContent).toBe('Sub');
    expect(body.querySelector('blockquote p')).not.toBeNull();
    expect(body.querySelector('figure figcaption')?.textContent).toBe('Cap');
    const img = body.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(img?.getAttribute('srcset')).toBe(
      'https://news.example/a-1.jpg 1x, https://news.example/a-2.jpg 2x',
    );
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(body.querySelector('td')?.textContent).toBe('d');
  });

  it('makes links that open a new tab safe, and leaves others in the same tab', () => {
    const body = clean(
      '<a href="https://a.example" target="_blank">a</a><a href="/b" target="top">b</a>',
    );
    const [first, second] = body.querySelectorAll('a');
    expect(first?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(second?.hasAttribute('target')).toBe(false);
    expect(second?.getAttribute('href')).toBe('https://news.example/b');
  });

  it('keeps video-host iframes sandboxed and turns other iframes into links', () => {
    const body = clean(
      '<iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="https://tracker.example/w"></iframe>',
    );
    const frame = body.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toContain('allow-scripts');
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(body.querySelectorAll('iframe')).toHaveLength(1);
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://tracker.example/w');
  });

  it('puts the body’s headings below the article’s h2 title: its top heading h3, each deeper one a level lower, h6 the floor', () => {
    const body = clean(
      '<h1 lang="fr">Un</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>',
    );
    expect(Array.from(body.children, (heading) => heading.tagName)).toEqual([
      'H3',
      'H4',
      'H5',
      'H6',
      'H6',
      'H6',
    ]);
    expect(body.textContent).toBe('UnTwoThreeFourFiveSix');
    expect(body.querySelector('h3')?.getAttribute('lang')).toBe('fr');
  });

  it('returns nothing for a body that is a frameset', () => {
    expect(sanitizeArticleHtml('<div><frameset onload=alert(1)>x</div>', BASE)).toBe('');
  });

  it('keeps video without autoplay', () => {
    const video = clean('<video src="/v.mp4" autoplay></video>').querySelector('video');
    expect(video?.hasAttribute('autoplay')).toBe(false);
    expect(video?.hasAttribute('controls')).toBe(true);
  });
});

describe('the collapsed preview (first paragraph)', () => {
  const HOSTILE = '</p><p><img src=x onerror=alert(1)></p>';

  it('is the first paragraph alone, built from the sanitised DOM, whatever its attributes hold', () => {
    const { firstParagraph } = sanitizeArticleBody(
      `<div><p title="${HOSTILE.replace(/"/g, '')}">Lead <img alt="${HOSTILE}" src="/a.jpg"> end</p></div><p>Second</p>`,
      BASE,
    );
    const holder = document.createElement('div');
    holder.innerHTML = firstParagraph ?? '';
    expect(holder.children).toHaveLength(1);
    expect(holder.querySelectorAll('p')).toHaveLength(1);
    expect(holder.textContent).toBe('Lead  end');
    const images = holder.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('alt')).toBe(HOSTILE);
    expect(holder.querySelector('[onerror]')).toBeNull();
  });

  it('is null for a body without a paragraph', () => {
    expect(sanitizeArticleBody('<ul><li>One</li></ul>', BASE).firstParagraph).toBeNull();
    expect(sanitizeArticleBody('', BASE).firstParagraph).toBeNull();
  });
});
