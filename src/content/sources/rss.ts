import type { Article, ArticleImage, FeedPage } from '../article';
import { rfc822ToIso, toIsoDate } from '../dates';
import { FeedError } from '../feed-error';
import { fetchDocument } from '../fetch-document';
import { sanitizeArticleHtml } from '../sanitize';
import { toPlainText } from '../text';
import { resolveHttpUrl } from '../urls';

/*
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 (RFC 4287), read the way real publishers write them:
 * blank lines before the XML declaration, Latin-1 with no declaration, localised RFC 822
 * dates, entity-escaped HTML or a whole HTML document in <description>, FeedBurner proxies
 * and pixels, pictures in media:content, enclosures or a non-standard item <image>. An item
 * that cannot be shown is skipped with a warning; a document that is not a feed is an error.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const CONTENT = ['http://purl.org/rss/1.0/modules/content/'];
const DC = ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/'];
// Both spellings are in the wild; the spec's has the slash.
const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
const FEEDBURNER = ['http://rssnamespace.org/feedburner/ext/1.0'];
// Firefox (and jsdom) answer a broken document with this root; Chrome and Safari insert an
// XHTML <parsererror> into what they could read.
const PARSE_ERROR_NAMESPACES = [
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
  'http://www.w3.org/1999/xhtml',
];

type Namespaces = readonly (string | null)[];

/** A picture found in the item, before it becomes an ArticleImage. */
interface Picture {
  readonly src: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly caption?: string;
  readonly credit?: string;
}

export const RSS_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** Fetches and reads one page of an RSS or Atom feed. */
export async function fetchRssPage(url: string, signal?: AbortSignal): Promise<FeedPage> {
  const document = await fetchDocument(url, RSS_ACCEPT, signal);
  const text = decodeFeedBytes(document.bytes, document.headers.get('content-type'));
  return parseRss(text, document.url);
}

/**
 * The text of an XML feed. The declaration's encoding wins over the Content-Type charset:
 * the CMS that wrote the bytes wrote the declaration, while a header's charset is often a
 * server default. Undeclared bytes that are not UTF-8 are read as windows-1252 (what
 * browsers do for ISO-8859-1): they are nearly always Latin-1 from an older CMS.
 */
export function decodeFeedBytes(
  input: ArrayBuffer | Uint8Array,
  contentType: string | null,
): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declared = knownEncoding(
    /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1],
  );
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const encoding = declared ?? knownEncoding(charset) ?? 'utf-8';
  if (encoding !== 'utf-8' || declared) return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The WHATWG name of a label TextDecoder knows, else undefined. */
function knownEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A declaration we could read as ASCII is not in UTF-16, whatever it says (as in HTML).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/** Reads the text of a feed document that was fetched from `documentUrl`. */
export function parseRss(xmlText: string, documentUrl: string): FeedPage {
  // An XML declaration must be the first thing in the document; publishers put blank lines
  // (and editors a byte-order mark) before it.
  const xml = new DOMParser().parseFromString(
    xmlText.replace(/^[\uFEFF\s]+/, ''),
    'application/xml',
  );
  const error = parseErrorOf(xml);
  if (error !== null) {
    throw new FeedError(
      'parse',
      documentUrl,
      `The feed at ${documentUrl} is not valid XML (${error}).`,
    );
  }
  const root = xml.documentElement;
  const channel = channelOf(root);
  if (!channel) {
    throw new FeedError(
      'format',
      documentUrl,
      `The feed at ${documentUrl} is not an RSS or Atom feed (its root is <${root.tagName}>).`,
    );
  }
  const own = [channel.namespaceURI];
  // RSS 1.0 puts its items beside the channel, RSS 2.0 inside it, Atom's entries in the feed.
  const items =
    root.localName === 'RDF'
      ? children(root, own, 'item')
      : children(channel, own, channel === root ? 'entry' : 'item');
  const feedAuthors = root.localName === 'feed' ? authorsOf(root) : [];

  const warnings: string[] = [];
  const articles: Article[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    let result = toArticle(item, documentUrl, feedAuthors);
    if (typeof result !== 'string' && seen.has(result.id)) {
      result = `"${result.title}" repeats the id ${result.id}`;
    }
    if (typeof result === 'string') {
      warnings.push(`Skipped item ${index + 1} of ${documentUrl}: ${result}.`);
    } else {
      seen.add(result.id);
      articles.push(result);
    }
  });
  // RFC 5005 paging: <atom:link rel="next"> in an RSS channel, <link rel="next"> in Atom.
  const next = children(channel, [ATOM, ...own], 'link').find(
    (link) => link.getAttribute('rel') === 'next',
  );
  return {
    articles,
    next: resolveHttpUrl(next?.getAttribute('href'), documentUrl),
    siteTitle: textOf(child(channel, own, 'title')) || null,
    warnings,
  };
}

function parseErrorOf(xml: Document): string | null {
  for (const namespace of PARSE_ERROR_NAMESPACES) {
    const error = xml.getElementsByTagNameNS(namespace, 'parsererror')[0];
    if (!error) continue;
    // Chrome wraps the message in headings; its <div> holds the message itself.
    const message = (error.querySelector('div') ?? error).textContent.replace(/\s+/g, ' ').trim();
    return message.slice(0, 200) || 'unreadable';
  }
  return null;
}

