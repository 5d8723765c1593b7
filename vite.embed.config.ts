import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The embeddable bundle: one ES module with a fixed name, lazily loaded chunks beside it
// (imported relative to the module's own URL), one stylesheet with a fixed name.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  // Library mode leaves process.env alone; React reads NODE_ENV to drop its development build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'article-reader.js',
      cssFileName: 'article-reader',
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
