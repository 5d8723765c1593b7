import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://127.0.0.1:4173/world/2026/11/25/northern-shelf-fishing-accord');
await p.locator('.ar-gallery').scrollIntoViewIfNeeded();
await p.waitForTimeout(500);
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll('.swiper-slide')].map((s) => [
      s.className,
      s.getAttribute('data-swiper-slide-index'),
      s.querySelector('figcaption')?.textContent.slice(0, 30),
    ]),
  ),
);
await b.close();
