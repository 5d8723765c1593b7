// Parses one sample article (format: scripts/sample/ARTICLE-FORMAT.md) into a plain object
// with the front matter fields and the body rendered as HTML.
//
// The format is deliberately tiny, so this is a strict hand-written parser rather than a
// Markdown library: anything outside the format is reported as an error instead of being
// guessed at, so a typo in an article fails the build loudly and names the file.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SCENE_NAMES } from './draw-scene.mjs';

/** Scenes the image generator can draw; taken from it so the two cannot drift apart. */
const SCENES = SCENE_NAMES;

const KNOWN_FIELDS = new Set([
  'title',
  'slug',
  'section',
  'date',
  'authors',
  'tags',
  'summary',
  'image',
  'gallery',
]);

// Full ISO 8601 UTC timestamp; seconds and fractions optional, the zone must be "Z" so that
// every article sorts and displays the same wherever the build runs.
const DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;
const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILE_RE = /^(\d{2})-([a-z0-9-]+)\.md$/;

/**
 * Reads and parses an article file. `sections` maps its edition's section names to their URL
 * path segments (editions.mjs). Throws an Error naming the file on any problem.
 */
export function parseArticleFile(path, sections) {
  return parseArticle(readFileSync(path, 'utf8'), basename(path), sections);
}

/**
 * Parses article source text. `fileName` (NN-slug.md) gives the article number and is
 * used in error messages.
 */
function parseArticle(source, fileName, sections) {
  const fail = (problem) => {
    throw new Error(`${fileName}: ${problem}`);
  };

  const fileMatch = FILE_RE.exec(fileName);
  if (!fileMatch) fail('file name must look like NN-slug.md');

  // Normalise line endings and a BOM so files saved by any editor parse the same.
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0].trim() !== '---') fail('must start with a "---" front matter line');
  const end = lines.indexOf('---', 1);
  if (end === -1) fail('front matter is not closed with a "---" line');

  const fields = parseFrontMatter(lines.slice(1, end), fail);
  const bodyHtml = renderBody(lines.slice(end + 1), fail);

  for (const key of ['title', 'slug', 'section', 'date']) {
    if (!fields[key]) fail(`missing "${key}"`);
  }
  if (!SLUG_RE.test(fields.slug))
    fail(`bad slug "${fields.slug}" (use lowercase words joined by "-")`);
  if (!Object.hasOwn(sections, fields.section)) {
    fail(`unknown section "${fields.section}" (one of: ${Object.keys(sections).join(', ')})`);
  }
  const date = new Date(fields.date);
  // The round trip through Date catches impossible dates such as 2026-11-31, which the
  // regex alone would let through (Date silently rolls them over into the next month).
  if (
    !DATE_RE.test(fields.date) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== fields.date.slice(0, 10)
  ) {
    fail(`bad date "${fields.date}" (expected ISO 8601 UTC like 2026-11-25T07:40:00Z)`);
  }
  if (!bodyHtml) fail('the body is empty');

  return {
    number: fileMatch[1],
    fileSlug: fileMatch[2],
    title: fields.title,
    slug: fields.slug,
    section: fields.section,
    sectionPath: sections[fields.section],
    // Whole seconds are all the articles use; dropping ".000" keeps the JSON readable.
    date: date.toISOString().replace('.000Z', 'Z'),
    authors: splitList(fields.authors),
    tags: splitList(fields.tags),
    summary: fields.summary ?? '',
    image: fields.image ? parseImageLine(fields.image, 'image', fail) : null,
    gallery: (fields.gallery ?? []).map((line, i) =>
      parseImageLine(line, `gallery line ${i + 1}`, fail),
    ),
    bodyHtml,
  };
}

