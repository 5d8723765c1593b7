/*
 * DOMPurify, for a DOM without the HTML Sanitizer API (the server's jsdom, browsers before
 * it): its own chunk in the browser, loaded only there (purifier.ts). One instance per window
 * (the page's, or the server's jsdom), with our hook that finishes each kept element
 * (sanitize-finish.ts). One instance matters under Trusted Types too: each instance creates
 * its own policy named `dompurify` on its first use, and a second one of that name is a
 * violation.
 */
import DOMPurify, { type Config } from 'dompurify';
import type { ContentWindow } from './content-env';

/** What purifier.ts hands in: the config and hook live in the app's chunk, never copied here. */
export interface DomPurifyRules {
  readonly config: Config;
  /** Finishes each kept element (DOMPurify's afterSanitizeAttributes). */
  readonly finish: (node: Element, base: string) => void;
  readonly isElement: (node: unknown) => node is Element;
}

const purifiers = new WeakMap<ContentWindow, ReturnType<typeof DOMPurify>>();
/** The base of the body being sanitised: DOMPurify's hooks take no argument of ours. */
let baseUrl = '';

function getPurifier(win: ContentWindow, rules: DomPurifyRules): ReturnType<typeof DOMPurify> {
  const known = purifiers.get(win);
  if (known) return known;
  const instance = DOMPurify(win);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (rules.isElement(node)) rules.finish(node, baseUrl);
  });
  purifiers.set(win, instance);
  return instance;
}

/**
 * `html` with only what CONFIG keeps, as a fragment of `win`'s document; null for a body that
 * parses into no body at all (a <frameset>). Relative URLs resolve against `base`.
 */
export function purifyWithDomPurify(
  html: string,
  base: string,
  win: ContentWindow,
  rules: DomPurifyRules,
): DocumentFragment | null {
  baseUrl = base;
  try {
    // The config asks for a fragment; DOMPurify's overloads only see a Config.
    return getPurifier(win, rules).sanitize(
      html,
      rules.config,
    ) as unknown as DocumentFragment | null;
  } finally {
    baseUrl = '';
  }
}
