import type { Article } from '../content/article';
import type { SourceKind } from '../content/source';
import { warn } from './log';

export type HistoryMode = 'push' | 'replace';
type CollapseMode = 'appended' | 'all' | 'none';
export type TrackerName = 'chartbeat' | 'ga4' | 'gtm';
export type AdSlotHandler = (
  element: HTMLElement,
  info: { position: number; article: Article },
) => void;

/** The public options of contract section 2, checked and with their defaults filled in. */
export interface ReaderOptions {
  readonly feedUrl: string;
  readonly source: SourceKind;
  readonly maxArticles: number;
  readonly historyMode: HistoryMode;
  readonly popularUrl: string | null;
  readonly newsletterUrl: string | null;
  readonly adEvery: number;
  readonly onAdSlot: AdSlotHandler | null;
  readonly tagUrl: string;
  readonly collapse: CollapseMode;
  readonly startAfter: string | null;
  readonly analytics: ReadonlySet<TrackerName>;
}

/** How the reader was started: the standalone app owns the page, an embed is a guest on it. */
export interface MountContext {
  readonly standalone: boolean;
}

const SOURCES: readonly SourceKind[] = ['jsonfeed', 'wordpress', 'rss'];
const TRACKERS: readonly TrackerName[] = ['chartbeat', 'ga4', 'gtm'];
const KNOWN = new Set([
  'feedUrl',
  'source',
  'maxArticles',
  'historyMode',
  'popularUrl',
  'newsletterUrl',
  'adEvery',
  'onAdSlot',
  'tagUrl',
  'collapse',
  'startAfter',
  'analytics',
]);
// data-* attributes that belong to the mount element itself, not to the options.
const MOUNT_ATTRIBUTES = new Set(['articleReader', 'readerMounted']);

const DEFAULT_MAX_ARTICLES = 11;
const STANDALONE_FEED_URL = '/feed.json';

/**
 * Reads options from a mount element's dataset (all strings) or from mountReader()'s object
 * (any types). Every value is `unknown` here; a bad one warns and its default is used.
 */
export function parseOptions(raw: Record<string, unknown>, context: MountContext): ReaderOptions {
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key) && !MOUNT_ATTRIBUTES.has(key)) {
      warn(`Unknown option "${key}" is ignored.`);
    }
  }
  const source = readChoice('source', raw.source, SOURCES, 'jsonfeed');
  return {
    source,
    feedUrl: readFeedUrl(raw.feedUrl, context, source),
    maxArticles: readInteger('maxArticles', raw.maxArticles, DEFAULT_MAX_ARTICLES, 1),
    historyMode: readChoice('historyMode', raw.historyMode, ['push', 'replace'], 'push'),
    popularUrl: readUrl('popularUrl', raw.popularUrl),
    newsletterUrl: readUrl('newsletterUrl', raw.newsletterUrl),
    adEvery: readInteger('adEvery', raw.adEvery, 1, 0),
    onAdSlot: readFunction('onAdSlot', raw.onAdSlot),
    tagUrl: readTagUrl(raw.tagUrl),
    collapse: readChoice('collapse', raw.collapse, ['appended', 'all', 'none'], 'appended'),
    startAfter: readUrl('startAfter', raw.startAfter),
    analytics: readTrackers(raw.analytics),
  };
}

function readFeedUrl(value: unknown, context: MountContext, source: SourceKind): string {
  const url = readUrl('feedUrl', value);
  if (url) return url;
  // WordPress serves its REST API at /wp-json unless the site moved it.
  const fallback = source === 'wordpress' ? '/wp-json' : STANDALONE_FEED_URL;
  if (!context.standalone && value === undefined) {
    warn(`The "feedUrl" option is required when the reader is embedded; trying ${fallback}.`);
  }
  return fallback;
}

function readChoice<T extends string>(
  name: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (choices.includes(text as T)) return text as T;
  warn(
    `Option "${name}" must be one of ${choices.join(', ')}; got ${describe(value)}. Using "${fallback}".`,
  );
  return fallback;
}

function readInteger(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= min) return number;
  warn(
    `Option "${name}" must be a whole number of at least ${min}; got ${describe(value)}. Using ${fallback}.`,
  );
  return fallback;
}

function readUrl(name: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') {
    try {
      const url = new URL(value, document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value;
    } catch {
      // falls through to the warning
    }
  }
  warn(
    `Option "${name}" must be an http(s) or relative URL; got ${describe(value)}. It is ignored.`,
  );
  return null;
}

function readFunction(name: string, value: unknown): AdSlotHandler | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'function') return value as AdSlotHandler;
  warn(`Option "${name}" must be a function (pass it to mountReader()); it is ignored.`);
  return null;
}

function readTagUrl(value: unknown): string {
  const fallback = '/tag/{slug}';
  if (value === undefined) return fallback;
  if (typeof value === 'string' && value.includes('{slug}')) return value;
  warn(
    `Option "tagUrl" must be a URL template containing {slug}; got ${describe(value)}. Using "${fallback}".`,
  );
  return fallback;
}

function readTrackers(value: unknown): ReadonlySet<TrackerName> {
  const fallback = new Set<TrackerName>(['chartbeat', 'gtm']);
  if (value === undefined) return fallback;
  const list: readonly unknown[] | null = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : null;
  if (!list) {
    warn(
      `Option "analytics" must be a comma-separated list; got ${describe(value)}. Using "chartbeat,gtm".`,
    );
    return fallback;
  }
  const names = list.map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
  if (names.length === 1 && names[0] === 'none') return new Set();
  const chosen = new Set<TrackerName>();
  for (const name of names) {
    if (TRACKERS.includes(name as TrackerName)) chosen.add(name as TrackerName);
    else if (name !== '') warn(`Unknown tracker ${describe(name)} in "analytics" is ignored.`);
  }
  return chosen;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  return String(value);
}
