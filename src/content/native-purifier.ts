/*
 * Sanitising with the browser's own HTML Sanitizer API (Element.setHTML), where it has one:
 * the reader then ships no DOMPurify (about 11 KiB gzip of its first screen's code, issue 7).
 * The browser's safe setHTML is the last word on what may run: whatever our own passes do,
 * what comes out has been through it with an allowlist equal to DOMPurify's (CONFIG). Our
 * passes only make the result match DOMPurify's with our config: unknown elements keep their
 * text (DOMPurify's KEEP_CONTENT), ids that would clobber the document go, and video-host
 * iframes, which safe setHTML always removes, are put back by us as fresh elements with only
 * allowed attributes (finishIframe then sandboxes them or turns them into links).
 * See docs/decisions/0100-native-sanitizer-dompurify-as-a-chunk.md.
 */
import { isElement, type ContentWindow } from './content-env';
import { CONFIG } from './sanitize-config';
import { finishElement } from './sanitize-finish';

/** An inert document of `html`: nothing in it runs or loads (DOMParser under our policy). */
export type InertParser = (html: string) => Document;

interface SetHtmlOptions {
  readonly sanitizer: unknown;
}
type NativeWindow = ContentWindow & {
  readonly Sanitizer: new (config: unknown) => unknown;
  readonly Element: { readonly prototype: { setHTML?: unknown } };
};

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const tags = (list: unknown): string[] => (Array.isArray(list) ? (list as string[]) : []);
const ALLOWED_TAGS = new Set(tags(CONFIG.ALLOWED_TAGS));
const FORBIDDEN_TAGS = new Set(tags(CONFIG.FORBID_TAGS));
const ALLOWED_ATTRIBUTES = tags(CONFIG.ALLOWED_ATTR);
/**
 * Elements that go with everything in them, as in DOMPurify's default FORBID_CONTENTS (its
 * purify.es.mjs), less those our config allows: their content is script, style, another
 * namespace's markup or text never meant to be read.
 */
const REMOVED_WITH_CONTENT = new Set(
  [
    'annotation-xml',
    'audio',
    'colgroup',
    'desc',
    'foreignobject',
    'head',
    'iframe',
    'math',
    'mi',
    'mn',
    'mo',
    'ms',
    'mtext',
    'noembed',
    'noframes',
    'noscript',
    'plaintext',
    'script',
    'selectedcontent',
    'style',
    'svg',
    'template',
    'thead',
    'title',
    'video',
    'xmp',
  ].filter((tag) => !ALLOWED_TAGS.has(tag) || FORBIDDEN_TAGS.has(tag)),
);
/** What an iframe we put back may carry; finishIframe adds sandbox, loading and the rest. */
const IFRAME_ATTRIBUTES = new Set(['src', 'title', 'width', 'height', 'allowfullscreen']);

const sanitizers = new WeakMap<ContentWindow, unknown>();

/** True where `win` has the HTML Sanitizer API (today Chromium's; jsdom has none). */
export function hasNativeSanitizer(win: ContentWindow): boolean {
  const candidate = win as Partial<NativeWindow>;
  return (
    typeof candidate.Sanitizer === 'function' &&
    typeof candidate.Element?.prototype.setHTML === 'function'
  );
}

function sanitizerOf(win: NativeWindow): unknown {
  const known = sanitizers.get(win);
  if (known) return known;
  const made = new win.Sanitizer({
    elements: [...ALLOWED_TAGS].filter((tag) => !FORBIDDEN_TAGS.has(tag)),
    attributes: ALLOWED_ATTRIBUTES,
    comments: false,
    dataAttributes: false,
  });
  sanitizers.set(win, made);
  return made;
}

/**
 * DOMPurify's walk, done before the browser's: elements of other namespaces, those in
 * REMOVED_WITH_CONTENT and those with an `is` go, other elements that are not allowed give way to their content, and
 * an id or name that names a property of a document or a form goes (DOMPurify's SANITIZE_DOM).
 * Embeds are set aside under `token` ids and returned, to be put back after setHTML.
 */
