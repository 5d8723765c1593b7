import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.mjs';
import { startBenchServer } from './lib/server.mjs';
import { openVisit } from './lib/visit.mjs';
import { land } from './lib/phases.mjs';
const server = await startBenchServer({ root: process.cwd(), port: 4473 });
const found = await findChromium();
const browser = await chromium.launch({ executablePath: found.path });
try {
  for (let i = 0; i < Number(process.env.N || 2); i++)
    for (const url of process.argv.slice(2)) {
      const visit = await openVisit(browser);
      const l = await land(visit, server.origin + url, { leadImage: '/media/01-lead.svg' });
      console.log(
        url,
        Math.round(l.lcpMs),
        Math.round(l.headingMs),
        l.requestOrder.slice(0, 12).join(' '),
      );
      await visit.close();
    }
} finally {
  await browser.close();
  await server.stop();
}
