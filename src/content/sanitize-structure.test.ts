import { describe, expect, it } from 'vitest';
import { sanitizeArticleBody } from './sanitize';
import { idPrefix } from './sanitize-structure';

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
