import { afterEach, describe, expect, it } from 'vitest';
import { paintFirstScreen } from './first-screen-paint';
import type { FirstScreen } from './first-screen';

const screen: FirstScreen = {
  section: 'Harbour',
  title: 'Quay reopens after storm',
  authors: ['Ana Ilić', 'Ben Okafor'],
  published: '2026-11-25T07:40:00.000Z',
  modified: '2026-11-25T09:10:00.000Z',
  language: 'en-GB',
  image: {
    src: 'https://news.example/lead.jpg',
    alt: 'Boats at the quay',
    width: 1200,
    height: 800,
    caption: 'At dawn.',
    credit: 'Photo: Cy',
  },
  paragraph: 'The quay reopened at dawn.',
};

function mountElement(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

describe('paintFirstScreen', () => {
  afterEach(() => document.body.replaceChildren());

  it('paints the section, title, byline and lead picture, hidden from assistive technology', () => {
    const element = mountElement();
    paintFirstScreen(document, element, screen, {});
    const painted = element.querySelector<HTMLElement>('[data-first-screen]');
    expect(painted?.getAttribute('aria-hidden')).toBe('true');
    expect(element.classList.contains('ar-root')).toBe(true);
    expect(element.querySelector('.ar-article__section')?.textContent).toBe('Harbour');
    expect(element.querySelector('h1.ar-article__title')?.textContent).toBe(screen.title);
    expect(element.querySelector('.ar-byline__authors')?.textContent).toBe(
      'By Ana Ilić and Ben Okafor',
    );
    const times = [...element.querySelectorAll('time')].map((time) => time.dateTime);
    expect(times).toEqual([screen.published, screen.modified]);
    expect(element.querySelector('.ar-byline__time')?.textContent).toMatch(
      /^Published .+ · Updated .+$/,
    );
    const img = element.querySelector('img');
    expect(img?.src).toBe(screen.image?.src);
    expect(img?.alt).toBe('Boats at the quay');
    expect(img?.style.aspectRatio).toBe('1200 / 800');
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    expect(element.querySelector('figcaption')?.textContent).toBe('At dawn. Photo: Cy');
    expect(element.querySelector<HTMLElement>('.ar-article')?.lang).toBe('en-GB');
    expect(element.querySelector('.ar-body p')?.textContent).toBe('The quay reopened at dawn.');
    // Not one of the reader's articles: those are <article>s in its feed.
    expect(element.querySelector('article')).toBeNull();
  });

  it('paints no paragraph when the options fold the first article into a summary too', () => {
    const element = mountElement();
    paintFirstScreen(document, element, screen, { collapse: ' ALL ' });
    expect(element.querySelector('.ar-body')).toBeNull();
    expect(element.querySelector('figure')).not.toBeNull();
  });

  it('words the byline with the publisher’s labels, given as JSON text', () => {
    const element = mountElement();
    const labels = JSON.stringify({ by: 'Von {authors}', published: 'Veröffentlicht', updated: 7 });
    paintFirstScreen(document, element, { ...screen, language: 'de' }, { labels });
    expect(element.querySelector('.ar-byline__authors')?.textContent).toBe(
      'Von Ana Ilić und Ben Okafor',
    );
    // A label that is not usable falls back to the default, as the options check does.
    expect(element.querySelector('.ar-byline__time')?.textContent).toMatch(
      /^Veröffentlicht .+ · Updated /,
    );
  });

  it('lays out the column beside the feed when the reader will have one, and writes right to left in Arabic', () => {
    const element = mountElement();
    paintFirstScreen(
      document,
      element,
      { ...screen, language: 'ar' },
      { popularUrl: '/popular.json' },
    );
    expect(element.querySelector('.ar-layout')?.classList.contains('ar-layout--aside')).toBe(true);
    expect(element.querySelector<HTMLElement>('.ar-article')?.dir).toBe('rtl');
    const plain = mountElement();
    paintFirstScreen(document, plain, screen, { popularUrl: 'javascript:alert(1)' });
    expect(plain.querySelector('.ar-layout')?.classList.contains('ar-layout--aside')).toBe(false);
  });

  it('leaves out the parts the article does not have', () => {
    const element = mountElement();
    paintFirstScreen(
      document,
      element,
      { ...screen, section: null, authors: [], published: null, image: null, paragraph: null },
      {},
    );
    expect(element.querySelector('.ar-article__section')).toBeNull();
    expect(element.querySelector('.ar-byline')?.childElementCount).toBe(0);
    expect(element.querySelector('figure')).toBeNull();
    expect(element.querySelector('.ar-article__content')).toBeNull();
  });

  it('takes itself and the reader’s class away again, unless the element had the class already', () => {
    const element = mountElement();
    paintFirstScreen(document, element, screen, {}).remove();
    expect(element.childElementCount).toBe(0);
    expect(element.classList.contains('ar-root')).toBe(false);
    const classed = mountElement();
    classed.classList.add('ar-root');
    paintFirstScreen(document, classed, screen, {}).remove();
    expect(classed.classList.contains('ar-root')).toBe(true);
  });
});
