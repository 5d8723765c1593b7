// Takes the README's screenshots from a running reader (`npm start`), at desktop and phone
// widths: node scripts/screenshots.mjs [base URL]. They are written to docs/screenshots/.
// The rtl-* shots show the Arabic sample (public/feeds/ar/) embedded in an Arabic publisher's
// page, with its labels.json as data-labels; SHOTS=rtl-first,… takes only those named.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'docs/screenshots';
const firstPage = JSON.parse(await readFile('public/feed.json', 'utf8'));
const lastPage = JSON.parse(await readFile('public/feed/6.json', 'utf8'));
const first = firstPage.items[0].url;
const nearEnd = lastPage.items.at(-2).url;
const arabicLabels = await readFile('public/feeds/ar/labels.json', 'utf8');

/** An Arabic publisher's page around the embed bundle, right to left from its <html>. */
const arabicHost = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>صدى المرفأ</title>
  <link rel="stylesheet" href="/embed/article-reader.css">
  <style>
    body { margin: 0; font-family: system-ui, sans-serif; }
    .masthead { margin-bottom: 32px; padding: 18px clamp(16px, 4vw, 32px) 14px;
      border-bottom: 3px solid #000; font: 700 clamp(24px, 3vw, 34px) / 1 serif; }
    main { max-width: 1200px; margin: 0 auto; padding: 0 clamp(16px, 4vw, 32px); }
  </style>
</head>
<body>
  <header class="masthead">صدى المرفأ</header>
  <main>
    <div data-article-reader data-feed-url="/feeds/ar/feed.json"
      data-popular-url="/feeds/ar/popular.json" data-newsletter-url="/api/newsletter"
      data-labels="${arabicLabels.replace(/"/g, '&quot;')}"></div>
  </main>
  <script type="module" src="/embed/article-reader.js"></script>
</body>
</html>`;
const ARABIC_HOST_PATH = '/screenshots/arabic-publisher';

/** Each shot: where to go, how many screens to scroll first, then what to bring into view. */
const SHOTS = {
  first: { path: '/' },
  gallery: { path: first, scrollTo: '.ar-gallery', offset: 120 },
  // The summary, its fade and the button, low in the viewport under the article's picture.
  collapsed: {
    path: '/',
    scrollTo: 'article:nth-of-type(2) .ar-readmore',
    offset: 'bottom',
    scrollFirst: 4,
  },
  end: { path: nearEnd, scrollTo: '.ar-end', offset: 200, scrollFirst: 30 },
  'rtl-first': { path: ARABIC_HOST_PATH },
  'rtl-gallery': { path: ARABIC_HOST_PATH, scrollTo: '.ar-gallery', offset: 120 },
  'rtl-collapsed': {
    path: ARABIC_HOST_PATH,
    scrollTo: 'article:nth-of-type(2) .ar-readmore',
    offset: 'bottom',
    scrollFirst: 4,
  },
};
const only = process.env.SHOTS?.split(',');

const found = await findChromium();
const browser = await chromium.launch({
  executablePath: found?.path,
  args: ['--disable-background-networking'],
});
await mkdir(out, { recursive: true });

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'mobile', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
];

for (const size of sizes) {
  const context = await browser.newContext(size);
  const page = await context.newPage();
  await page.route(`${base}${ARABIC_HOST_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: arabicHost }),
  );
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (only && !only.includes(name)) continue;
    await page.goto(`${base}${shot.path}`);
    await page.getByRole('feed').locator('article').first().waitFor();
    if (shot.scrollFirst) {
      for (let i = 0; i < shot.scrollFirst; i += 1) await page.mouse.wheel(0, 1500);
    }
    if (shot.scrollTo) {
      const target = page.locator(shot.scrollTo).first();
      await target.waitFor();
      await target.evaluate((el, offset) => {
        // 'bottom': the element's bottom a little above the viewport's bottom edge.
        const top =
          offset === 'bottom'
            ? el.getBoundingClientRect().bottom - window.innerHeight + 40
            : el.getBoundingClientRect().top - offset;
        window.scrollBy({ top, behavior: 'instant' });
      }, shot.offset);
    }
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${name}-${size.name}.png` });
  }
  await context.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
