const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "Ana, Ben and Cy": how a byline joins names. One formatter per language, made once and only
 * for two names or more: building one took about 100 ms of the first article's first render
 * under a 4x CPU slowdown, and every byline built its own (issue 7).
 */
export function joinNames(names: readonly string[], locale?: string): string {
  if (names.length < 2) return names[0] ?? '';
  const key = locale ?? '';
  let format = listFormats.get(key);
  if (!format) {
    const options = { style: 'long', type: 'conjunction' } as const;
    try {
      format = new Intl.ListFormat(locale, options);
    } catch {
      // A tag Intl does not accept: the browser's own language joins the names.
      format = new Intl.ListFormat(undefined, options);
    }
    listFormats.set(key, format);
  }
  return format.format(names);
}
