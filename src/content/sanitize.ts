import DOMPurify, { type Config } from 'dompurify';
import { isElement, type ContentWindow } from './content-env';
import { resolveHttpUrl } from './urls';

/*
 * Article bodies come from someone else's CMS. What survives is what a news body needs:
 * text structure, quotes, lists, figures, responsive images, tables and links. No scripts,
 * no event handlers, no forms, no styles (they would fight the reader's typography).
 * Embeds: an <iframe> is kept only from the video hosts below, sandboxed and lazy; any other
 * iframe becomes a plain link to what it showed. <video>/<audio> are kept with controls and
 * without autoplay. See docs/decisions/0003-sanitising-article-html.md.
 */
const EMBED_HOSTS = new Set([
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
]);

const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'small',
    'sub',
    'sup',
    'mark',
    'abbr',
    'cite',
    'q',
    'code',
    'pre',
    'kbd',
    'time',
    'span',
    'div',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'figure',
    'figcaption',
    'img',
    'picture',
    'source',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'colgroup',
    'col',
    'a',
    'iframe',
    'video',
    'audio',
    'track',
  ],
  ALLOWED_ATTR: [
    'href',
    'title',
    'src',
    'srcset',
    'sizes',
    'alt',
    'width',
    'height',
    'datetime',
    'cite',
    'colspan',
    'rowspan',
    'scope',
    'headers',
    'lang',
    'dir',
    'start',
    'reversed',
    'type',
    'media',
    'poster',
    'controls',
    'kind',
    'srclang',
    'label',
    'target',
    'allowfullscreen',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_TAGS: [
    'style',
    'script',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'object',
    'embed',
  ],
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Our own DOMPurify instance per window (the page's, or the server's jsdom), so our hooks
 * never touch a copy the publisher's page uses.
 */
const purifiers = new WeakMap<ContentWindow, ReturnType<typeof DOMPurify>>();
let baseUrl = '';

function getPurifier(win: ContentWindow): ReturnType<typeof DOMPurify> {
  const known = purifiers.get(win);
  if (known) return known;
  const instance = DOMPurify(win);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (isElement(node)) finishElement(node);
  });
  purifiers.set(win, instance);
  return instance;
}

/**
 * Changes made after DOMPurify's walk, never during it: a body's h1 would compete with the
 * article's own title, and an iframe from elsewhere becomes a link.
 */
function restructure(fragment: DocumentFragment): void {
  for (const heading of Array.from(fragment.querySelectorAll('h1'))) renameElement(heading, 'h2');
  for (const frame of Array.from(fragment.querySelectorAll('iframe'))) finishIframe(frame);
}

function renameElement(node: Element, tag: string): void {
  const replacement = node.ownerDocument.createElement(tag);
  while (node.firstChild) replacement.appendChild(node.firstChild);
  node.replaceWith(replacement);
}

function finishElement(node: Element): void {
  for (const name of ['href', 'src', 'poster', 'cite']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    // A fragment link stays a fragment; everything else must resolve to http(s).
    if (name === 'href' && value.startsWith('#')) continue;
    const url = resolveHttpUrl(value, baseUrl);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) node.setAttribute('srcset', resolveSrcset(srcset));

  switch (node.tagName) {
    case 'A':
      if (node.getAttribute('target') === '_blank') {
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
      }
      break;
    case 'IMG':
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      break;
    case 'VIDEO':
    case 'AUDIO':
      node.setAttribute('controls', '');
      node.setAttribute('preload', 'none');
      break;
  }
}

function finishIframe(node: Element): void {
  const src = node.getAttribute('src');
  const host = src ? new URL(src).hostname : '';
  if (src && EMBED_HOSTS.has(host)) {
    node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    if (!node.hasAttribute('title')) node.setAttribute('title', 'Embedded video');
    return;
  }
  const doc = node.ownerDocument;
  if (!src) {
    node.remove();
    return;
  }
  const link = doc.createElement('a');
  link.setAttribute('href', src);
  link.textContent = `Embedded content from ${host}`;
  const paragraph = doc.createElement('p');
  paragraph.appendChild(link);
  node.replaceWith(paragraph);
}

function resolveSrcset(srcset: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = resolveHttpUrl(url, baseUrl);
      return resolved ? [resolved, ...descriptor].join(' ') : null;
    })
    .filter((candidate): candidate is string => candidate !== null)
    .join(', ');
}

/** A sanitised body, and its first paragraph for a collapsed article's preview. */
export interface SanitisedBody {
  readonly html: string;
  /**
   * The body's first <p>, serialised from the sanitised DOM on its own (never cut out of
   * the body's HTML, where an attribute value holding "</p>" could end it early); null when
   * the body has none.
   */
  readonly firstParagraph: string | null;
}

/**
 * Sanitises an article body. Relative URLs inside it resolve against `base` (the article's
 * own URL), so a feed from another origin still shows its pictures. `win` is the DOM it
 * parses with: the page's in the browser, jsdom's on the server.
 */
export function sanitizeArticleBody(
  html: string,
  base: string,
  win: ContentWindow = window,
): SanitisedBody {
  baseUrl = base;
  let fragment: DocumentFragment | null;
  try {
    // The config asks for a fragment; DOMPurify's overloads only see a Config.
    fragment = getPurifier(win).sanitize(html, CONFIG) as unknown as DocumentFragment | null;
  } finally {
    baseUrl = '';
  }
  // A body that is a <frameset> parses into no body at all: there is nothing to keep.
  if (!fragment) return { html: '', firstParagraph: null };
  restructure(fragment);
  const first = fragment.querySelector('p');
  const container = win.document.createElement('div');
  container.appendChild(fragment);
  return { html: container.innerHTML, firstParagraph: first ? first.outerHTML : null };
}

/** The sanitised HTML of an article body (see sanitizeArticleBody). */
export function sanitizeArticleHtml(
  html: string,
  base: string,
  win: ContentWindow = window,
): string {
  return sanitizeArticleBody(html, base, win).html;
}
