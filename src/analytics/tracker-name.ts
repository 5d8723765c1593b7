/** The trackers the `analytics` option can name; dispatch.ts holds one tracker per name. */
export const TRACKER_NAMES = ['chartbeat', 'ga4', 'gtm'] as const;

export type TrackerName = (typeof TRACKER_NAMES)[number];
