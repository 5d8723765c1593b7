// Builds the bundled sample feeds, one per edition (editions.mjs), from the fictional articles
// in each edition's folder (scripts/sample/articles, scripts/sample/articles-ar):
//
//   <out>/feed.json, <out>/feed/2.json, …   a paginated JSON Feed 1.1, four items a page
//   <out>/popular.json                      a small "Most popular" JSON Feed
//   <out>/media/NN-lead.svg, NN-gallery-K.svg   the generated pictures
//   <out>/labels.json                       the reader's words, for an edition that has them
//
// Usage: node scripts/sample/build-sample.mjs [--edition <name>] [--out <dir>]
// (defaults: every edition, into public/ (the English one) and public/feeds/<name>/).
//
// Everything is parsed and drawn in memory first, so a bad article stops the build before
// any old output is deleted. The output is deterministic, so rebuilding gives no diff.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from './parse-article.mjs';
import { drawScene } from './draw-scene.mjs';
import { EDITIONS } from './editions.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE_SIZE = 4;
const IMAGE = { width: 1200, height: 800 };
const VERSION = 'https://jsonfeed.org/version/1.1';

// The top-level fields every page shares, in the order the JSON Feed spec lists them.
const feed = (edition, { title = edition.title, feedUrl, nextUrl, items }) => ({
  version: VERSION,
  title,
  home_page_url: '/',
  feed_url: feedUrl,
  next_url: nextUrl,
  language: edition.language,
  items,
});
// Only files with these names are ours to delete when cleaning stale output.
const OWN_MEDIA = /^\d{2}-(lead|gallery-\d+)\.svg$/;
const OWN_PAGE = /^\d+\.json$/;
const ARTICLE_FILE = /^\d{2}-.*\.md$/;

function parseArgs(argv) {
  const options = { edition: null, out: join(ROOT, 'public') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inlineValue] = argv[i].split(/=(.*)/s);
    const key = flag.replace(/^--/, '');
    if (!(key in options) || !flag.startsWith('--')) {
      throw new Error(
        `unknown option "${argv[i]}" (usage: build-sample.mjs [--edition <name>] [--out <dir>])`,
      );
    }
    const value = inlineValue ?? argv[++i];
    if (!value) throw new Error(`${flag} needs a value`);
    // A directory is relative to where the command was run, as usual for CLIs.
    options[key] = key === 'out' ? resolve(value) : value;
  }
  return options;
}

/** Parses every NN-*.md file in name order; collects all errors so one run reports them all. */
function readArticles(dir, sections) {
  const names = readdirSync(dir)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort();
  if (!names.length) throw new Error(`no NN-slug.md article files in ${dir}`);
  const articles = [];
  const errors = [];
  for (const name of names) {
    try {
      articles.push(parseArticleFile(join(dir, name), sections));
    } catch (error) {
      errors.push(error.message);
    }
  }
  // Problems that only show when the articles are seen together.
  const seen = new Map();
  for (const a of articles) {
    for (const key of [`number ${a.number}`, `slug "${a.slug}"`]) {
      if (seen.has(key))
        errors.push(`${a.number}-${a.fileSlug}.md: ${key} is also used by ${seen.get(key)}`);
      else seen.set(key, `${a.number}-${a.fileSlug}.md`);
    }
  }
  return { articles, errors, warnings: checkOrder(articles) };
}

// Not fatal, but worth a look: the file name should match the slug, and 01 is the newest.
function checkOrder(articles) {
  const warnings = [];
  articles.forEach((a, i) => {
    const file = `${a.number}-${a.fileSlug}.md`;
    if (a.fileSlug !== a.slug) warnings.push(`${file}: file name does not match slug "${a.slug}"`);
    const previous = articles[i - 1];
    if (previous && a.date > previous.date)
      warnings.push(`${file}: dated ${a.date}, newer than ${previous.number} (${previous.date})`);
  });
  return warnings;
}

/** Turns one article into a JSON Feed item, adding its pictures to `files`. */
function toItem(edition, article, files) {
  const { number, slug, sectionPath, date } = article;
  const [yyyy, mm, dd] = date.slice(0, 10).split('-');
  const reader = { section: article.section };
  let image;

  // Each picture is seeded by its own file name, so it never changes between builds
  // and no two pictures in the sample look alike.
  const picture = (name, scene) => {
    files.set(`media/${name}`, drawScene(scene, name));
    return `${edition.base}media/${name}`;
  };

  if (article.image) {
    const { scene, alt, caption, credit } = article.image;
    image = picture(`${number}-lead.svg`, scene);
    reader.image = { alt, caption, credit, ...IMAGE };
  }
  if (article.gallery.length) {
    reader.gallery = article.gallery.map(({ scene, alt, caption, credit }, i) => ({
      src: picture(`${number}-gallery-${i + 1}.svg`, scene),
      ...IMAGE,
      alt,
      caption,
      credit,
    }));
  }

  return {
    id: `${edition.idPrefix}-${number}-${slug}`,
    url: `${edition.urlPrefix}/${sectionPath}/${yyyy}/${mm}/${dd}/${slug}`,
    title: article.title,
    summary: article.summary || undefined,
    content_html: article.bodyHtml,
    date_published: date,
    authors: article.authors.length ? article.authors.map((name) => ({ name })) : undefined,
    tags: article.tags,
    image,
    _reader: reader,
  };
}

