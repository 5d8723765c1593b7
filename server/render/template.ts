import { escapeHtml } from './head.ts';

/*
 * The page template is the app's own index.html (dist/index.html as Vite built it, with its
 * hashed script and style links), so the server-rendered page and the client that hydrates it
 * come from one file. The server fills in the head, the language, the reader's markup inside
 * the #root element and the data the client hydrates from; nothing else in it changes.
 */

/** The #root element: `<main id="root" …></main>`, empty in the template. */
const ROOT = /<(\w+)(\s[^>]*\bid="root"[^>]*)>\s*<\/\1>/;
const ATTRIBUTE = /\s([\w-]+)(?:="([^"]*)")?/g;

export interface Template {
  /** The #root element's data-* attributes, named as `element.dataset` names them. */
  readonly dataset: Readonly<Record<string, string>>;
  /** The page with everything filled in. */
  fill(parts: TemplateParts): string;
}

interface TemplateParts {
  /** Tags for the head; the template's own title and description give way to them. */
  readonly head: string;
  readonly lang: string | null;
  /** data-* attributes of #root to set (a null removes it), named as dataset names them. */
  readonly dataset: Readonly<Record<string, string | null>>;
  /** Added to #root's classes. */
  readonly rootClass: string;
  /** The reader's server-rendered markup. */
  readonly markup: string;
  /** HTML placed right after #root (the hydration data). */
  readonly afterRoot: string;
}

export function parseTemplate(html: string): Template {
  const root = ROOT.exec(html);
  if (!root) throw new Error('The page template has no empty element with id="root".');
  const [whole, tag = 'main', attributeText = ''] = root;
  const attributes = [...attributeText.matchAll(ATTRIBUTE)].map(
    ([, name = '', value = '']) => [name, decodeEntities(value)] as const,
  );
  const dataset = Object.fromEntries(
    attributes
      .filter(([name]) => name.startsWith('data-'))
      .map(([name, value]) => [datasetName(name), value]),
  );

  return {
    dataset,
    fill(parts) {
      const kept = attributes.filter(
        ([name]) => !name.startsWith('data-') || !(datasetName(name) in parts.dataset),
      );
      const set = Object.entries(parts.dataset).filter(
        (entry): entry is [string, string] => entry[1] !== null,
      );
      const attributeHtml = [
        ...kept.map(([name, value]) =>
          name === 'class' ? [name, `${value} ${parts.rootClass}`.trim()] : [name, value],
        ),
        ...(kept.some(([name]) => name === 'class') ? [] : [['class', parts.rootClass]]),
        ...set.map(([name, value]) => [attributeName(name), value]),
      ]
        .map(([name = '', value = '']) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
      const rootHtml = `<${tag}${attributeHtml}>${parts.markup}</${tag}>${parts.afterRoot}`;
      let page = html.replace(whole, () => rootHtml);
      page = page
        .replace(/\s*<title>[\s\S]*?<\/title>/, '')
        .replace(/\s*<meta\s+name="description"[^>]*>/, '')
        // The template preloads the first feed page for a client that renders it itself; a
        // hydrating client already has it in the page.
        .replace(/\s*<link\s+rel="preload"[^>]*\bas="fetch"[^>]*>/g, '');
      page = page.replace(/<\/head>/, () => `  ${parts.head}\n  </head>`);
      if (parts.lang)
        page = page.replace(/<html\b[^>]*>/, `<html lang="${escapeHtml(parts.lang)}">`);
      return page;
    },
  };
}

/** data-feed-url → feedUrl, as the DOM's dataset names it. */
function datasetName(attribute: string): string {
  return attribute.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function attributeName(name: string): string {
  return `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
