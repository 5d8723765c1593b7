import type { ContentWindow } from './content-env';
import { purify } from './purifier';
import { finishIframe, finishMedia, MEDIA_SELECTOR } from './sanitize-finish';

/*
 * Trusted Types (contract section 9, docs/decisions/0065-trusted-types.md). On a page that
 * sends `require-trusted-types-for 'script'; trusted-types article-reader dompurify`, every
 * HTML sink takes a TrustedHTML, and the reader makes them with one policy, `article-reader`:
 * - what reaches the live DOM is sanitised: the sanitiser's own output is wrapped as it is
 *   (it says so with SANITISED, which only sanitize.ts passes), and any other string (an
 *   article from the server's hydration data, a test's) is sanitised again first;
 * - DOMParser, which builds inert documents (nothing in them runs or loads), is a sink too,
 *   even for XML: parseInert gives it the feed's text under INERT, and that TrustedHTML never
 *   leaves the function. DOMPurify does the same with its own `dompurify` policy.
 * Where Trusted Types are not supported (jsdom, older browsers) all of it is plain strings.
 */

/** React takes either in dangerouslySetInnerHTML. */
export type HtmlValue = TrustedHTML | string;

interface Policy {
  createHTML(input: string, intent?: symbol): TrustedHTML;
}
interface PolicyFactory {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string, intent?: symbol) => string },
  ): Policy;
}

const POLICY_NAME = 'article-reader';
const SANITISED = Symbol('sanitised');
const INERT = Symbol('inert');

const policies = new WeakMap<ContentWindow, Policy | null>();

function policyOf(win: ContentWindow): Policy | null {
  if (policies.has(win)) return policies.get(win) ?? null;
  let policy: Policy | null = null;
  const factory = (win as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createHTML: (input, intent) => {
          if (intent === SANITISED || intent === INERT) return input;
          return resanitise(input, win);
        },
      });
    } catch (error) {
      // The page's trusted-types directive does not name our policy, or a second copy of the
      // reader made it first: HTML then goes in as strings, which such a page refuses.
      console.warn(
        `[article-reader] Could not create the Trusted Types policy "${POLICY_NAME}" (${String(error)}); add it to the page's trusted-types directive.`,
      );
    }
  }
  policies.set(win, policy);
  return policy;
}

/**
 * HTML that may have been sanitised elsewhere (the server's), sanitised again without
 * reshaping it: DOMPurify with our config and hook, and the embed rules that add what the
 * config itself would strip (an iframe's sandbox). Sanitised HTML comes out as it went in.
 */
function resanitise(html: string, win: ContentWindow): string {
  const fragment = purify(html, win.document.baseURI, win, (text) =>
    parseInert(text, 'text/html', win),
  );
  if (!fragment) return '';
  const ignored: string[] = [];
  for (const frame of Array.from(fragment.querySelectorAll('iframe'))) finishIframe(frame, ignored);
  for (const media of Array.from(fragment.querySelectorAll(MEDIA_SELECTOR))) {
    finishMedia(media, ignored);
  }
  return serialise(fragment, win);
}

/** A fragment's HTML (innerHTML is read here, never written). */
export function serialise(fragment: DocumentFragment, win: ContentWindow): string {
  const container = win.document.createElement('div');
  container.appendChild(fragment);
  return container.innerHTML;
}

/**
 * The sanitiser's own output, ready for a sink. Only sanitize.ts calls this, and
 * article-body.ts for the server's hydration data (the same sanitiser's output, see there).
 */
export function trustSanitised(html: string, win: ContentWindow): HtmlValue {
  const policy = policyOf(win);
  return policy ? policy.createHTML(html, SANITISED) : html;
}

/**
 * HTML of unknown origin, ready for a sink: under Trusted Types it is sanitised on the way
 * (the shape-keeping pass: DOMPurify with our config and hook, which leaves sanitised HTML as
 * it is); without them it is passed through, as it was before.
 */
export function trustedHtml(html: string, win: ContentWindow): HtmlValue {
  const policy = policyOf(win);
  return policy ? policy.createHTML(html) : html;
}

/** An inert document of `text` (a feed, or HTML read before sanitising). */
export function parseInert(
  text: string,
  type: DOMParserSupportedType,
  win: ContentWindow,
): Document {
  const policy = policyOf(win);
  const input = policy ? policy.createHTML(text, INERT) : text;
  // lib.dom's signature predates Trusted Types; DOMParser takes a TrustedHTML where it exists.
  return new win.DOMParser().parseFromString(input as unknown as string, type);
}
