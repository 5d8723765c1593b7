// RFC 3339 without a zone ("2018-01-06T08:00"): JS would read it as local time, the contract
// reads it as UTC.
const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A feed's date as ISO 8601 UTC, or null when it is missing or unreadable. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  const time = Date.parse(ZONELESS.test(text) ? `${text}Z` : text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
