import { randomBytes } from 'node:crypto';

/*
 * Headers every response carries, and the Content-Security-Policy of HTML pages. Scripts run
 * only from the site's own origin or with this response's nonce; never 'unsafe-inline'. The
 * feed's pictures and videos may live on any http(s) origin (a WordPress media library, a
 * CDN), so images and media are open; everything else is the site's own.
 */

export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn which site a reader came from, never which article.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/**
 * Stands in for the nonce in HTML that is rendered once and cached: each response replaces it
 * with its own (pages are cached; nonces must never be reused).
 */
export const NONCE_PLACEHOLDER = '__ARTICLE_READER_CSP_NONCE__';

/** 128 random bits, as CSP Level 3 recommends at least. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** `connectOrigins`: other origins the browser reads from (a popular list on another host). */
export function contentSecurityPolicy(nonce: string, connectOrigins: readonly string[] = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // React and the reader set style attributes (reserved heights); styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "media-src 'self' https: http:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
