import type { WindowLike } from 'dompurify';

/*
 * What differs for the content layer between the browser and the server: the DOM it parses
 * and sanitises with, and how it fetches. In the browser both are the page's own; the server
 * passes a jsdom window and its feed cache (docs/decisions/0015-content-dom-as-a-parameter.md),
 * so the same sanitiser and parsers give the same Articles on both sides.
 */

/** The parts of a window the content layer uses: DOMPurify's needs, a document, XML output. */
export type ContentWindow = WindowLike & {
  readonly document: Document;
  readonly XMLSerializer: typeof XMLSerializer;
};

/** How a feed document is fetched: the browser's fetch, or a server's cached one. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ContentEnv {
  readonly window: ContentWindow;
  readonly fetch: FetchLike;
}

/**
 * The page's own window and fetch. fetch is looked up at call time (a test may stub it) and
 * called unbound from window, which browsers refuse ("Illegal invocation").
 */
export function browserEnv(): ContentEnv {
  return { window, fetch: (url, init) => fetch(url, init) };
}

/** Node.ELEMENT_NODE, without a global Node (the server has none; jsdom's is its own). */
const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** An element of any window's DOM (`instanceof Element` only knows the global one). */
export function isElement(node: unknown): node is Element {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as { nodeType?: unknown }).nodeType === ELEMENT_NODE
  );
}
