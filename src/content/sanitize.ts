/*
 * Article bodies from someone else's CMS, made safe: what survives is listed in
 * sanitize-config.ts, and sanitize-finish.ts finishes each kept element (URLs, links, images,
 * embeds). See docs/decisions/0003-sanitising-article-html.md.
 */
import DOMPurify from 'dompurify';
import { isElement, type ContentWindow } from './content-env';
import { CONFIG } from './sanitize-config';
import { finishElement, finishIframe, renameElement } from './sanitize-finish';

/**
 * Our own DOMPurify instance per window (the page's, or the server's jsdom), so our hooks
 * never touch a copy the publisher's page uses.
 */
const purifiers = new WeakMap<ContentWindow, ReturnType<typeof DOMPurify>>();
/** The base of the body being sanitised: DOMPurify's hooks take no argument of ours. */
let baseUrl = '';

function getPurifier(win: ContentWindow): ReturnType<typeof DOMPurify> {
  const known = purifiers.get(win);
  if (known) return known;
  const instance = DOMPurify(win);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (isElement(node)) finishElement(node, baseUrl);
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
