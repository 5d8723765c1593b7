// Languages written right to left unless their tag names another script, and the scripts
// that are (Unicode CLDR's character order; Intl.Locale's textInfo is not in every engine).
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl']);

/** The direction an article in `language` (a BCP 47 tag) is written in; null when unknown. */
export function textDirection(language: string | null): 'rtl' | 'ltr' | null {
  if (!language) return null;
  const [base = '', ...rest] = language.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => part.length === 4);
  if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}
