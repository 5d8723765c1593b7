import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// Each checkout or worktree can run its own suite side by side: E2E_PORT picks the port.
const PORT = Number(process.env.E2E_PORT ?? 4319);
const chromium = await findChromium();

// Chromium's background services try to reach Google and are refused on a closed network;
// these flags keep them quiet (Playwright adds --no-sandbox itself when running as root).
const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium?.path,
      args: QUIET_CHROMIUM,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // The production server on the production build, as `npm start` runs it (npm test builds
    // first). PORT is given, so it takes that port or fails, never the next one.
    command: 'node --enable-source-maps dist/server/index.js',
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/feed.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
