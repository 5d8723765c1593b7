/**
 * The server's own page for a failure the renderer could not describe (it threw): a short
 * HTML document that says what happened, in the site's plain style, with no script.
 */
export function errorPage(status: number, title: string, detail: string): string {
  const text = (value: string) => value.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${text(title)}</h1><p>${text(detail)}</p><p><a href="/">Try the front page</a></p>
<p><small>Error ${status}</small></p></main></body>
</html>
`;
}
