/*
 * The public entry of the embeddable bundle (dist/embed/article-reader.js): importing it
 * mounts a reader into every [data-article-reader] element, and it exports mountReader for
 * pages that mount by hand. It stays small (a size budget in .size-limit.json): it starts the
 * first feed request, preloads the lead picture as soon as that page names it and paints the
 * first article's first screen from it (first-screen.ts), adds the
 * reader's stylesheet when the page has not linked it, and imports
 * the app (React and the reader) as a chunk beside them, or,
 * after a server-rendered article (startAfter), waits until the host page has landed.
 */
import './styles/reader.css';
import { holdAppChunk, type HeldApp } from './app/app-chunk';
import { optionsFromDataset } from './app/dataset-options';
import { afterHostLanding } from './app/deferred-start';
import { startFirstFeedPage, type StartedFirstPage } from './app/feed-preload';
import type { FirstItem } from './app/first-page';
import { readFirstScreen } from './app/first-screen';
import { paintFirstScreen, type PaintedFirstScreen } from './app/first-screen-paint';
import { preloadFirstScreenFonts } from './app/font-preload';
import { STYLESHEET_FILE, ensureStylesheet } from './app/stylesheet';
import { warmIntl } from './app/warm-intl';
import { isReturn } from './shared/navigation-type';

export interface MountedReader {
  unmount(): void;
}

const PREFIX = '[article-reader]';
/** Elements whose reader is on its way (its chunk loading, or waiting for the host's load). */
const pending = new WeakSet<HTMLElement>();

/**
 * Mounts a reader into `element` with `options` (the same names as the data-* attributes,
 * camel-cased); the options are checked once the app has loaded. The returned unmount works
 * at any time, also before the reader has appeared.
 */
export function mountReader(element: Element, options: unknown = {}): MountedReader {
  if (!(element instanceof HTMLElement)) {
    throw new TypeError(`${PREFIX} mountReader needs an HTML element to mount into.`);
  }
  if (pending.has(element) || element.dataset.readerMounted === 'true') {
    console.warn(
      `${PREFIX} This element already holds a reader; it is not mounted twice.`,
      element,
    );
    return { unmount: () => undefined };
  }
  pending.add(element);
  const raw: Readonly<Record<string, unknown>> =
    typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};

  let cancelled = false;
  let mounted: MountedReader | null = null;
  let first: StartedFirstPage | null = null;
  let firstScreen: PaintedFirstScreen | null = null;
  let held: HeldApp | null = null;
  const hasStartAfter = typeof raw.startAfter === 'string' && raw.startAfter.trim() !== '';
  const mayPaint = () => isEmpty(element) && !isReturn(window);
  const begin = () => {
    // Beside the app chunk, not in the host page's head, where it would block the host's
    // first paint (stylesheet.ts). A variable, not a literal, so Vite leaves the URL alone.
    const styled = ensureStylesheet(document, new URL(STYLESHEET_FILE, import.meta.url).href);
    // Painted once it is styled, unless the reader got there first (React's first commit
    // fills the element) or is about to rebuild a place the reader comes back to (a reload
    // or Back begins elsewhere in the feed: reader-root.tsx).
    const paintEarly = (item: FirstItem | null) => {
      const screen = item && !cancelled && mayPaint() ? readFirstScreen(item) : null;
      if (screen) {
        firstScreen = paintFirstScreen(document, element, screen, raw);
        held?.painted(element);
      } else held?.release();
    };
    // After a server-rendered article the first article the reader shows is below it.
    first = startFirstFeedPage(document, raw, {
      leadPicture: !hasStartAfter,
      // In a task of its own: the lead picture's preload, added just now, is sent first.
      onFirstItem: (item) => void styled.then(nextTask).then(() => paintEarly(item)),
    });
    // The app runs once the first screen is on screen, where one is coming (app-chunk.ts).
    if (first?.page && !hasStartAfter && mayPaint()) held = holdAppChunk(document, window);
    // The faces are declared in that stylesheet: before it applies there is nothing to load.
    void styled.then(() => preloadFirstScreenFonts(document));
    // Without the browser's own sanitiser, DOMPurify's chunk comes beside the app chunk, not
    // after it (src/content/purifier.ts; docs/decisions/0100).
    if (typeof (window as { Sanitizer?: unknown }).Sanitizer !== 'function')
      void import('./content/dompurify-purifier').catch(() => undefined);
    warmIntl(window);
    (held?.released ?? Promise.resolve())
      .then(() => (cancelled ? null : import('./app/mount-reader')))
      .then((app) => {
        if (!app || cancelled) return;
        pending.delete(element);
        mounted = app.mountReader(element, options, first?.page ?? null, styled);
      })
      .catch((error: unknown) => {
        pending.delete(element);
        firstScreen?.remove();
        console.error(`${PREFIX} The reader's code could not be loaded.`, error);
      });
  };
  const cancelStart = hasStartAfter ? afterHostLanding(window, begin) : (begin(), () => {});

  return {
    unmount() {
      if (cancelled) return;
      cancelled = true;
      cancelStart();
      pending.delete(element);
      first?.remove();
      held?.remove();
      firstScreen?.remove();
      mounted?.unmount();
      mounted = null;
    },
  };
}

const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));

/** Nothing in it but white space: no reader yet, and nothing of the publisher's. */
function isEmpty(element: HTMLElement): boolean {
  return [...element.childNodes].every(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim() === '',
  );
}

function mountAll(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-article-reader]')) {
    if (pending.has(element) || element.dataset.readerMounted === 'true') continue;
    mountReader(element, optionsFromDataset(element));
  }
}

// A module script runs after parsing, but a page may also import this module late or early.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll, { once: true });
} else {
  mountAll();
}
