import type { ContentWindow } from '../content-env';
import { toIsoDate } from '../iso-date';
import { lazyArticle, once } from '../article-body';
import { sanitizeArticleBody } from '../sanitize';
import { toPlainText } from '../text';
import { linkAsWritten, resolveHttpUrl } from '../urls';
import { article, type ItemResult, languageTag, skip, textToParagraphs } from './common';
import { rfc822ToIso } from './rss-date';
import { asLead, cleanBody, leadImage } from './rss-media';
import {
  ATOM,
  child,
  children,
  CONTENT,
  DC,
  FEEDBURNER,
  type Namespaces,
  RDF,
  textIn,
  XML,
} from './rss-xml';

/*
 * One RSS <item> or Atom <entry> as an Article, read the way real publishers write them:
 * localised RFC 822 dates, entity-escaped HTML or a whole HTML document in <description>,
 * FeedBurner's proxied links, authors as e-mail addresses, categories in every dialect. An
 * item that cannot be shown says why.
 */

/** What a feed says once for all its items. */
export interface RssFeedContext {
  readonly base: string;
  /** Atom's feed-level authors, for entries that name none (RFC 4287 §4.2.1). */
  readonly authors: readonly string[];
  /** The channel's <language> or dc:language, as written. */
  readonly language: string;
  /** The DOM that text is parsed and bodies sanitised with. */
  readonly win: ContentWindow;
}

/** An Article, or the reason the item cannot be one. */
export function itemToArticle(item: Element, feed: RssFeedContext): ItemResult {
  const { base, win } = feed;
  // An item's own fields share its namespace (none in RSS 2.0, Atom's in Atom, RSS 1.0's in
  // RDF), which keeps an RSS <link> apart from an <atom:link> beside it.
  const own = [item.namespaceURI];
  const atom = item.localName === 'entry';
  const title = textOf(child(item, own, 'title'), win);
  if (!title) return skip('it has no title');
  const written = linkOf(item, own, atom);
  if (!written) return skip(`"${title}" has no link`);
  const url = resolveHttpUrl(written, base);
  if (!url) return skip(`"${title}" has a link that is neither http(s) nor relative (${written})`);
  const id =
    textIn(item, own, 'guid') ||
    textIn(item, own, 'id') ||
    (item.getAttributeNS(RDF, 'about') ?? '').trim() ||
    url;

  const full =
    htmlOf(child(item, CONTENT, 'encoded'), win) ||
    htmlOf(atom ? child(item, own, 'content') : null, win);
  const short = htmlOf(child(item, own, atom ? 'summary' : 'description'), win);
  const tags = tagsOf(item, own, atom, win);
  const authors = authorsOf(item, win);
  // The body is read (and its first picture found) only when the article is shown; what the
  // closures keep is text, not the feed's XML document.
  const raw = full || short;
  const cleaned = once(() => cleanBody(raw, url, win));
  const named = leadImage(item, own, atom, base, win);
  const lead = named ?? (() => asLead(cleaned().image));
  const body = () => {
    const shown = typeof lead === 'function' ? lead() : lead;
    return sanitizeArticleBody(cleaned().html, url, win, { lead: shown?.src ?? null });
  };
  const fields = {
    id,
    url,
    link: linkAsWritten(written, url),
    title,
    summary: full && short ? excerpt(toPlainText(short, win)) : null,
    published: firstDate(
      child(item, own, 'pubDate'),
      child(item, own, 'published'),
      child(item, DC, 'date'),
      child(item, DC, 'issued'),
      child(item, own, 'updated'),
    ),
    modified: firstDate(child(item, own, 'updated'), child(item, DC, 'modified')),
    authors: authors.length > 0 ? authors : feed.authors,
    tags,
    section: tags[0] ?? null,
    gallery: [],
    language: languageTag(textIn(item, DC, 'language') || xmlLang(item) || feed.language),
  };
  return article(lazyArticle(fields, lead, body, win));
}

/** Atom's xml:lang, said on the entry or inherited from the element around it. */
function xmlLang(item: Element): string {
  for (let node: Element | null = item; node; node = node.parentElement) {
    const lang = node.getAttributeNS(XML, 'lang');
    if (lang !== null) return lang.trim();
  }
  return '';
}

