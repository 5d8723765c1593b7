import type { Article, ArticleImage, FeedPage } from './article';
import type { ContentWindow } from './content-env';
import { retitledBody, sanitizeArticleBody, type SanitisedBody } from './sanitize';
import { BODY_TITLE_LEVEL, retitleHeadings, type TitleLevel } from './sanitize-structure';
import { trustedHtml, trustSanitised, type HtmlValue } from './trusted-html';

/*
 * Bodies are sanitised when an article is about to be shown, not when its page arrives
 * (docs/decisions/0066-lazy-sanitising.md): a 5,000-item page costs what reading 5,000 titles
 * costs, and the body of an article nobody reaches is never sanitised. An Article's
 * `contentHtml` and `firstParagraphHtml` are memoised getters: read once, sanitised once, the
 * same string ever after (and in JSON, so the server's hydration data still carries them).
 */

/** Everything of an Article but what is computed from its body. */
export type ArticleFields = Omit<Article, 'contentHtml' | 'firstParagraphHtml' | 'image'>;

/** An article's HTML, ready for a sink: the same objects on every call (React compares them). */
export interface ArticleHtml {
  readonly html: HtmlValue;
  readonly firstParagraph: HtmlValue | null;
}

const lazyBodies = new WeakMap<
  Article,
  { readonly body: () => SanitisedBody; readonly win: ContentWindow }
>();
/** Per article, per title level: the level is part of the HTML (its headings sit below it). */
const sinkReady = new WeakMap<Article, Partial<Record<TitleLevel, ArticleHtml>>>();
/** Articles of the server's hydration data (see trustHydrationData). */
const sanitisedByServer = new WeakSet<Article>();

/**
 * `compute`, run on the first call only. It is let go once it has run, with whatever it holds
 * (a body's raw item HTML, kept until then to sanitise it): a long session keeps each article
 * read once, as sanitised, not twice (issue 7.5's JS heap).
 */
export function once<T>(compute: () => T): () => T {
  let pending: (() => T) | null = compute;
  let value: T | undefined;
  return () => {
    if (pending) {
      value = pending();
      pending = null;
    }
    return value as T;
  };
}

/**
 * An Article whose body is sanitised on first read. `image` may be a function when the lead
 * picture comes from the body (RSS), which is then read at that moment too. A body that
 * cannot be sanitised costs that body, with a warning; the article keeps its title and link.
 */
export function lazyArticle(
  fields: ArticleFields,
  image: ArticleImage | null | (() => ArticleImage | null),
  sanitise: () => SanitisedBody,
  win: ContentWindow,
): Article {
  const lead = typeof image === 'function' ? once(image) : () => image;
  const body = once(guarded(sanitise, fields, win));
  const made: Article = {
    ...fields,
    get image() {
      return lead();
    },
    get contentHtml() {
      return body().html;
    },
    get firstParagraphHtml() {
      return body().firstParagraph;
    },
  };
  lazyBodies.set(made, { body, win });
  return made;
}

/**
 * `sanitise`, warning instead of throwing. Made outside lazyArticle on purpose: a closure
 * there would keep `sanitise` (and through it the raw item) in the scope its getters share,
 * after `once` has let it go.
 */
function guarded(
  sanitise: () => SanitisedBody,
  fields: Pick<ArticleFields, 'title' | 'url'>,
  win: ContentWindow,
): () => SanitisedBody {
  return () => {
    try {
      const sanitised = sanitise();
      for (const warning of sanitised.warnings) console.warn(`[article-reader] ${warning}`);
      return sanitised;
    } catch (error) {
      console.warn(
        `[article-reader] The body of “${fields.title}” could not be read (${error instanceof Error ? error.message : String(error)}); it is shown without it.`,
      );
      return sanitizeArticleBody('', fields.url, win);
    }
  };
}

/**
 * What an article view puts in its sinks, for a title at `titleLevel` (the body's headings
 * sit one level below it). A body the sanitiser made here is wrapped as it is; one that
 * arrived as a string (the server's hydration data, an article built by hand) goes through
 * the Trusted Types policy, which sanitises it again where the browser has them.
 */
export function articleHtml(
  article: Article,
  titleLevel: TitleLevel = BODY_TITLE_LEVEL,
  win?: ContentWindow,
): ArticleHtml {
  const known = sinkReady.get(article) ?? {};
  const made = known[titleLevel] ?? fromBody(article, titleLevel, win);
  if (!known[titleLevel]) sinkReady.set(article, { ...known, [titleLevel]: made });
  return made;
}

function fromBody(article: Article, titleLevel: TitleLevel, win: ContentWindow | undefined) {
  const lazy = lazyBodies.get(article);
  if (!lazy) return fromStrings(article, titleLevel, win);
  return retitledBody(lazy.body(), titleLevel, lazy.win);
}

function fromStrings(
  article: Article,
  titleLevel: TitleLevel,
  win: ContentWindow | undefined,
): ArticleHtml {
  const body = retitleHeadings(article.contentHtml, titleLevel);
  const first = article.firstParagraphHtml ?? null;
  // The server renders strings: it has no window and no Trusted Types.
  const page = win ?? (typeof window === 'undefined' ? null : window);
  if (!page) return { html: body, firstParagraph: first };
  const trust = sanitisedByServer.has(article) ? trustSanitised : trustedHtml;
  return {
    html: trust(body, page),
    firstParagraph: first === null ? null : trust(first, page),
  };
}

/**
 * The articles of a page our own server rendered, from the data it sent beside the markup
 * (src/app/hydration.ts): their HTML is the same sanitiser's output that the server put in
 * that markup, so it is trusted as the markup is, not sanitised a second time
 * (docs/decisions/0082-hydration-html-trusted-as-the-markup.md).
 */
export function trustHydrationData(pages: readonly FeedPage[]): void {
  for (const page of pages) for (const article of page.articles) sanitisedByServer.add(article);
}
