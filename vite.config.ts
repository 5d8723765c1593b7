import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { newsletterEndpoint } from './scripts/newsletter-endpoint.ts';

// The standalone app: index.html is a publisher-like page that mounts the reader through the
// same mountReader() as the embed bundle (see vite.embed.config.ts).
export default defineConfig({
  plugins: [react(), newsletterEndpoint()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