/** The element that holds the feed's title and items, or null when this is not a feed. */
function channelOf(root: Element): Element | null {
  if (root.localName === 'feed') return root;
  if (root.localName === 'rss') return child(root, [root.namespaceURI], 'channel');
  if (root.localName === 'RDF' && root.namespaceURI === RDF) {
    return Array.from(root.children).find((element) => element.localName === 'channel') ?? null;
  }
  return null;
}

/** An Article, or the reason the item cannot be one. */
function toArticle(item: Element, base: string, feedAuthors: readonly string[]): Article | string {
  // An item's own fields share its namespace (none in RSS 2.0, Atom's in Atom, RSS 1.0's in
  // RDF), which keeps an RSS <link> apart from an <atom:link> beside it.
  const own = [item.namespaceURI];
  const atom = item.localName === 'entry';
  const title = textOf(child(item, own, 'title'));
  if (!title) return 'it has no title';
  const written = linkOf(item, own, atom);
  if (!written) return `"${title}" has no link`;
  const url = resolveHttpUrl(written, base);
  if (!url) return `"${title}" has a link that is neither http(s) nor relative (${written})`;
  const id =
    textIn(item, own, 'guid') ||
    textIn(item, own, 'id') ||
    (item.getAttributeNS(RDF, 'about') ?? '').trim() ||
    url;

  const full =
    htmlOf(child(item, CONTENT, 'encoded')) || htmlOf(atom ? child(item, own, 'content') : null);
  const short = htmlOf(child(item, own, atom ? 'summary' : 'description'));
  const body = cleanBody(full || short, url);
  const tags = tagsOf(item, own, atom);
  const authors = authorsOf(item);

  // Typed here, not by the union return type (whose string side has a deprecated .link()).
  const article: Article = {
    id,
    url,
    link: pageLink(written, url),
    title,
    summary: full && short ? excerpt(toPlainText(short)) : null,
    contentHtml: sanitizeArticleHtml(body.html, url),
    published: firstDate(
      child(item, own, 'pubDate'),
      child(item, own, 'published'),
      child(item, DC, 'date'),
      child(item, DC, 'issued'),
      child(item, own, 'updated'),
    ),
    modified: firstDate(child(item, own, 'updated'), child(item, DC, 'modified')),
    authors: authors.length > 0 ? authors : feedAuthors,
    tags,
    section: tags[0] ?? null,
    image: leadImage(item, own, atom, base, body.image),
    gallery: [],
  };
  return article;
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

/** Absolute and root-relative URLs as written; one relative to the feed, resolved. */
function pageLink(written: string, resolved: string): string {
  const rootRelative = written.startsWith('/') && !written.startsWith('//');
  return rootRelative || /^https?:\/\//i.test(written) ? written : resolved;
}

/** Plain text of a title. Atom says which it is (RFC 4287 §3.1); in RSS it may be HTML. */
function textOf(element: Element | null): string {
  if (!element) return '';
  const text = element.textContent;
  if (element.namespaceURI === ATOM && element.getAttribute('type') !== 'html') {
    return text.replace(/\s+/g, ' ').trim();
  }
  return toPlainText(text);
}

/** The HTML of a body or summary (not yet sanitised). */
function htmlOf(element: Element | null): string {
  if (!element) return '';
  const text = element.textContent;
  if (element.namespaceURI !== ATOM) return text.trim();
  if (element.hasAttribute('src')) return ''; // RFC 4287 §4.1.3.2: the content is elsewhere
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return text.trim();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = Array.from(element.children).find((node) => node.localName === 'div') ?? element;
    const serializer = new XMLSerializer();
    return Array.from(div.childNodes, (node) => serializer.serializeToString(node)).join('');
  }
  if (type !== 'text' && !type.startsWith('text/')) return ''; // base64 media: nothing to read
  // Plain text becomes paragraphs, escaped, never parsed as HTML.
  const escape = (block: string) =>
    block.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim())
    .map((block) => `<p>${escape(block)}</p>`)
    .join('');
}

/**
 * A body without FeedBurner's 1×1 pixels and share buttons, and with a whole HTML document
 * reduced to its <body>. This runs before sanitising, on an inert DOMParser document (nothing
 * in it loads or runs), because the marks that identify the junk (a class, a size, an
 * address) are partly what the sanitiser strips; the sanitiser stays the last word.
 */
function cleanBody(html: string, articleUrl: string): { html: string; image: Picture | null } {
  if (!html) return { html: '', image: null };
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const junk of body.querySelectorAll('.feedflare, a[href*="//feedads.g.doubleclick.net/"]')) {
    junk.remove();
  }
  for (const img of body.querySelectorAll('img')) {
    if (isTrackingPixel(img)) img.remove();
  }
  const image =
    Array.from(body.querySelectorAll('img'), (img) =>
      picture(img.getAttribute('src'), articleUrl, img),
    ).find((found) => found !== null) ?? null;
  return { html: body.innerHTML, image };
}

