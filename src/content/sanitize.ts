/*
 * Article bodies from someone else's CMS, made safe: what survives is listed in
 * sanitize-config.ts, and sanitize-finish.ts finishes each kept element (URLs, links, images,
 * embeds). See docs/decisions/0003-sanitising-article-html.md.
 */
import type { ContentWindow } from './content-env';
import { dropRepeatedLead } from './lead-picture';
import { purify } from './purifier';
import { finishIframe, finishMedia, MEDIA_SELECTOR } from './sanitize-finish';
import {
  BODY_TITLE_LEVEL,
  idPrefix,
  relinkFragments,
  retitleHeadings,
  shapeHeadings,
  type TitleLevel,
} from './sanitize-structure';
import { parseInert, serialise, trustSanitised, type HtmlValue } from './trusted-html';

export interface SanitiseOptions {
  /** The article's lead picture (its absolute src): the body's copy of it is left out. */
  readonly lead?: string | null;
}

/**
 * Changes made after the sanitiser's walk, never during it: the body's headings sit below an h2
 * title (retitledBody moves them under an h1), an iframe from elsewhere becomes a link, embeds load over https, in-page
 * links keep their targets, and the lead picture is not shown twice.
 */
function restructure(
  fragment: DocumentFragment,
  base: string,
  options: SanitiseOptions,
  warnings: string[],
): void {
  shapeHeadings(fragment, BODY_TITLE_LEVEL);
  for (const frame of Array.from(fragment.querySelectorAll('iframe'))) {
    finishIframe(frame, warnings);
  }
  for (const media of Array.from(fragment.querySelectorAll(MEDIA_SELECTOR))) {
    finishMedia(media, warnings);
  }
  relinkFragments(fragment, idPrefix(base));
  if (options.lead) dropRepeatedLead(fragment, options.lead);
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
  /** The same two, ready for an HTML sink (TrustedHTML where the browser has Trusted Types). */
  readonly trusted: { readonly html: HtmlValue; readonly firstParagraph: HtmlValue | null };
  /** What was dropped and why, for the console. */
  readonly warnings: readonly string[];
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
  options: SanitiseOptions = {},
): SanitisedBody {
  const fragment = purify(html, base, win, (text) => parseInert(text, 'text/html', win));
  // A body that is a <frameset> parses into no body at all: there is nothing to keep.
  if (!fragment) return bodyOf('', null, win, []);
  const warnings: string[] = [];
  restructure(fragment, base, options, warnings);
  const first = fragment.querySelector('p');
  const firstParagraph = first ? first.outerHTML : null;
  return bodyOf(serialise(fragment, win), firstParagraph, win, warnings);
}

function bodyOf(
  html: string,
  firstParagraph: string | null,
  win: ContentWindow,
  warnings: readonly string[],
): SanitisedBody {
  return {
    html,
    firstParagraph,
    warnings,
    trusted: {
      html: trustSanitised(html, win),
      firstParagraph: firstParagraph === null ? null : trustSanitised(firstParagraph, win),
    },
  };
}

/**
 * A sanitised body for an article whose title is at `titleLevel`, not the h2 it was made for:
 * only its headings' levels change (retitleHeadings), so it stays as trusted as it was.
 */
export function retitledBody(
  body: SanitisedBody,
  titleLevel: TitleLevel,
  win: ContentWindow,
): SanitisedBody['trusted'] {
  const html = retitleHeadings(body.html, titleLevel);
  if (html === body.html) return body.trusted;
  return { html: trustSanitised(html, win), firstParagraph: body.trusted.firstParagraph };
}

/** The sanitised HTML of an article body (see sanitizeArticleBody). */
export function sanitizeArticleHtml(
  html: string,
  base: string,
  win: ContentWindow = window,
): string {
  return sanitizeArticleBody(html, base, win).html;
}
