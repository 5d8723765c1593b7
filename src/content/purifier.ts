/*
 * The one DOMPurify instance per window (the page's, or the server's jsdom), with our hook
 * that finishes each kept element (sanitize-finish.ts). One instance matters under Trusted
 * Types too: each instance creates its own policy named `dompurify` on its first use, and a
 * second one of that name is a violation.
 */
import DOMPurify from 'dompurify';
import { isElement, type ContentWindow } from './content-env';
import { CONFIG } from './sanitize-config';
import { finishElement } from './sanitize-finish';

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
 * `html` with only what CONFIG keeps, as a fragment of `win`'s document; null for a body that
 * parses into no body at all (a <frameset>). Relative URLs resolve against `base`.
 */
export function purify(html: string, base: string, win: ContentWindow): DocumentFragment | null {
  baseUrl = base;
  try {
    // The config asks for a fragment; DOMPurify's overloads only see a Config.
    return getPurifier(win).sanitize(html, CONFIG) as unknown as DocumentFragment | null;
  } finally {
    baseUrl = '';
  }
}
