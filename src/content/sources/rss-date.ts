// Only the RSS source reads RFC 822 dates, so this lives in its chunk: a JSON Feed page
// never downloads the month and zone tables (issue 7: no code of an unused source).

/*
 * RFC 822 dates as RSS writes them (RFC 822 §5 as tightened by RFC 5322 §3.3), and as
 * localised CMSs write them too: "Seg, 24 Set 2018 19:42:40 -0300". The day name is only
 * informational (RFC 5322 §3.3), so any word is accepted there; the month is read in English,
 * Portuguese, Spanish, German, French or Italian, by its full name or a 3–4 letter form.
 */
const RFC_822 =
  /^(?:[\p{L}.]+\s*,?\s*)?(\d{1,2})\s+([\p{L}.]+)\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{2}:?\d{2}|\p{L}{1,5}))?$/u;

/** Month words without accents, lower case: a word, its first four or its first three letters. */
const MONTHS = new Map<string, number>(
  (
    [
      ['jan', 'ene', 'gen'],
      ['feb', 'fev', 'fevr'],
      ['mar', 'mrz', 'mars'],
      ['apr', 'abr', 'avr'],
      ['may', 'mai', 'mag'],
      ['jun', 'juin', 'giu'],
      ['jul', 'juil', 'lug'],
      ['aug', 'ago', 'aout'],
      ['sep', 'set', 'sept'],
      ['oct', 'out', 'okt', 'ott'],
      ['nov'],
      ['dec', 'dez', 'dic'],
    ] as const
  ).flatMap((words, month) => words.map((word) => [word, month] as const)),
);

/** Offsets in minutes of the zone names RFC 822 defines, and of Central European time. */
const ZONES = new Map<string, number>([
  ['UT', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['Z', 0],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['CET', 60],
  ['CEST', 120],
]);

function monthOf(word: string): number | undefined {
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase();
  return MONTHS.get(plain) ?? MONTHS.get(plain.slice(0, 4)) ?? MONTHS.get(plain.slice(0, 3));
}

function offsetOf(zone: string | undefined): number {
  if (zone === undefined) return 0; // the contract reads a date without a zone as UTC
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  // RFC 5322 §4.3: a zone name whose meaning is not known is read as -0000 (UTC).
  return ZONES.get(zone.toUpperCase()) ?? 0;
}

/** An RFC 822 date (English or localised names) as ISO 8601 UTC, or null when it is not one. */
export function rfc822ToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = RFC_822.exec(value.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const [, dayText, monthText = '', yearText = '', hourText, minuteText, secondText, zone] = match;
  const month = monthOf(monthText);
  if (month === undefined) return null;
  const day = Number(dayText);
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (hour > 23 || minute > 59 || second > 60) return null;
  let year = Number(yearText);
  // RFC 5322 §4.3: two-digit years 00–49 are 20xx and 50–99 are 19xx; three digits add 1900.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText.length === 3) year += 1900;
  const midnight = new Date(Date.UTC(year, month, day));
  if (midnight.getUTCDate() !== day) return null; // "31 Feb" is not a date
  const time = midnight.getTime() + ((hour * 60 + minute - offsetOf(zone)) * 60 + second) * 1000;
  return new Date(time).toISOString();
}