/** The item's link as written: FeedBurner's original beats its proxy. */
function linkOf(item: Element, own: Namespaces, atom: boolean): string {
  const original = textIn(item, FEEDBURNER, 'origLink');
  if (original) return original;
  if (atom) {
    const links = children(item, own, 'link').filter((link) => link.hasAttribute('href'));
    // RFC 4287 §4.2.7.2: a link without rel is an alternate.
    const alternate = links.find(
      (link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate',
    );
    return (alternate ?? links[0])?.getAttribute('href')?.trim() ?? '';
  }
  const link = textIn(item, own, 'link');
  if (link) return link;
  // RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false".
  const guid = child(item, own, 'guid');
  const permalink = guid?.getAttribute('isPermaLink') !== 'false' ? textIn(item, own, 'guid') : '';
  return /^https?:\/\//i.test(permalink) ? permalink : '';
}

/** Plain text of a title. Atom says which it is (RFC 4287 §3.1); in RSS it may be HTML. */
export function textOf(element: Element | null, win: ContentWindow): string {
  if (!element) return '';
  const text = element.textContent;
  if (element.namespaceURI === ATOM && element.getAttribute('type') !== 'html') {
    return text.replace(/\s+/g, ' ').trim();
  }
  return toPlainText(text, win);
}

/** The HTML of a body or summary (not yet sanitised). */
function htmlOf(element: Element | null, win: ContentWindow): string {
  if (!element) return '';
  const text = element.textContent;
  if (element.namespaceURI !== ATOM) return text.trim();
  if (element.hasAttribute('src')) return ''; // RFC 4287 §4.1.3.2: the content is elsewhere
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return text.trim();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = Array.from(element.children).find((node) => node.localName === 'div') ?? element;
    const serializer = new win.XMLSerializer();
    return Array.from(div.childNodes, (node) => serializer.serializeToString(node)).join('');
  }
  if (type !== 'text' && !type.startsWith('text/')) return ''; // base64 media: nothing to read
  return textToParagraphs(text);
}

/** A summary short enough for a teaser: about 300 characters, cut at a word. */
function excerpt(text: string, max = 300): string | null {
  if (!text) return null;
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function firstDate(...elements: (Element | null)[]): string | null {
  for (const element of elements) {
    const text = element?.textContent;
    const date = rfc822ToIso(text) ?? toIsoDate(text);
    if (date) return date;
  }
  return null;
}

/** Names from <author> (RSS, Atom) and dc:creator, never an e-mail address alone. */
export function authorsOf(item: Element, win: ContentWindow): string[] {
  const elements = [
    ...children(item, [item.namespaceURI], 'author'),
    ...children(item, DC, 'creator'),
  ];
  const names = elements.map((element) => {
    // Atom's <author><name>, and RSS feeds that borrowed it.
    const name = Array.from(element.children).find((node) => node.localName === 'name');
    const raw = (name ?? element).textContent.replace(/\s+/g, ' ').trim();
    // RSS 2.0 asks for "jo@example.com (Jo Bloggs)"; "Jo Bloggs <jo@example.com>" is common.
    const named =
      /^\S+@\S+\s*\((.+)\)$/.exec(raw)?.[1] ??
      /^(.+?)\s*<[^<>\s]+@[^<>\s]+>$/.exec(raw)?.[1] ??
      raw;
    const plain = toPlainText(named, win);
    return /^(mailto:)?[^\s@]+@[^\s@]+$/i.test(plain) ? '' : plain;
  });
  return unique(names);
}

function tagsOf(item: Element, own: Namespaces, atom: boolean, win: ContentWindow): string[] {
  // Macworld wraps its categories in a non-standard <categories>.
  const holders = [item, ...children(item, own, 'categories')];
  const names = holders.flatMap((holder) =>
    children(holder, own, 'category').map((category) => {
      if (!atom) return category.textContent;
      const label = category.getAttribute('label') ?? category.getAttribute('term') ?? '';
      // Blogger's kind#post terms are URIs, not subjects.
      return /^https?:\/\//i.test(label) ? '' : label;
    }),
  );
  const subjects = children(item, DC, 'subject').map((subject) => subject.textContent);
  // Some CMSs escape a quote PHP-style: "angie\'s list".
  return unique(
    [...names, ...subjects].map((name) => toPlainText(name.replace(/\\(['"])/g, '$1'), win)),
  );
}

/** Without blanks and repeats (whatever their case); the first spelling wins. */
function unique(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}
