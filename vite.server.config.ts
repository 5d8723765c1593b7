import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The production server (server/index.ts) as one ES module in dist/server/, run by plain
// Node 20: TypeScript, TSX and the app's modules compiled by the same Vite as the client;
// packages stay in node_modules (docs/decisions/0010-production-server.md).
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    ssr: 'server/index.ts',
    outDir: 'dist/server',
    emptyOutDir: true,
    sourcemap: true,
    target: 'node20',
  },
});
