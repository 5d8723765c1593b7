// Takes the README's screenshots from a running reader (`npm start`), at desktop and phone
// widths: node scripts/screenshots.mjs [base URL]. They are written to docs/screenshots/.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'docs/screenshots';
const firstPage = JSON.parse(await readFile('public/feed.json', 'utf8'));
const lastPage = JSON.parse(await readFile('public/feed/6.json', 'utf8'));
const first = firstPage.items[0].url;
const nearEnd = lastPage.items.at(-2).url;

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
