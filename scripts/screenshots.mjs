// Takes the README's screenshots from a running reader (npm start), at desktop and phone
// widths: node scripts/screenshots.mjs [base URL]. They are written to docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'docs/screenshots';
const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: ['--disable-background-networking'] });
await mkdir(out, { recursive: true });

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
];
const shots = (process.env.SHOTS ?? 'first').split(',');

for (const size of sizes) {
  const page = await browser.newPage({ viewport: size.viewport, isMobile: size.isMobile, deviceScaleFactor: size.deviceScaleFactor ?? 1 });
  for (const shot of shots) {
    await page.goto(`${base}${process.env[`SHOT_${shot.toUpperCase()}_PATH`] ?? '/'}`);
    await page.getByRole('feed').locator('article').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const selector = process.env[`SHOT_${shot.toUpperCase()}_SELECTOR`];
    if (selector) {
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      await page.locator(selector).first().evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${shot}-${size.name}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
