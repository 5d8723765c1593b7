import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { NONCE_PLACEHOLDER } from './server/http/security-headers.ts';

// The standalone app: index.html is a publisher-like page that mounts the reader through the
// same mountReader() as the embed bundle (see vite.embed.config.ts).
export default defineConfig({
  plugins: [react()],
  // Vite puts it on the scripts and styles it writes; the server swaps in each response's nonce.
  html: { cspNonce: NONCE_PLACEHOLDER },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
