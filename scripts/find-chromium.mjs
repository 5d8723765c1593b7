// Run by `npm test` before the browser tests: makes sure a Chromium is there, installing one
// when it can (Playwright's download, else Debian's package when root), and otherwise stops
// with a message that names both routes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`Browser tests use Chromium from ${found.origin}.`);
  process.exit(0);
}

console.log('No Chromium found; trying `npx playwright install chromium`…');
const playwright = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (playwright.status === 0 && (await findChromium())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('Trying `apt-get install -y chromium` (Debian, running as root)…');
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  const apt = spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit' });
  if (apt.status === 0 && (await findChromium())) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and none could be found or installed.',
    "Either run `npx playwright install chromium` (downloads Playwright's own browser),",
    'or install the system package as root on Debian: `apt-get install -y chromium`',
    '(or point PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH at a Chromium binary).',
  ].join('\n'),
);
process.exit(1);
