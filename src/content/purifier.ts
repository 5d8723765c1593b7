/*
 * Which sanitiser a window's article bodies go through: the browser's own (native-purifier.ts)
 * where it has the HTML Sanitizer API, else DOMPurify (dompurify-purifier.ts), a chunk of its
 * own that is loaded only then, while the first feed page is on its way (purifierReady; every
 * source's pages wait for it, see source.ts). Both keep what sanitize-config.ts lists and
 * finish each kept element alike. docs/decisions/0100-native-sanitizer-dompurify-as-a-chunk.md
 */
import { isElement, type ContentWindow } from './content-env';
import { hasNativeSanitizer, purifyNatively, type InertParser } from './native-purifier';
import { CONFIG } from './sanitize-config';
import { retryableImport } from './retryable-import';
import { finishElement } from './sanitize-finish';

type DomPurify = (typeof import('./dompurify-purifier'))['purifyWithDomPurify'];

let domPurify: DomPurify | null = null;
let loading: Promise<void> | null = null;
// Each import after a failure fetches the chunk anew (retryable-import.ts).
const importDomPurify = retryableImport(
  (): Promise<typeof import('./dompurify-purifier')> => import('./dompurify-purifier'),
);

/** Settles once purify() can run in `win`: at once where the browser sanitises natively. */
export function purifierReady(win: ContentWindow): Promise<void> {
  return domPurify || hasNativeSanitizer(win) ? Promise.resolve() : loadDomPurify();
}

/** DOMPurify's chunk, loaded once (tests in jsdom load it up front: src/test/setup.ts). */
export function loadDomPurify(): Promise<void> {
  loading ??= importDomPurify().then(
    (module) => {
      domPurify = module.purifyWithDomPurify;
    },
    (error: unknown) => {
      // The next page's request tries the chunk again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * `html` with only what CONFIG keeps, as a fragment; null for a body that parses into no body
 * at all (a <frameset>). Relative URLs resolve against `base`. `parseInert` makes the inert
 * document the native path starts from (trusted-html.ts, which owns the Trusted Types policy).
 */
export function purify(
  html: string,
  base: string,
  win: ContentWindow,
  parseInert: InertParser,
): DocumentFragment | null {
  if (hasNativeSanitizer(win)) return purifyNatively(html, base, win, parseInert);
  if (!domPurify) {
    throw new Error('the sanitiser has not loaded yet (purifierReady was not awaited)');
  }
  return domPurify(html, base, win, { config: CONFIG, finish: finishElement, isElement });
}
