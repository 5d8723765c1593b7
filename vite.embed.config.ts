import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkGraph } from './scripts/chunk-graph.ts';
import { appChunkUrl } from './scripts/app-chunk-url.ts';

/*
 * The embeddable bundle: one small ES module and one stylesheet with fixed names; the app
 * (React and the reader) is a chunk the entry imports at once or, after a server-rendered
 * article, once the host page has landed; lazily loaded chunks (the carousel and its CSS, the
 * RSS and WordPress sources) and fonts beside them. Not Vite's library mode, which
 * would inline every font into the CSS as base64 (over a megabyte). `base: './'` makes every
 * chunk, stylesheet and font load relative to the module's own URL, so the folder can be
 * served from any path of any origin.
 */
export default defineConfig({
  // The entry preloads the app chunk by its URL and runs it later (src/app/app-chunk.ts); the
  // app chunk must not need a chunk the bundler split off (scripts/chunk-graph.ts).
  plugins: [react(), appChunkUrl('mount-reader'), chunkGraph('mount-reader')],
  publicDir: false,
  base: './',
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    manifest: false,
    rollupOptions: {
      input: 'src/embed.ts',
      // Keep mountReader exported from the entry.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: 'article-reader.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.css')) &&
          asset.originalFileNames.some((f) => f.endsWith('embed.ts'))
            ? 'article-reader.css'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
});
