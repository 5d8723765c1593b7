import type { Plugin } from 'vite';

const ID = 'virtual:article-reader/app-chunk';
const RESOLVED = `\0${ID}`;
/** As long as the name it stands for (`chunks/[name]-[hash].js`, rolldown's 8-character
 * hash), so that swapping it moves no column of the entry's source map. */
const placeholder = (name: string) => `chunks/${name}-${'_'.repeat(8)}.js`;

/**
 * Gives the embed entry the file of its app chunk (src/app/app-chunk.ts), which it preloads
 * before it lets the chunk run. In a build the module exports a placeholder that is swapped
 * for the file name of the chunk the entry's own `import()` loads, once the names are final
 * (emitting the chunk as an entry of its own would make the bundler split the modules it
 * shares with the entry into more chunks); elsewhere (unit tests, a dev server) it exports
 * null and the entry imports the app at once.
 */
export function appChunkUrl(chunkName: string): Plugin {
  let building = false;
  return {
    name: 'article-reader:app-chunk-url',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${building ? JSON.stringify(placeholder(chunkName)) : 'null'};`;
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const users = files.filter(
        (file) => file.type === 'chunk' && file.code.includes(placeholder(chunkName)),
      );
      if (users.length === 0) return;
      const chunks = files.filter((file) => file.type === 'chunk' && file.name === chunkName);
      const target = chunks[0];
      if (chunks.length !== 1 || !target) {
        this.error(`app-chunk-url: expected one chunk named ${chunkName}, found ${chunks.length}`);
      }
      if (target.fileName.length !== placeholder(chunkName).length) {
        this.error(`app-chunk-url: ${target.fileName} does not fit its placeholder's length`);
      }
      for (const user of users) {
        if (user.type === 'chunk')
          user.code = user.code.replaceAll(placeholder(chunkName), target.fileName);
      }
    },
  };
}
