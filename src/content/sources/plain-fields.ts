/*
 * The readings of a feed's plain fields that need no schema library: the sources use them
 * through common.ts, and the embed entry reads the first article with them before the app
 * (and valibot) has loaded (src/app/first-screen.ts).
 */

/** A width or height as JSON (a number) or markup (a string) gives it, when positive. */
export function positiveSize(value: number | string | null | undefined): number | null {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

/**
 * A feed's language as a BCP 47 tag ("en-GB"), or null when it names none that is valid.
 * Feeds write "en_US" (PHP's locale), "EN-us", or a bare "de".
 */
export function languageTag(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const written = value.trim().replace(/_/g, '-');
  if (!written) return null;
  try {
    return Intl.getCanonicalLocales(written)[0] ?? null;
  } catch {
    return null;
  }
}