function isTrackingPixel(img: Element): boolean {
  const tiny = (name: string) => /^\s*[01](px)?\s*$/.test(img.getAttribute(name) ?? '');
  // FeedBurner's pixel: feeds.feedburner.com/~r/<feed>/~4/<item>, also on custom domains.
  return tiny('width') || tiny('height') || /\/~r\/[^/]+\/~4\//.test(img.getAttribute('src') ?? '');
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
function authorsOf(item: Element): string[] {
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
    const plain = toPlainText(named);
    return /^(mailto:)?[^\s@]+@[^\s@]+$/i.test(plain) ? '' : plain;
  });
  return unique(names);
}

function tagsOf(item: Element, own: Namespaces, atom: boolean): string[] {
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
    [...names, ...subjects].map((name) => toPlainText(name.replace(/\\(['"])/g, '$1'))),
  );
}

/**
 * The lead picture: Media RSS (the largest of several, as a feed often gives one picture at
 * several widths), an image enclosure, a non-standard item <image>, else the body's first
 * <img>. Author avatars are never the lead.
 */
function leadImage(
  item: Element,
  own: Namespaces,
  atom: boolean,
  base: string,
  fromBody: Picture | null,
): ArticleImage | null {
  const holders = [item, ...children(item, MEDIA, 'group')];
  const contents = holders.flatMap((holder) => children(holder, MEDIA, 'content'));
  const thumbnails = [...holders, ...contents].flatMap((holder) =>
    children(holder, MEDIA, 'thumbnail'),
  );
  const media = [...contents.filter(isImageMedia), ...thumbnails]
    .map((element) => picture(element.getAttribute('url'), base, element))
    .filter((found) => found !== null);
  const largest = media.reduce<Picture | null>(
    (best, found) => (!best || (found.width ?? 0) > (best.width ?? 0) ? found : best),
    null,
  );

  const enclosure = children(item, own, atom ? 'link' : 'enclosure').find(
    (element) =>
      (!atom || element.getAttribute('rel') === 'enclosure') &&
      /^image\//i.test(element.getAttribute('type') ?? ''),
  );
  const itemImage = atom ? null : child(item, own, 'image');
  const chosen =
    largest ??
    picture(enclosure?.getAttribute(atom ? 'href' : 'url'), base) ??
    (itemImage &&
      picture(
        itemImage.children.length > 0 ? textIn(itemImage, own, 'url') : itemImage.textContent,
        base,
        { width: textIn(itemImage, own, 'width'), height: textIn(itemImage, own, 'height') },
      )) ??
    fromBody;
  if (!chosen) return null;
  return {
    src: chosen.src,
    width: chosen.width,
    height: chosen.height,
    alt: '',
    caption: chosen.caption ?? '',
    credit: chosen.credit ?? '',
  };
}

function isImageMedia(element: Element): boolean {
  const medium = element.getAttribute('medium');
  if (medium) return medium.toLowerCase() === 'image';
  const type = element.getAttribute('type');
  if (type) return /^image\//i.test(type);
  // Neither said (the Guardian's): a picture unless the address names a sound or a film.
  return !/\.(mp3|m4a|aac|oga|ogg|wav|mp4|m4v|mov|webm|pdf)(\?|#|$)/i.test(
    element.getAttribute('url') ?? '',
  );
}

/** A picture at `value` (not an avatar), its size and, from Media RSS, its caption and credit. */
function picture(
  value: string | null | undefined,
  base: string,
  size?: Element | { width: string; height: string },
): Picture | null {
  const src = resolveHttpUrl(value, base);
  if (!src || /(^|\.)gravatar\.com$/i.test(new URL(src).hostname)) return null;
  const dimension = (name: 'width' | 'height') => {
    const text = size instanceof Element ? size.getAttribute(name) : size?.[name];
    const number = Number.parseInt(text ?? '', 10);
    return number > 0 ? number : null;
  };
  const mediaText = (name: string) => {
    if (!(size instanceof Element)) return '';
    // Media RSS: on the picture itself, or on the media:group that holds it.
    const group = size.parentElement;
    const holders = group?.localName === 'group' ? [size, group] : [size];
    const found = holders.map((holder) => child(holder, MEDIA, name)).find(Boolean);
    return found ? toPlainText(found.textContent) : '';
  };
  return {
    src,
    width: dimension('width'),
    height: dimension('height'),
    caption: mediaText('description'),
    credit: mediaText('credit'),
  };
}

function children(parent: Element, namespaces: Namespaces, name: string): Element[] {
  return Array.from(parent.children).filter(
    (element) => element.localName === name && namespaces.includes(element.namespaceURI),
  );
}

function child(parent: Element, namespaces: Namespaces, name: string): Element | null {
  return children(parent, namespaces, name)[0] ?? null;
}

function textIn(parent: Element, namespaces: Namespaces, name: string): string {
  return child(parent, namespaces, name)?.textContent.trim() ?? '';
}

/** Without blanks and repeats (whatever their case); the first spelling wins. */
function unique(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}
