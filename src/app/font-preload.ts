/*
 * The faces of the first screen start loading as soon as the entry module runs, not when
 * the first article is laid out: with font-display: optional (fonts.css) a face that arrives
 * after its short block period is not used on this page, and the article is laid out only
 * after its feed and the app chunk have arrived, by when these are there.
 */
const FIRST_SCREEN_FACES = ['700 16px Inter', '400 16px "Libre Caslon Text"'];

export function preloadFirstScreenFonts(doc: Document): void {
  // No CSS Font Loading API (old browsers, jsdom): the fonts load when first used.
  if (!('fonts' in doc)) return;
  for (const face of FIRST_SCREEN_FACES) {
    // A face that fails to load leaves its text in the metric-matched fallback.
    doc.fonts.load(face).catch(() => undefined);
  }
}
