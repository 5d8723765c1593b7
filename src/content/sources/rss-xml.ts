/*
 * Where feeds keep what they say: the XML namespaces of RSS 1.0/2.0, Atom and their common
 * modules, and lookups of an element's children by local name within given namespaces. A
 * lookup by namespace keeps apart fields that share a local name (an RSS <link> and an
 * <atom:link> beside it); querySelector cannot.
 */

export const ATOM = 'http://www.w3.org/2005/Atom';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const CONTENT = ['http://purl.org/rss/1.0/modules/content/'];
export const DC = ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/'];
// Both spellings are in the wild; the spec's has the slash.
export const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
/** The namespace of xml:lang (https://www.w3.org/TR/xml-names/#ns-decl). */
export const XML = 'http://www.w3.org/XML/1998/namespace';
export const FEEDBURNER = ['http://rssnamespace.org/feedburner/ext/1.0'];

/** Namespace URIs, null for none (RSS 2.0's own elements). */
export type Namespaces = readonly (string | null)[];

export function children(parent: Element, namespaces: Namespaces, name: string): Element[] {
  return Array.from(parent.children).filter(
    (element) => element.localName === name && namespaces.includes(element.namespaceURI),
  );
}

export function child(parent: Element, namespaces: Namespaces, name: string): Element | null {
  return children(parent, namespaces, name)[0] ?? null;
}

export function textIn(parent: Element, namespaces: Namespaces, name: string): string {
  return child(parent, namespaces, name)?.textContent.trim() ?? '';
}
