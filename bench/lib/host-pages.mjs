// The publisher-like pages the bench serves around the embed bundle (dist/embed/): a plain
// page that embeds the reader with a JSON Feed, and the startAfter scenario's page, which
// shows a server-rendered article and, with ?reader=1, the reader after it.
const escape = (text) =>
  String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <style>
    body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #111; }
    .host-header, .host-footer { padding: 16px 24px; background: #f3f1ec; }
    .host-main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
    .host-article { max-width: 680px; margin: 0 auto; }
    .host-article img { display: block; width: 100%; height: auto; }
  </style>
  ${head}
</head>
<body>
  <header class="host-header"><strong>Publisher header</strong></header>
  <main class="host-main">
${body}
  </main>
  <footer class="host-footer"><p>Publisher footer</p></footer>
</body>
</html>`;
}

const readerTags = (attributes) => {
  const data = Object.entries(attributes)
    .map(([name, value]) => ` data-${name}="${escape(value)}"`)
    .join('');
  return {
    head: '<link rel="stylesheet" href="/embed/article-reader.css">',
    body: `<div data-article-reader${data}></div>
<script type="module" src="/embed/article-reader.js"></script>`,
  };
};

/**
 * The reader on a plain page. `hints` adds what the README tells publishers to put in
 * their head: a modulepreload of the bundle (`module`), a preload of the first feed page
 * (`feed`).
 */
export function embedPage({ feedUrl, maxArticles, hints }) {
  const reader = readerTags({
    'feed-url': feedUrl,
    ...(maxArticles ? { 'max-articles': String(maxArticles) } : {}),
  });
  const preloads = [
    hints.module ? '<link rel="modulepreload" href="/embed/article-reader.js">' : '',
    hints.feed
      ? `<link rel="preload" href="${escape(feedUrl)}" as="fetch" crossorigin="anonymous">`
      : '',
  ].join('\n  ');
  return page({
    title: 'Publisher page',
    head: `${preloads}\n  ${reader.head}`,
    body: reader.body,
  });
}

/** A server-rendered article (the sample's first), then the reader with startAfter or nothing. */
export function hostArticlePage({ item, withReader, link = false }) {
  const image = item._reader?.image ?? {};
  const size =
    image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const article = `<article class="host-article" data-reader-host-article>
  <h1>${escape(item.title)}</h1>
  <p>By ${escape((item.authors ?? []).map((author) => author.name).join(', '))}</p>
  ${item.image ? `<img src="${escape(item.image)}" alt="${escape(image.alt)}"${size}>` : ''}
  ${item.content_html ?? ''}
</article>`;
  const reader = withReader
    ? readerTags({ 'feed-url': '/feed.json', 'start-after': item.url })
    : null;
  return page({
    title: item.title,
    head: link ? (reader?.head ?? '') : '',
    body: `${article}\n${reader?.body ?? ''}`,
  });
}
