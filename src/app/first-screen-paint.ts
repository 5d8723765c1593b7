import { textDirection } from '../article/direction';
import { authorsLine, dateFormat, shownUpdate } from '../article/byline-text';
import { resolveHttpUrl } from '../content/urls';
import { DEFAULT_LABELS, isUsableLabel, type Labels } from '../shared/label-words';
import type { FirstScreen } from './first-screen';

/*
 * The first article's first screen, painted by the embed entry while the app's chunk is on
 * its way: the elements, classes and words the reader's first render gives the same article
 * (reader-root.tsx, reader.tsx, feed-article.tsx, article-view.tsx, byline.tsx, figure.tsx),
 * so every box is where the reader's will be. React's first commit into the element clears
 * it and puts its own in the same places: nothing moves (no layout shift), and the picture,
 * already loaded and decoded, is the page's largest paint from the moment it is here.
 * It is hidden from assistive technology: for the moment it is on screen, it is a picture of
 * the article, not yet the article (no feed, no focus, no links); the reader announces the
 * real one as it always has. Its article is a `<div>`, not an `<article>`: whatever looks for
 * the reader's articles (`article[data-url]`, a test's `article` selector) finds only real ones.
 */

/** The options the first screen depends on, as the page gave them (unknown until checked). */
export interface FirstScreenOptions {
  readonly labels?: unknown;
  readonly collapse?: unknown;
  readonly popularUrl?: unknown;
  readonly newsletterUrl?: unknown;
}

type Words = Pick<Labels, 'by' | 'published' | 'updated'>;

export interface PaintedFirstScreen {
  /** Takes it out again (the reader was unmounted, or its code could not be loaded). */
  remove(): void;
}

/** Paints `screen` into `element`, which the caller has found empty. */
export function paintFirstScreen(
  doc: Document,
  element: HTMLElement,
  screen: FirstScreen,
  options: FirstScreenOptions,
): PaintedFirstScreen {
  const make = elementMaker(doc);
  const header = make('header', 'ar-article__header');
  if (screen.section) header.append(make('p', 'ar-article__section', screen.section));
  header.append(
    make('h1', 'ar-article__title', screen.title),
    byline(screen, wordsOf(options.labels), make),
  );

  const article = make('div', 'ar-article', header);
  if (screen.language) article.lang = screen.language;
  const dir = textDirection(screen.language);
  if (dir) article.dir = dir;
  const content = make('div', 'ar-article__content');
  if (screen.image) content.append(figure(screen.image, make));
  // The body is the whole article's unless the options fold the first one too ("Read more").
  if (screen.paragraph && !foldsFirst(options.collapse)) {
    content.append(make('div', 'ar-body', make('p', null, screen.paragraph)));
  }
  if (content.hasChildNodes()) article.append(content);

  const layout = make(
    'div',
    hasAside(doc, options) ? 'ar-layout ar-layout--aside' : 'ar-layout',
    make('div', 'ar-layout__main', make('div', 'ar-reader', make('div', 'ar-feed', article))),
  );
  layout.setAttribute('aria-hidden', 'true');
  layout.inert = true;
  layout.dataset.firstScreen = '';
  // The reader's class, which mount-reader.tsx gives the element too: the stylesheet's
  // variables (the column, the faces, the colours) hang from it.
  const styled = element.classList.contains('ar-root');
  element.classList.add('ar-root');
  element.append(layout);
  return {
    remove() {
      if (!layout.isConnected) return; // React's first commit has taken its place.
      layout.remove();
      if (!styled) element.classList.remove('ar-root');
    },
  };
}

type MakeElement = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: (Node | string)[]
) => HTMLElementTagNameMap[K];

function elementMaker(doc: Document): MakeElement {
  return (tag, className, ...children) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };
}

/** "By …" and "Published …", as byline.tsx words them (the reader's own time zone). */
function byline(screen: FirstScreen, words: Words, make: MakeElement): HTMLElement {
  const language = screen.language ?? undefined;
  const time = (iso: string) => {
    const node = make('time', null, dateFormat(language, 'local').format(new Date(iso)));
    node.dateTime = iso;
    return node;
  };
  const box = make('div', 'ar-byline');
  if (screen.authors.length > 0) {
    box.append(make('p', 'ar-byline__authors', authorsLine(words.by, screen.authors, language)));
  }
  if (screen.published) {
    const line = make('p', 'ar-byline__time', `${words.published} `, time(screen.published));
    const update = shownUpdate(screen.published, screen.modified);
    if (update) line.append(` · ${words.updated} `, time(update));
    box.append(line);
  }
  return box;
}

function figure(image: NonNullable<FirstScreen['image']>, make: MakeElement): HTMLElement {
  const img = make('img', 'ar-figure__img');
  img.alt = image.alt;
  if (image.width) img.width = image.width;
  if (image.height) img.height = image.height;
  img.loading = 'eager';
  img.setAttribute('fetchpriority', 'high');
  img.decoding = 'async';
  if (image.width && image.height) img.style.aspectRatio = `${image.width} / ${image.height}`;
  img.src = image.src;
  const box = make('figure', 'ar-figure ar-figure--lead', img);
  if (image.caption || image.credit) {
    const caption = make('figcaption', 'ar-caption', image.caption);
    if (image.caption && image.credit) caption.append(' ');
    if (image.credit) caption.append(make('span', 'ar-caption__credit', image.credit));
    box.append(caption);
  }
  return box;
}

/** The words the options give (a publisher's labels, object or JSON), as the options check does. */
function wordsOf(labels: unknown): Words {
  let given: unknown = labels;
  if (typeof labels === 'string') {
    try {
      given = JSON.parse(labels) as unknown;
    } catch {
      given = null;
    }
  }
  const record =
    typeof given === 'object' && given !== null && !Array.isArray(given)
      ? (given as Record<string, unknown>)
      : {};
  const pick = (key: keyof Words) => {
    const value = record[key];
    return isUsableLabel(value) ? value : DEFAULT_LABELS[key];
  };
  return { by: pick('by'), published: pick('published'), updated: pick('updated') };
}

/** `collapse: all` shows the first article as a summary too (options.ts). */
function foldsFirst(collapse: unknown): boolean {
  return typeof collapse === 'string' && collapse.trim().toLowerCase() === 'all';
}

/** The reader lays out a column beside the feed when it has most popular or a newsletter. */
function hasAside(doc: Document, { popularUrl, newsletterUrl }: FirstScreenOptions): boolean {
  return [popularUrl, newsletterUrl].some((url) => resolveHttpUrl(url, doc.baseURI) !== null);
}
