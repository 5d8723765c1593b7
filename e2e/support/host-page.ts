/**
 * A publisher's page around the embed bundle: a header, the mount element with its data-*
 * options, and a footer, served (by page.route) at whatever URL the test opens.
 */
export interface HostPageOptions {
  /** data-* options of the mount element, e.g. { 'feed-url': '/feed.json' }. */
  readonly data?: Record<string, string>;
  /** Script run in the head before the reader loads (tracker stubs, say). */
  readonly headScript?: string;
  /** HTML placed above the mount element (a server-rendered host article, say). */
  readonly before?: string;
  /**
   * Mount by hand instead: the page imports mountReader and calls it with this object
   * literal (JavaScript source, so it can hold functions).
   */
  readonly mountOptions?: string;
  /** Where the page loads the bundle from (the folder of article-reader.js and .css). */
  readonly bundleFolder?: string;
  /**
   * Whether the head links article-reader.css (the contract's three lines; default) or
   * leaves it to the entry, as the README's startAfter snippet does.
   */
  readonly stylesheetLink?: boolean;
}

export function hostPageHtml({
  data = {},
  headScript = '',
  before = '',
  mountOptions,
  bundleFolder = '/embed',
  stylesheetLink = true,
}: HostPageOptions = {}): string {
  const attributes = Object.entries({ 'feed-url': '/feed.json', ...data })
    .map(([name, value]) => ` data-${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Host page</title>
  ${stylesheetLink ? `<link rel="stylesheet" href="${bundleFolder}/article-reader.css">` : ''}
  <script>${headScript}</script>
</head>
<body>
  <header><p>Publisher header</p></header>
  ${before}
  ${mountOptions === undefined ? `<div data-article-reader${attributes}></div>` : '<div id="by-hand"></div>'}
  <footer><p>Publisher footer</p><a href="/contact">Contact the newsroom</a></footer>
  ${
    mountOptions === undefined
      ? `<script type="module" src="${bundleFolder}/article-reader.js"></script>`
      : `<script type="module">
    import { mountReader } from '${bundleFolder}/article-reader.js';
    window.reader = mountReader(document.getElementById('by-hand'), ${mountOptions});
  </script>`
  }
</body>
</html>`;
}
