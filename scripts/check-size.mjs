// The size budget, checked in `npm test` after the build (as TanStack Query's .size-limit.json
// and zustand's compressed-size check do): the embed entry and the carousel chunk, gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const EMBED = 'dist/embed';
const budgets = [
  // React, React Query, DOMPurify, valibot and the reader itself.
  {
    name: 'embed entry (article-reader.js + its static chunks)',
    files: entryFiles(),
    limitKb: 115,
  },
  {
    name: 'embed stylesheet (article-reader.css)',
    files: [join(EMBED, 'article-reader.css')],
    limitKb: 6,
  },
  {
    name: 'carousel chunk (Swiper, loaded only with a gallery)',
    files: chunkFiles(/^gallery-.*\.js$/),
    limitKb: 35,
  },
];

function entryFiles() {
  const entry = join(EMBED, 'article-reader.js');
  // Static imports only (`from"./chunks/…"`); a dynamic import("./chunks/…") loads on demand.
  const statics = [...readFileSync(entry, 'utf8').matchAll(/from\s*["']\.\/(chunks\/[^"']+)["']/g)];
  return [entry, ...new Set(statics.map((match) => join(EMBED, match[1])))];
}

function chunkFiles(pattern) {
  return readdirSync(join(EMBED, 'chunks'))
    .filter((name) => pattern.test(name))
    .map((name) => join(EMBED, 'chunks', name));
}

let failed = false;
for (const budget of budgets) {
  if (budget.files.length === 0) {
    console.error(`size: no files for ${budget.name}`);
    failed = true;
    continue;
  }
  const bytes = budget.files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  const kb = bytes / 1024;
  const ok = kb <= budget.limitKb;
  failed ||= !ok;
  console.log(
    `size: ${ok ? 'ok  ' : 'OVER'} ${kb.toFixed(1)} kB gzip of ${budget.limitKb} kB  ${budget.name}`,
  );
}
process.exit(failed ? 1 : 0);
