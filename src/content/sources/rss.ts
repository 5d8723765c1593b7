import type { FeedPage } from '../article';
import type { ContentWindow } from '../content-env';
import { FeedError } from '../feed-error';
import { feedPageFetcher } from '../fetch-document';
import { parseInert } from '../trusted-html';
import { resolveHttpUrl } from '../urls';
import { readItems } from './common';
import { decodeFeedBytes } from './rss-decode';
import { authorsOf, itemToArticle, textOf } from './rss-item';
import { ATOM, child, children, DC, RDF, textIn } from './rss-xml';

/*
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 (RFC 4287) as a source: a feed is fetched, decoded
 * (rss-decode.ts), parsed, and its items read (rss-item.ts) into one page, with RFC 5005's
 * next link as the cursor. An item that cannot be shown is skipped with a warning; a document
 * that is not a feed is an error.
 */

// Firefox (and jsdom) answer a broken document with this root; Chrome and Safari insert an
// XHTML <parsererror> into what they could read.
const PARSE_ERROR_NAMESPACES = [
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
  'http://www.w3.org/1999/xhtml',
];

export const RSS_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** Fetches and reads one page of an RSS or Atom feed. */
export const fetchRssPage = feedPageFetcher(RSS_ACCEPT, (document, win) =>
  parseRss(
    decodeFeedBytes(document.bytes, document.headers.get('content-type')),
    document.url,
    win,
  ),
);

/** Reads the text of a feed document that was fetched from `documentUrl`. */
export function parseRss(
  xmlText: string,
  documentUrl: string,
  win: ContentWindow = window,
): FeedPage {
  // An XML declaration must be the first thing in the document; publishers put blank lines
  // (and editors a byte-order mark) before it.
  const xml = parseInert(xmlText.replace(/^[\uFEFF\s]+/, ''), 'application/xml', win);
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
  const feed = {
    base: documentUrl,
    authors: root.localName === 'feed' ? authorsOf(root, win) : [],
    // RSS 2.0's <language>, RSS 1.0's dc:language; Atom says it with xml:lang (rss-item.ts).
    language: textIn(channel, own, 'language') || textIn(channel, DC, 'language'),
    win,
  };
  const { articles, warnings } = readItems(
    items,
    (item) => itemToArticle(item, feed),
    'item',
    documentUrl,
  );
  // RFC 5005 paging: <atom:link rel="next"> in an RSS channel, <link rel="next"> in Atom.
  const next = children(channel, [ATOM, ...own], 'link').find(
    (link) => link.getAttribute('rel') === 'next',
  );
  return {
    articles,
    next: resolveHttpUrl(next?.getAttribute('href'), documentUrl),
    siteTitle: textOf(child(channel, own, 'title'), win) || null,
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
