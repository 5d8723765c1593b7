import type { Plugin } from 'vite';

/**
 * Fails the embed build when its chunks are shaped in either of two ways the reader cannot
 * afford, each with the way out in its message:
 * - The app chunk statically imports a chunk other than the entry. Rolldown splits the modules
 *   that the app chunk shares with more than one lazy chunk into a common chunk for some
 *   import graphs (React and the label words, once, when the carousel and the aside both used
 *   them: docs/decisions/0190). Such a chunk is fetched before the first article, one more
 *   request on the critical path, and outside the initial budget that size-limit holds
 *   (.size-limit.json names the entry, the app chunk and the stylesheet).
 * - A lazy chunk (other than the app chunk) is imported statically by another chunk. A lazy
 *   chunk is tried again under a URL of its own after a failure (src/content/retryable-
 *   import.ts), which is only safe for a leaf: one imported by its own URL would run twice.
 */
export function chunkGraph(appChunkName: string): Plugin {
  return {
    name: 'article-reader:chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const app = chunks.find((chunk) => chunk.name === appChunkName);
      if (!app) {
        this.error(`chunk-graph: no chunk named ${appChunkName}`);
      }
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((c) => c.fileName));
      const shared = app.imports.filter((file) => !entries.has(file));
      if (shared.length > 0) {
        this.error(
          `chunk-graph: ${app.fileName} imports ${shared.join(', ')}, a chunk the bundler split off; ` +
            'it would load before the first article, outside the initial size budget. ' +
            'Import what lazy chunks share from a module without React (as gallery-carousel.ts takes fillLabel from label-words.ts).',
        );
      }
      const lazy = new Set(
        chunks.filter((chunk) => chunk.isDynamicEntry && chunk !== app).map((c) => c.fileName),
      );
      for (const chunk of chunks) {
        const imported = chunk.imports.filter((file) => lazy.has(file));
        if (imported.length > 0) {
          this.error(
            `chunk-graph: ${chunk.fileName} imports the lazy chunk ${imported.join(', ')} statically; ` +
              'a lazy chunk is retried under a URL of its own and must be a leaf. Move what they share into the app chunk.',
          );
        }
      }
    },
  };
}
