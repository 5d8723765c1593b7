import { renameElement } from './sanitize-finish';

/*
 * The shape of a sanitised body inside the reader's page: its headings below the article's
 * title, and its in-page links pointing at what is still there (docs/decisions/0067).
 */

/** The level of an article's title: the page's first article's is its h1, the others' h2. */
export type TitleLevel = 1 | 2;

/**
 * Bodies are sanitised (and memoised, and sent in the server's hydration data) for an h2
 * title, the level of every article but the page's first; that one's body is retitled from it.
 */
export const BODY_TITLE_LEVEL: TitleLevel = 2;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * The levels of a body's headings, in document order, below a title at `titleLevel`: the
 * body's top heading one level below the title, the others at their depth below it but never
 * more than one level below the heading before them (a skip, h2 then h4, is closed up: axe's
 * heading-order), h6 the floor (docs/decisions/0081-body-headings-below-their-title.md).
 */
function headingLevels(levels: readonly number[], titleLevel: TitleLevel): number[] {
  const shift = titleLevel + 1 - Math.min(...levels);
  let previous: number = titleLevel;
  return levels.map((level) => (previous = Math.min(6, level + shift, previous + 1)));
}

/** A sanitised body's headings below a title at `titleLevel` (see headingLevels). */
export function shapeHeadings(fragment: DocumentFragment, titleLevel: TitleLevel): void {
  const headings = Array.from(fragment.querySelectorAll(HEADINGS));
  if (headings.length === 0) return;
  const levels = headingLevels(
    headings.map((heading) => Number(heading.tagName.slice(1))),
    titleLevel,
  );
  headings.forEach((heading, index) => {
    const tag = `h${levels[index] ?? titleLevel + 1}`;
    if (heading.tagName.toLowerCase() !== tag) renameElement(heading, tag);
  });
}

/*
 * Serialised HTML as the DOM writes it: comments, and tags whose attributes are always
 * double-quoted (a `"` inside is written &quot;); a `<` in text is always written &lt;.
 */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
/** Elements whose text is written raw, `<` and all; of them the sanitiser keeps only iframe. */
const RAW_TEXT = new Set(['iframe', 'noembed', 'noframes', 'noscript', 'script', 'style', 'xmp']);

/**
 * shapeHeadings for a body already sanitised for BODY_TITLE_LEVEL, on its HTML: only the
 * digits of its heading tags change, so it is exactly as safe as it was, and the server and
 * the browser make the same string from the same input without a DOM (the page hydrates
 * without a mismatch).
 */
export function retitleHeadings(html: string, titleLevel: TitleLevel): string {
  if (titleLevel === BODY_TITLE_LEVEL || !/<h[1-6]/i.test(html)) return html;
  const tags: { readonly at: number; readonly closing: boolean; readonly level: number }[] = [];
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const [, slash, name = ''] = match;
    const tag = name.toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      tags.push({
        at: match.index + (slash ? 3 : 2),
        closing: slash === '/',
        level: Number(tag[1]),
      });
    } else if (!slash && RAW_TEXT.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, MARKUP.lastIndex);
      MARKUP.lastIndex = end === -1 ? html.length : end;
    }
  }
  const opening = tags.filter((tag) => !tag.closing);
  if (opening.length === 0) return html;
  const levels = headingLevels(
    opening.map((tag) => tag.level),
    titleLevel,
  );
  // Headings never nest in parsed HTML: a closing tag belongs to the last opened heading.
  let out = '';
  let from = 0;
  let current = titleLevel + 1;
  let opened = 0;
  for (const tag of tags) {
    if (!tag.closing) current = levels[opened++] ?? current;
    out += html.slice(from, tag.at) + String(current);
    from = tag.at + 1;
  }
  return out + html.slice(from);
}

/**
 * A short, stable prefix per article for the ids its body keeps: two articles' footnotes
 * (#fn1) never meet on one page, and no id clobbers a property of the page's document.
 * FNV-1a of the article's URL (http://www.isthe.com/chongo/tech/comp/fnv/).
 */
export function idPrefix(articleUrl: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleUrl.length; i += 1) {
    hash ^= articleUrl.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `ar-${hash.toString(36)}-`;
}

/**
 * In-body links to a fragment (`#notes`, a footnote) go to their target under its new,
 * prefixed id; a link whose target is gone (the sanitiser removed it, as DOMPurify does with
 * an id that would clobber the document, or it never existed) is unwrapped to its text. Old
 * `<a name>` anchors count as targets. Ids nothing points at are dropped, and every `name`.
 */
export function relinkFragments(fragment: DocumentFragment, prefix: string): void {
  const targets = new Map<string, Element>();
  for (const element of Array.from(fragment.querySelectorAll('[id], [name]'))) {
    const id = element.getAttribute('id') ?? element.getAttribute('name') ?? '';
    if (id && !targets.has(id)) targets.set(id, element);
    element.removeAttribute('id');
    element.removeAttribute('name');
  }
  const keep = (id: string): string | null => {
    const target = targets.get(id);
    if (!target) return null;
    target.setAttribute('id', prefix + id);
    return prefix + id;
  };
  for (const link of Array.from(fragment.querySelectorAll('a[href^="#"]'))) {
    const id = keep(fragmentId(link.getAttribute('href') ?? ''));
    if (id) link.setAttribute('href', `#${id}`);
    else unwrap(link);
  }
  // A table cell's `headers` names its header cells by id.
  for (const cell of Array.from(fragment.querySelectorAll('[headers]'))) {
    const ids = (cell.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
    const kept = ids.map(keep).filter((id): id is string => id !== null);
    if (kept.length > 0) cell.setAttribute('headers', kept.join(' '));
    else cell.removeAttribute('headers');
  }
}

function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}
