import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appChunkUrl } from './scripts/app-chunk-url.ts';

export default defineConfig({
  plugins: [react(), appChunkUrl('mount-reader')],
  test: {
    globals: true,
    css: false,
    // The real-world feeds take seconds each on a busy two-core machine; 5 s was too tight.
    testTimeout: 20_000,
    // The app's tests run in jsdom; the server's in Node, as it is deployed.
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs', 'bench/**/*.test.mjs'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
        },
      },
    ],
  },
});
