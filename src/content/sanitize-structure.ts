import { renameElement } from './sanitize-finish';

/*
 * The shape of a sanitised body inside the reader's page: its headings below the article's
 * title, and its in-page links pointing at what is still there (docs/decisions/0067).
 */

/**
 * One rule for every article (the first one's title is an h1, the ones after it h2, and the
 * body is the same markup either way): the body's top headings are h3, each level below one
 * lower, h6 the floor. h1 and h2 become h3, h3 h4, h4 h5, h5 and h6 h6.
 */
export function demoteHeadings(fragment: DocumentFragment): void {
  for (const heading of Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = Number(heading.tagName.slice(1));
    renameElement(heading, `h${Math.min(6, Math.max(3, level + 1))}`);
  }
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