// Front matter is "key: value" lines, except "gallery:" which is followed by "- " lines.
function parseFrontMatter(lines, fail) {
  const fields = {};
  let inGallery = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (inGallery && line.startsWith('- ')) {
      fields.gallery.push(line.slice(2).trim());
      continue;
    }
    inGallery = false;
    const m = /^([a-z_]+):(.*)$/.exec(line);
    if (!m) fail(`front matter line not understood: "${line}"`);
    const [, key, value] = m;
    if (!KNOWN_FIELDS.has(key)) fail(`unknown front matter field "${key}"`);
    if (key in fields) fail(`front matter field "${key}" appears twice`);
    if (key === 'gallery') {
      if (value.trim()) fail('"gallery:" must be followed by "- " lines, not a value');
      fields.gallery = [];
      inGallery = true;
    } else {
      fields[key] = value.trim();
    }
  }
  return fields;
}

function splitList(value) {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// "scene | alt | caption | credit"; all four parts are needed because the reader shows
// the alt text, caption and credit, and the scene picks what gets drawn.
function parseImageLine(line, what, fail) {
  const parts = line.split(' | ').map((s) => s.trim());
  if (parts.length !== 4 || parts.some((p) => !p)) {
    fail(`bad ${what} "${line}" (expected "scene | alt | caption | credit")`);
  }
  const [scene, alt, caption, credit] = parts;
  if (!SCENES.includes(scene))
    fail(`unknown scene "${scene}" in ${what} (one of: ${SCENES.join(', ')})`);
  return { scene, alt, caption, credit };
}

// Groups body lines into blocks. A blank line ends a paragraph or a quote; list items stay
// in one <ul> even with blank lines between them, as in Markdown.
function renderBody(lines, fail) {
  const html = [];
  let para = [];
  let quote = [];
  let list = [];
  let afterItem = false; // the previous line was a list item (for continuation lines)

  const flushPara = () => {
    if (para.length) html.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  const flushQuote = () => {
    if (quote.length) html.push(`<blockquote><p>${inline(quote.join(' '))}</p></blockquote>`);
    quote = [];
  };
  const flushList = () => {
    if (list.length)
      html.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    list = [];
  };

  for (const raw of lines) {
    const line = raw.trim();
    const wasAfterItem = afterItem;
    afterItem = false;
    if (!line) {
      flushPara();
      flushQuote();
      continue;
    }
    if (line.startsWith('- ')) {
      flushPara();
      flushQuote();
      list.push(line.slice(2).trim());
      afterItem = true;
      continue;
    }
    // An indented line right after a list item continues that item.
    if (wasAfterItem && /^\s/.test(raw)) {
      list[list.length - 1] += ` ${line}`;
      afterItem = true;
      continue;
    }
    flushList();
    if (line.startsWith('## ')) {
      flushPara();
      flushQuote();
      html.push(`<h2>${inline(line.slice(3).trim())}</h2>`);
    } else if (/^#/.test(line)) {
      // Only "## " headings exist in the format; "#", "###" or "##x" are mistakes.
      fail(`unsupported heading "${line}" (only "## " subheadings are allowed)`);
    } else if (line === '>' || line.startsWith('> ')) {
      flushPara();
      quote.push(line.slice(1).trim());
    } else {
      flushQuote();
      para.push(line);
    }
  }
  flushPara();
  flushQuote();
  flushList();
  return html.join('\n');
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Links are matched on the escaped text, so neither the link text nor the URL can carry
// markup; the URL's "&" is already "&amp;", which is what an HTML attribute wants.
// Only http(s) links become anchors; anything else stays as the literal text.
const LINK_RE = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** Escapes text, then applies the three inline forms: links, **strong** and *em*. */
function inline(text) {
  const escaped = escapeHtml(text);
  let out = '';
  let last = 0;
  // Emphasis is applied around and inside links but never to a URL, where "*" or "_"
  // would otherwise be turned into tags.
  for (const m of escaped.matchAll(LINK_RE)) {
    out += emphasis(escaped.slice(last, m.index));
    out += `<a href="${m[2]}">${emphasis(m[1])}</a>`;
    last = m.index + m[0].length;
  }
  return out + emphasis(escaped.slice(last));
}

// Strong first, so "**x**" is not read as two empty emphases. The markers must hug
// non-space text, so a lone "*" in a sentence (a footnote, "5 * 3") is left alone.
function emphasis(text) {
  return text
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '<em>$1</em>');
}