function prepare(root: Element, win: ContentWindow, token: string): Map<string, Element> {
  const embeds = new Map<string, Element>();
  const form = win.document.createElement('form');
  const visit = (element: Element) => {
    for (const child of Array.from(element.children)) visit(child);
    if (element === root) return;
    const tag = element.localName;
    // DOMPurify drops an element with an `is` (a customised built-in) whole, when it returns DOM.
    if (
      element.namespaceURI !== HTML_NAMESPACE ||
      REMOVED_WITH_CONTENT.has(tag) ||
      element.hasAttribute('is')
    ) {
      element.remove();
      return;
    }
    if (!ALLOWED_TAGS.has(tag) || FORBIDDEN_TAGS.has(tag)) {
      element.replaceWith(...Array.from(element.childNodes));
      return;
    }
    for (const name of ['id', 'name']) {
      const value = element.getAttribute(name);
      if (value !== null && (value in win.document || value in form)) element.removeAttribute(name);
    }
    if (tag === 'iframe') {
      const id = `${token}${embeds.size}`;
      const stand = element.ownerDocument.createElement('span');
      stand.setAttribute('id', id);
      element.replaceWith(stand);
      embeds.set(id, element);
    }
  };
  visit(root);
  return embeds;
}

/**
 * A value that closes a comment, a CDATA section, a style or a title: harmless as an attribute
 * of the element it is on, but markup again wherever the HTML is serialised into another
 * context and parsed anew. DOMPurify (SAFE_FOR_XML) drops such attributes; so do we.
 */
const MARKUP_IN_VALUE = /((--!?|])>)|<\/(style|title)/i;

function dropMarkupLikeAttributes(element: Element): void {
  for (const { name, value } of Array.from(element.attributes)) {
    if (MARKUP_IN_VALUE.test(value)) element.removeAttribute(name);
  }
}

/** The iframe set aside as `original`, made afresh with only IFRAME_ATTRIBUTES. */
function rebuiltIframe(original: Element, doc: Document): Element {
  const frame = doc.createElement('iframe');
  // In the order they came, as DOMPurify keeps them.
  for (const { name, value } of Array.from(original.attributes)) {
    if (IFRAME_ATTRIBUTES.has(name)) frame.setAttribute(name, value);
  }
  return frame;
}

/**
 * `html` with only what CONFIG keeps, as a fragment (of an inert document); null for a body
 * that parses into no body at all (a <frameset>). Relative URLs resolve against `base`.
 */
export function purifyNatively(
  html: string,
  base: string,
  win: ContentWindow,
  parseInert: InertParser,
): DocumentFragment | null {
  const doc = parseInert(html);
  const body = doc.body as HTMLElement | null;
  if (!body || body.localName !== 'body') return null;
  const token = `ar-embed-${Math.random().toString(36).slice(2)}-`;
  const embeds = prepare(body, win, token);
  const container = doc.createElement('div');
  // lib.dom (TypeScript 5.9) does not know setHTML yet.
  (container as unknown as { setHTML(html: string, options: SetHtmlOptions): void }).setHTML(
    body.innerHTML,
    { sanitizer: sanitizerOf(win as NativeWindow) },
  );
  for (const [id, original] of embeds) {
    const stand = Array.from(container.querySelectorAll('span[id]')).find((s) => s.id === id);
    stand?.replaceWith(rebuiltIframe(original, doc));
  }
  // The parser drops white space before the first element; DOMPurify puts it back.
  const leading = /^[\r\n\t ]+/.exec(html)?.[0];
  if (leading) container.insertBefore(doc.createTextNode(leading), container.firstChild);
  // DOMPurify's afterSanitizeAttributes hook, in the same document order.
  for (const element of Array.from(container.querySelectorAll('*'))) {
    if (!isElement(element)) continue;
    dropMarkupLikeAttributes(element);
    finishElement(element, base);
  }
  const fragment = doc.createDocumentFragment();
  while (container.firstChild) fragment.appendChild(container.firstChild);
  return fragment;
}
