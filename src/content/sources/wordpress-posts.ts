import * as v from 'valibot';
import type { ArticleImage } from '../article';
import type { ContentWindow } from '../content-env';
import { toIsoDate } from '../iso-date';
import { lazyArticle } from '../article-body';
import { isIconOrPixel } from '../lead-picture';
import { sanitizeArticleBody } from '../sanitize';
import { collapseSpace, inertDocument, toPlainText } from '../text';
import { linkAsWritten, resolveHttpUrl } from '../urls';
import { article, type ItemResult, languageTag, positiveSize, skip } from './common';
import { prepareBody } from './wordpress-body';
import { AuthorSchema, MediaSchema, renderedOf, TermSchema, type Post } from './wordpress-schema';

/*
 * One WordPress post as an Article, read the way real sites serve it: `_embedded` authors,
 * featured media and terms when `_embed` was honoured (and none when a cache or a static
 * mirror dropped it), entity-encoded titles, relative links from static exports, excerpts
 * with the theme's "Continue reading" tail. A post that cannot be shown says why.
 */

/** An Article, or the reason the post cannot be one. */
export function postToArticle(
  post: Post,
  base: string,
  language: string | null,
  win: ContentWindow,
): ItemResult {
  const title = plain(renderedOf(post.title), win);
  if (!title) return skip('it has no title');
  if (post.status !== undefined && post.status !== 'publish') {
    return skip(`"${title}" is not published (status ${post.status})`);
  }
  if (typeof post.content === 'object' && post.content.protected === true) {
    // Without the password the API sends an empty body: an article with nothing to read.
    return skip(`"${title}" is password-protected`);
  }
  const written = post.link?.trim() ?? '';
  if (!written) return skip(`"${title}" has no link`);
  const url = resolveHttpUrl(written, base);
  if (!url) return skip(`"${title}" has a link that is neither http(s) nor relative (${written})`);

  const { html, gallery } = prepareBody(renderedOf(post.content) ?? '', url, win);
  const terms = termsOf(post._embedded?.['wp:term'], win);
  const tags = [...new Set([...terms.categories, ...terms.tags])];
  const featured = featuredImage(post._embedded?.['wp:featuredmedia']?.[0], base, win);
  const image = featured && !isIconOrPixel(featured) ? featured : null;
  const fields = {
    id: post.id === undefined || post.id === '' ? url : String(post.id),
    url,
    link: linkAsWritten(written, url),
    title,
    summary: summaryOf(renderedOf(post.excerpt), win),
    // date_gmt is UTC without a zone; `date` is the site's local time, read as UTC when it is
    // all there is (a draft's date_gmt is null), which is off by the site's offset at worst.
    published: toIsoDate(post.date_gmt) ?? toIsoDate(post.date),
    modified: toIsoDate(post.modified_gmt) ?? toIsoDate(post.modified),
    authors: namesOf(post._embedded?.author, win),
    tags,
    section: terms.categories[0] ?? tags[0] ?? null,
    gallery,
    language: languageTag(post.lang) ?? language,
  };
  const body = () => sanitizeArticleBody(html, url, win, { lead: image?.src ?? null });
  return article(lazyArticle(fields, image, body, win));
}

function plain(html: string | undefined, win: ContentWindow): string {
  return html ? toPlainText(html, win) : '';
}

/**
 * The excerpt without the tail WordPress or the theme appends to a cut one: "[…]" (from
 * `excerpt_more`) or a "Continue reading" link; the reader offers its own "Read more".
 */
function summaryOf(html: string | undefined, win: ContentWindow): string | null {
  if (!html) return null;
  const doc = inertDocument(html, win);
  for (const more of Array.from(doc.body.querySelectorAll('a.more-link, .more-link')))
    more.remove();
  const text = collapseSpace(doc.body.textContent)
    .replace(/\s*\[\s*(?:…|\.\.\.)\s*\]$/, '')
    .replace(/\s*(?:…\s*)?Continue reading\b[^.!?]*$/, '')
    .trim();
  return text || null;
}

function namesOf(authors: readonly unknown[] | undefined, win: ContentWindow): string[] {
  const names = (authors ?? []).map((raw) => {
    // An author the API may not show arrives as an error object without a name.
    const author = v.safeParse(AuthorSchema, raw);
    return author.success ? plain(author.output.name, win) : '';
  });
  return [...new Set(names.filter(Boolean))];
}

/**
 * `_embedded['wp:term']` holds one list per taxonomy (categories, tags, then any custom ones).
 * Only categories and tags are kept: a custom taxonomy is a site's own plumbing, not a label.
 */
function termsOf(
  groups: readonly unknown[] | undefined,
  win: ContentWindow,
): { categories: string[]; tags: string[] } {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const raw of (groups ?? []).flat()) {
    const term = v.safeParse(TermSchema, raw);
    if (!term.success) continue;
    const name = plain(term.output.name, win);
    // WordPress files every post without a category under this default, named in the site's
    // language ("Uncategorized", "未分類") but always with this slug: not a section.
    if (!name || term.output.slug === 'uncategorized') continue;
    if (term.output.taxonomy === 'category') categories.push(name);
    else if (term.output.taxonomy === 'post_tag') tags.push(name);
  }
  return { categories: [...new Set(categories)], tags: [...new Set(tags)] };
}

/** The featured image in a size fit for an article's width: large, else the next best. */
function featuredImage(raw: unknown, base: string, win: ContentWindow): ArticleImage | null {
  const media = v.safeParse(MediaSchema, raw);
  if (!media.success) return null;
  const details = media.output.media_details;
  const sizes = details?.sizes;
  const size = [sizes?.large, sizes?.medium_large, sizes?.full].find((candidate) =>
    resolveHttpUrl(candidate?.source_url, base),
  );
  const chosen = size ?? {
    source_url: media.output.source_url,
    width: details?.width,
    height: details?.height,
  };
  const src = resolveHttpUrl(chosen.source_url, base);
  if (!src) return null;
  return {
    src,
    width: positiveSize(chosen.width),
    height: positiveSize(chosen.height),
    alt: plain(media.output.alt_text, win),
    caption: plain(renderedOf(media.output.caption), win),
    credit: plain(details?.image_meta?.credit, win),
  };
}
