import * as v from 'valibot';
import { TRACKER_NAMES, type TrackerName } from '../analytics/tracker-name';
import type { SourceKind } from '../content/source';
import { DEFAULT_LABELS, isLabelKey, isUsableLabel, type Labels } from '../shared/label-words';
import { warn } from '../shared/log';
import type { AdSlotHandler } from '../widgets/ad-slot';

export type HistoryMode = 'push' | 'replace';
type CollapseMode = 'appended' | 'all' | 'none';

/** How the reader was started: the standalone app owns the page, an embed is a guest on it. */
export interface MountContext {
  readonly standalone: boolean;
}

const DEFAULT_MAX_ARTICLES = 11;
const STANDALONE_FEED_URL = '/feed.json';

// Each schema takes what a data-* attribute holds (a string) or what mountReader() was given
// (any type); its message says what was expected, and the warning adds what came instead.
const choice = <const T extends readonly [string, ...string[]]>(choices: T) => {
  const expected = `one of ${choices.join(', ')}`;
  return v.pipe(v.string(expected), v.trim(), v.toLowerCase(), v.picklist(choices, expected));
};

const wholeNumber = (min: number) => {
  const expected = `a whole number of at least ${min}`;
  const number = v.pipe(v.number(expected), v.integer(expected), v.minValue(min, expected));
  return v.union(
    [number, v.pipe(v.string(), v.trim(), v.nonEmpty(), v.transform(Number), number)],
    expected,
  );
};

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    const base = typeof document === 'undefined' ? 'http://invalid/' : document.baseURI;
    return ['http:', 'https:'].includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
};

/** An http(s) or relative URL; nothing (null, '') for none. */
const url = v.pipe(
  v.union([v.null(), v.literal(''), v.custom<string>(isHttpUrl)], 'an http(s) or relative URL'),
  v.transform((value) => value || null),
);

const trackers = v.pipe(
  v.union([v.string(), v.array(v.unknown())], 'a comma-separated list of trackers'),
  v.transform(toTrackers),
);

const labels = v.pipe(
  v.union(
    [v.pipe(v.string(), v.parseJson()), v.unknown()],
    'an object (or JSON text) of words by key',
  ),
  v.check(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'an object (or JSON text) of words by key',
  ),
  v.transform((value) => toLabels(value as Record<string, unknown>)),
);

/** The public options (README, "Configuration"): each name once, with its default. */
const OptionsSchema = v.object({
  source: v.optional(choice(['jsonfeed', 'wordpress', 'rss']), 'jsonfeed'),
  // Its default depends on the source and on how the reader was mounted: see parseOptions.
  feedUrl: v.optional(url, null),
  maxArticles: v.optional(wholeNumber(1), DEFAULT_MAX_ARTICLES),
  historyMode: v.optional(choice(['push', 'replace']), 'push'),
  popularUrl: v.optional(url, null),
  newsletterUrl: v.optional(url, null),
  adEvery: v.optional(wholeNumber(0), 1),
  onAdSlot: v.optional(
    v.nullable(
      v.custom<AdSlotHandler>(
        (value) => typeof value === 'function',
        'a function (pass it to mountReader())',
      ),
    ),
    null,
  ),
  tagUrl: v.optional(
    v.pipe(
      v.string('a URL template containing {slug}'),
      v.includes('{slug}', 'a URL template containing {slug}'),
    ),
    '/tag/{slug}',
  ),
  collapse: v.optional(choice(['appended', 'all', 'none']), 'appended'),
  startAfter: v.optional(url, null),
  analytics: v.optional(trackers, 'chartbeat,gtm'),
  labels: v.optional(labels, {}),
});

type ParsedOptions = v.InferOutput<typeof OptionsSchema>;

/** The options checked and with their defaults filled in. */
export type ReaderOptions = Readonly<
  Omit<ParsedOptions, 'feedUrl' | 'source' | 'historyMode' | 'collapse'> & {
    feedUrl: string;
    source: SourceKind;
    historyMode: HistoryMode;
    collapse: CollapseMode;
  }
>;

// data-* attributes that belong to the mount element itself, not to the options.
const MOUNT_ATTRIBUTES = new Set(['articleReader', 'readerMounted']);

/**
 * Reads options from a mount element's dataset (all strings) or from mountReader()'s object
 * (any types). Every value is `unknown` here; a bad one warns and its default is used.
 */
export function parseOptions(raw: Record<string, unknown>, context: MountContext): ReaderOptions {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (Object.hasOwn(OptionsSchema.entries, key)) input[key] = value;
    else if (!MOUNT_ATTRIBUTES.has(key)) warn(`Unknown option "${key}" is ignored.`);
  }
  // Option by option, so each bad value warns once and its default takes its place.
  const parsed: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(OptionsSchema.entries)) {
    const result = v.safeParse(schema, input[key], { abortPipeEarly: true });
    if (result.success) {
      parsed[key] = result.output;
      continue;
    }
    const [issue] = result.issues;
    warn(
      `Option "${key}" must be ${issue.message}; got ${describe(input[key])}. ${usingDefault(key)}`,
    );
    parsed[key] = v.parse(schema, undefined);
  }
  return finish(parsed as ParsedOptions, raw.feedUrl, context);
}

function finish(parsed: ParsedOptions, given: unknown, context: MountContext): ReaderOptions {
  return { ...parsed, feedUrl: feedUrlOrDefault(parsed, given, context) };
}

function feedUrlOrDefault(parsed: ParsedOptions, given: unknown, context: MountContext): string {
  if (parsed.feedUrl) return parsed.feedUrl;
  // WordPress serves its REST API at /wp-json unless the site moved it.
  const fallback = parsed.source === 'wordpress' ? '/wp-json' : STANDALONE_FEED_URL;
  if (!context.standalone && given === undefined) {
    warn(`The "feedUrl" option is required when the reader is embedded; trying ${fallback}.`);
  }
  return fallback;
}

function usingDefault(key: string): string {
  const entry = OptionsSchema.entries[key as keyof typeof OptionsSchema.entries];
  const fallback: unknown = v.getDefault(entry);
  if (fallback === null) return 'It is ignored.';
  if (typeof fallback === 'object') return 'Using the defaults.';
  return `Using ${describe(fallback)}.`;
}

function toTrackers(value: string | unknown[]): ReadonlySet<TrackerName> {
  const list = typeof value === 'string' ? value.split(',') : value;
  const names = list.map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
  const chosen = new Set<TrackerName>();
  if (names.length === 1 && names[0] === 'none') return chosen;
  for (const name of names) {
    const known = TRACKER_NAMES.find((tracker) => tracker === name);
    if (known) chosen.add(known);
    else if (name !== '') warn(`Unknown tracker ${describe(name)} in "analytics" is ignored.`);
  }
  return chosen;
}

/** The publisher's words over the defaults, key by key; a key we do not know warns. */
function toLabels(given: Record<string, unknown>): Labels {
  const words: Record<string, string> = { ...DEFAULT_LABELS };
  for (const [key, value] of Object.entries(given)) {
    if (!isLabelKey(key)) warn(`Unknown label "${key}" is ignored.`);
    else if (!isUsableLabel(value))
      warn(`Label "${key}" must be a non-empty string; got ${describe(value)}. Using the default.`);
    else words[key] = value;
  }
  return words as Labels;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
