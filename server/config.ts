import type { SourceKind } from '../src/content/source.ts';

/*
 * The server's settings, read once from the environment (README, “The production server”). Every value is
 * checked; a bad one is reported with what was wrong and the default is used, so a typo in a
 * deployment's variables never stops the site, and never goes unnoticed either.
 */
export interface ServerConfig {
  readonly port: number;
  /** True when PORT was not set: the server may move to the next free port. */
  readonly portIsDefault: boolean;
  readonly host: string;
  /** Absolute, or a path on the server's own origin (the bundled sample feed). */
  readonly feedUrl: string;
  readonly feedSource: SourceKind;
  /** null: no "Most popular" widget. */
  readonly popularUrl: string | null;
  /** The site's public origin (`https://news.example`), or null: the origin each request came to. */
  readonly publicUrl: string | null;
  /** null: the feed's own title. */
  readonly siteName: string | null;
  readonly feedTtlSeconds: number;
}

const DEFAULTS = {
  port: 4173,
  host: '127.0.0.1',
  feedUrl: '/feed.json',
  feedSource: 'jsonfeed',
  popularUrl: '/popular.json',
  feedTtlSeconds: 60,
} as const;

const SOURCES: readonly SourceKind[] = ['jsonfeed', 'wordpress', 'rss'];
/** A day: longer than that, a feed that changed would look frozen to its readers. */
const MAX_TTL_SECONDS = 86_400;

export type Warn = (message: string) => void;

export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  warn: Warn = (message) => console.warn(`[article-reader] ${message}`),
): ServerConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const port = integer(read('PORT'), 'PORT', 0, 65_535, DEFAULTS.port, warn);
  return {
    port,
    portIsDefault: read('PORT') === undefined || port !== Number(read('PORT')),
    host: host(read('HOST'), warn),
    feedUrl: url(read('FEED_URL'), 'FEED_URL', DEFAULTS.feedUrl, warn),
    feedSource: source(read('FEED_SOURCE'), warn),
    popularUrl:
      read('POPULAR_URL')?.toLowerCase() === 'none'
        ? null
        : url(read('POPULAR_URL'), 'POPULAR_URL', DEFAULTS.popularUrl, warn),
    publicUrl: publicOrigin(read('PUBLIC_URL'), warn),
    siteName: read('SITE_NAME') ?? null,
    feedTtlSeconds: integer(
      read('FEED_TTL'),
      'FEED_TTL',
      0,
      MAX_TTL_SECONDS,
      DEFAULTS.feedTtlSeconds,
      warn,
    ),
  };
}

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
  warn: Warn,
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  warn(`${name}="${value}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

function host(value: string | undefined, warn: Warn): string {
  if (value === undefined) return DEFAULTS.host;
  // A host name or an IPv4/IPv6 address: letters, digits, dots, dashes and colons only.
  if (/^[\w.:-]+$/.test(value)) return value;
  warn(`HOST="${value}" is not a host name or an address; using ${DEFAULTS.host}.`);
  return DEFAULTS.host;
}

function url(value: string | undefined, name: string, fallback: string, warn: Warn): string {
  if (value === undefined) return fallback;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  if (isHttpUrl(value)) return new URL(value).href;
  warn(`${name}="${value}" is not an http(s) URL or a path; using ${fallback}.`);
  return fallback;
}

function source(value: string | undefined, warn: Warn): SourceKind {
  if (value === undefined) return DEFAULTS.feedSource;
  const kind = SOURCES.find((candidate) => candidate === value.toLowerCase());
  if (kind) return kind;
  warn(`FEED_SOURCE="${value}" is not one of ${SOURCES.join(', ')}; using jsonfeed.`);
  return DEFAULTS.feedSource;
}

function publicOrigin(value: string | undefined, warn: Warn): string | null {
  if (value === undefined) return null;
  if (isHttpUrl(value)) {
    const parsed = new URL(value);
    // Article paths are the feed's own path names, so the site lives at the root of an origin.
    if (parsed.pathname !== '/' || parsed.search !== '')
      warn(`PUBLIC_URL="${value}": only its origin ${parsed.origin} is used.`);
    return parsed.origin;
  }
  warn(`PUBLIC_URL="${value}" is not an http(s) URL; using the origin of each request.`);
  return null;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