// Page 1 is /feed.json, page n is /feed/n.json (below the edition's base). next_url is
// relative to the page holding it: "feed/2.json" from /feed.json, then "3.json" from
// /feed/2.json (= /feed/3.json).
function paginate(edition, items, files) {
  const pages = Math.ceil(items.length / PAGE_SIZE);
  for (let n = 1; n <= pages; n++) {
    const path = n === 1 ? 'feed.json' : `feed/${n}.json`;
    const next = n < pages ? (n === 1 ? 'feed/2.json' : `${n + 1}.json`) : undefined;
    files.set(
      path,
      json(
        feed(edition, {
          feedUrl: `${edition.base}${path}`,
          nextUrl: next,
          items: items.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE),
        }),
      ),
    );
  }
  return pages;
}

// "Most popular" needs no analytics in a sample: take the five longest articles with a lead
// picture among the edition's range (02..18 in English: not the top story, not the oldest),
// longest first; ties by number.
function popular(edition, articles, items) {
  const { from, to } = edition.popular;
  const chosen = articles
    .map((article, i) => ({ article, item: items[i], size: items[i].content_html.length }))
    .filter(({ article, item }) => item.image && +article.number >= from && +article.number <= to)
    .sort((a, b) => b.size - a.size || a.article.number.localeCompare(b.article.number))
    .slice(0, 5);
  return json(
    feed(edition, {
      title: edition.popular.title,
      feedUrl: `${edition.base}popular.json`,
      items: chosen.map(({ item }) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        image: item.image,
        date_published: item.date_published,
        _reader: { section: item._reader.section },
      })),
    }),
  );
}

// Two-space indent and a final newline keep the files stable and diff-friendly;
// JSON.stringify drops the keys left undefined above.
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function removeStale(out) {
  const clean = (dir, pattern) => {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      return; // nothing there yet
    }
    for (const name of names.filter((n) => pattern.test(n))) rmSync(join(dir, name));
  };
  clean(join(out, 'media'), OWN_MEDIA);
  clean(join(out, 'feed'), OWN_PAGE);
}

/** Parses and draws one edition in memory: its output files, or its problems. */
function buildEdition(edition) {
  const { articles, errors, warnings } = readArticles(
    join(ROOT, edition.articles),
    edition.sections,
  );
  for (const warning of warnings) console.warn(`warning: ${edition.name}: ${warning}`);
  if (errors.length) return { errors: errors.map((error) => `${edition.name}: ${error}`) };

  const files = new Map(); // output path (relative to the edition's folder) → contents
  const items = articles.map((article) => toItem(edition, article, files));
  const images = files.size;
  const pages = paginate(edition, items, files);
  files.set('popular.json', popular(edition, articles, items));
  if (edition.labels) files.set('labels.json', json(edition.labels));
  return { errors: [], files, summary: { articles: articles.length, pages, images } };
}

function write(out, files) {
  removeStale(out);
  let bytes = 0;
  for (const [path, contents] of files) {
    const target = join(out, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, contents);
    bytes += Buffer.byteLength(contents);
  }
  return bytes;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const editions = EDITIONS.filter((e) => options.edition === null || e.name === options.edition);
  if (!editions.length) {
    throw new Error(
      `no edition "${options.edition}" (one of: ${EDITIONS.map((e) => e.name).join(', ')})`,
    );
  }
  // Every edition is built before anything is written: a bad article anywhere writes nothing.
  const built = editions.map((edition) => ({ edition, ...buildEdition(edition) }));
  const errors = built.flatMap((b) => b.errors);
  if (errors.length) {
    for (const error of errors) console.error(`error: ${error}`);
    throw new Error(`${errors.length} problem(s) in the articles; nothing was written`);
  }
  for (const { edition, files, summary } of built) {
    const out = join(options.out, edition.out);
    const bytes = write(out, files);
    const rel = relative(process.cwd(), out);
    const where = rel.startsWith('..') ? out : rel || '.';
    console.log(
      `sample ${edition.name}: ${summary.articles} articles, ${summary.pages} feed pages, ${summary.images} images, ${files.size} files, ${bytes} bytes written to ${where}/`,
    );
  }
}

try {
  main();
} catch (error) {
  console.error(`build-sample: ${error.message}`);
  process.exitCode = 1;
}
