// RFC 3339 without a zone ("2018-01-06T08:00", or with a space as RFC 3339 §5.6 allows and
// CMS databases write, "2018-01-06 08:00:00"): JS would read it as local time, the contract
// reads it as UTC.
const ZONELESS = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
// The same with its zone after a space ("2018-01-06 08:00:00+02:00"), which Date.parse may refuse.
const SPACED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))$/i;

/** A feed's date as ISO 8601 UTC, or null when it is missing or unreadable. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  const zoneless = ZONELESS.exec(text);
  const spaced = SPACED.exec(text);
  const iso = zoneless
    ? `${zoneless[1]}T${zoneless[2]}Z`
    : spaced
      ? `${spaced[1]}T${spaced[2]}`
      : text;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
