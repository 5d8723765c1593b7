/**
 * Turns feed text that may carry markup or entities ("Fire &#038; Ice", "<b>Q&amp;A</b>")
 * into plain text. DOMParser builds an inert document: nothing in it loads or runs.
 */
export function toPlainText(value: string): string {
  if (!/[<&]/.test(value)) return collapseSpace(value);
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${value}`, 'text/html');
  return collapseSpace(doc.body.textContent);
}

function collapseSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** "Ana, Ben and Cy": how a byline joins names. */
export function joinNames(names: readonly string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
