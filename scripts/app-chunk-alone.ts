import type { Plugin } from 'vite';

/**
 * Fails the embed build when the app chunk statically imports a chunk other than the entry.
 * Rolldown splits the modules that the app chunk shares with more than one lazy chunk into a
 * common chunk for some import graphs (React and the label words, once, when the carousel and
 * the aside both used them: docs/decisions/0190). Such a chunk is fetched before the first
 * article, one more request on the critical path, and outside the initial budget that
 * size-limit holds (.size-limit.json names the entry, the app chunk and the stylesheet).
 */
export function appChunkAlone(chunkName: string): Plugin {
  return {
    name: 'article-reader:app-chunk-alone',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const app = chunks.find((chunk) => chunk.name === chunkName);
      if (!app) {
        this.error(`app-chunk-alone: no chunk named ${chunkName}`);
      }
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((c) => c.fileName));
      const shared = app.imports.filter((file) => !entries.has(file));
      if (shared.length > 0) {
        this.error(
          `app-chunk-alone: ${app.fileName} imports ${shared.join(', ')}, a chunk the bundler split off; ` +
            'it would load before the first article, outside the initial size budget. ' +
            'Import what lazy chunks share from a module without React (as gallery-carousel.ts takes fillLabel from label-words.ts).',
        );
      }
    },
  };
}
