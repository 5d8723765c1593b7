import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import { articleHtml } from './article-body';
import { sanitizeArticleBody } from './sanitize';
import { idPrefix, retitleHeadings } from './sanitize-structure';
import { parseJsonFeed } from './sources/json-feed';

const BASE = 'https://news.example/world/2026/11/25/story';
const PREFIX = idPrefix(BASE);

function clean(html: string): { body: HTMLElement; warnings: readonly string[] } {
  const { html: sanitised, warnings } = sanitizeArticleBody(html, BASE);
  const body = document.createElement('div');
  body.innerHTML = sanitised;
  return { body, warnings };
}

describe('in-body fragment links', () => {
  it('point at their target under the article’s own prefixed id', () => {
    const { body } = clean(
      '<p>Claim<a href="#fn1">1</a></p><ol><li id="fn1">Source</li></ol><p><a href="#old">up</a></p><a name="old"></a>',
    );
    const [note, up] = body.querySelectorAll('a[href]');
    expect(note?.getAttribute('href')).toBe(`#${PREFIX}fn1`);
    expect(body.querySelector(`[id="${PREFIX}fn1"]`)?.textContent).toBe('Source');
    expect(up?.getAttribute('href')).toBe(`#${PREFIX}old`);
    expect(body.querySelector('[name]')).toBeNull();
  });

  it('are unwrapped to their text when the target is gone, removed by the sanitiser or never there', () => {
    // DOMPurify drops an id that would clobber a property of the document ("cookie").
    const { body } = clean(
      '<p><a href="#cookie">Cookies</a> and <a href="#nowhere">nothing</a> and <a href="#">top</a></p><h2 id="cookie">C</h2>',
    );
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(body.querySelector('p')?.textContent).toBe('Cookies and nothing and top');
    expect(body.querySelector('[id]')).toBeNull();
  });

  it('keep table cells tied to their headers, and drop ids nothing points at', () => {
    const { body } = clean(
      '<table><tr><th id="h">Tide</th></tr><tr><td headers="h gone">2 m</td></tr></table><p id="lonely">x</p>',
    );
    expect(body.querySelector('td')?.getAttribute('headers')).toBe(`${PREFIX}h`);
    expect(body.querySelector('th')?.id).toBe(`${PREFIX}h`);
    expect(body.querySelector('p')?.hasAttribute('id')).toBe(false);
  });

  it('differ between two articles with the same footnotes', () => {
    expect(idPrefix('https://news.example/a')).not.toBe(idPrefix('https://news.example/b'));
    expect(idPrefix(BASE)).toMatch(/^ar-[0-9a-z]+-$/);
  });
});

describe('http: embeds', () => {
  it('upgrades a video host’s http: player to https and keeps it sandboxed', () => {
    const { body, warnings } = clean('<iframe src="http://www.youtube.com/embed/abc"></iframe>');
    const frame = body.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://www.youtube.com/embed/abc');
    expect(frame?.getAttribute('sandbox')).toContain('allow-scripts');
    expect(warnings).toEqual([]);
  });

  it('upgrades http: video and sound, poster included', () => {
    const { body } = clean(
      '<video src="http://cdn.example/v.mp4" poster="http://cdn.example/v.jpg"></video>' +
        '<audio><source src="http://cdn.example/a.mp3" type="audio/mpeg"></audio>',
    );
    expect(body.querySelector('video')?.getAttribute('src')).toBe('https://cdn.example/v.mp4');
    expect(body.querySelector('video')?.getAttribute('poster')).toBe('https://cdn.example/v.jpg');
    expect(body.querySelector('source')?.getAttribute('src')).toBe('https://cdn.example/a.mp3');
  });

  it('drops, with a warning, an http: embed that https cannot be assumed for (its own port)', () => {
    const { body, warnings } = clean(
      '<p>Watch</p><video src="http://cdn.example:8080/v.mp4"></video><iframe src="http://player.vimeo.com:8080/video/1"></iframe>',
    );
    expect(body.querySelector('video, iframe')).toBeNull();
    expect(body.textContent).toBe('Watch');
    expect(warnings).toEqual([
      'Dropped the embed http://player.vimeo.com:8080/video/1: it is not served over https.',
      'Dropped the video http://cdn.example:8080/v.mp4: it is not served over https.',
    ]);
  });
});

const headingsOf = (html: string): string[] => {
  const body = document.createElement('div');
  body.innerHTML = html;
  return Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => h.tagName);
};

describe('a body’s headings, one level below their own article’s title', () => {
  const article = (content: string): Article => {
    const [made] = parseJsonFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', url: BASE, title: 'T', content_html: content }],
      },
      'https://news.example/feed.json',
    ).articles;
    if (!made) throw new Error('no article');
    return made;
  };

  it('begin at h3 under an h2 title, whatever level the publisher’s top heading had', () => {
    expect(headingsOf(clean('<h2>A</h2><h3>B</h3><h2>C</h2>').body.innerHTML)).toEqual([
      'H3',
      'H4',
      'H3',
    ]);
    expect(headingsOf(clean('<h4>A</h4><h5>B</h5>').body.innerHTML)).toEqual(['H3', 'H4']);
  });

  it('begin at h2 under the page’s h1 title', () => {
    const story = article('<h1>A</h1><p>x</p><h2>B</h2><h3>C</h3><h1>D</h1>');
    expect(headingsOf(articleHtml(story, 1).html as string)).toEqual(['H2', 'H3', 'H4', 'H2']);
    expect(headingsOf(articleHtml(story, 2).html as string)).toEqual(['H3', 'H4', 'H5', 'H3']);
  });

  it('never skip a level, so a publisher’s h2 then h4 reads as h3 then h4', () => {
    expect(headingsOf(clean('<h2>A</h2><h4>B</h4><h6>C</h6>').body.innerHTML)).toEqual([
      'H3',
      'H4',
      'H5',
    ]);
    expect(headingsOf(retitleHeadings('<h3>A</h3><h5>B</h5>', 1))).toEqual(['H2', 'H3']);
  });

  it('are the same HTML from the server’s hydration data as from the body sanitised here', () => {
    const story = article('<h2 title="a &quot;<h2>&quot; inside">A</h2><p>1 &lt; 2</p><h3>B</h3>');
    const fromJson = JSON.parse(JSON.stringify(story)) as Article;
    expect(articleHtml(fromJson, 1).html).toBe(articleHtml(story, 1).html);
    const shown = document.createElement('div');
    shown.innerHTML = articleHtml(story, 1).html as string;
    expect(headingsOf(shown.innerHTML)).toEqual(['H2', 'H3']);
    expect(shown.querySelector('h2')?.title).toBe('a "<h2>" inside');
  });

  it('change nothing but heading tags: not attribute values, comments or an embed’s raw text', () => {
    const html =
      '<!-- <h3> --><p title="<h4>x</h4>">p</p><iframe src="https://www.youtube.com/embed/a"><h3>raw</h3></iframe><h4 class="h3">T</h4>';
    expect(retitleHeadings(html, 1)).toBe(
      '<!-- <h3> --><p title="<h4>x</h4>">p</p><iframe src="https://www.youtube.com/embed/a"><h3>raw</h3></iframe><h2 class="h3">T</h2>',
    );
  });

  it('are memoised per article and level', () => {
    const story = article('<h2>A</h2>');
    expect(articleHtml(story, 1)).toBe(articleHtml(story, 1));
    expect(articleHtml(story, 2)).toBe(articleHtml(story, 2));
    expect(articleHtml(story, 1)).not.toBe(articleHtml(story, 2));
  });
});
