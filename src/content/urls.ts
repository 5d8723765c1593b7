/**
 * Resolves a URL from a feed against the document that held it and keeps it only when it is
 * http(s): a `javascript:` or `data:` address is never an article, image or next page.
 */
export function resolveHttpUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The link a page shows for an article (Article.link): what the publisher wrote when it was
 * absolute or root-relative ("/world/…"), so what they wrote in the feed is what they find in
 * the DOM; a protocol-relative or document-relative link means little outside the feed, so
 * that one is given resolved.
 */
export function linkAsWritten(written: string, resolved: string): string {
  const rootRelative = written.startsWith('/') && !written.startsWith('//');
  return rootRelative || /^https?:\/\//i.test(written) ? written : resolved;
}

/** Two addresses of one article: same origin and path, trailing slash, query order and hash aside. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url, 'http://invalid.local/');
    const path = parsed.pathname.replace(/\/+$/, '') || '/';
    parsed.searchParams.sort();
    return `${parsed.origin}${path}${parsed.search}`;
  } catch {
    return url;
  }
}
