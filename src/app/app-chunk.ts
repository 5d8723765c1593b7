/*
 * The app chunk (React and the reader) is fetched as soon as the entry runs, but run only
 * once the entry's first screen is on screen. Run as it arrives, its evaluation (some 200-350
 * ms of a slow phone's main thread, issue 7) lands beside the first feed page's answer and
 * holds back the frame that would paint the first screen, and then the lead picture's: a
 * trace of the embed page showed the first heading on screen only after the chunk had run.
 * A `<link rel="modulepreload">` fetches and compiles it without running it; the entry's
 * `import()` of the same URL runs it later from the module map, with no second request.
 */
import appChunkFile from 'virtual:article-reader/app-chunk';
import { afterFirstScreenPicture } from './first-screen-wait';

/**
 * How long a chunk that has arrived waits for a first screen still to come (a slow feed or
 * stylesheet): after that the reader starts and shows its own waiting feed, as it would
 * without a first screen.
 */
export const APP_HOLD_MS = 1000;

type GateWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

export interface HeldApp {
  /** Resolves when the app may run. */
  readonly released: Promise<void>;
  /** The first screen is in `element`: release a frame after its picture's. */
  painted(element: HTMLElement): void;
  /** No first screen is coming: release now. */
  release(): void;
  /** Takes the preload out of the document again (the reader was unmounted). */
  remove(): void;
}

/**
 * Starts fetching the app chunk and holds it until the first screen has painted; null where
 * it cannot be held (no built chunk URL, no modulepreload): the entry then imports at once.
 */
export function holdAppChunk(
  doc: Document,
  win: GateWindow,
  {
    file = appChunkFile,
    entryUrl = import.meta.url,
  }: { file?: string | null; entryUrl?: string } = {},
): HeldApp | null {
  const link = doc.createElement('link');
  if (file === null || !link.relList.supports('modulepreload')) return null;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let hold: ReturnType<typeof win.setTimeout> | undefined;
  let painting = false;
  const releaseNow = () => {
    win.clearTimeout(hold);
    release();
  };
  link.rel = 'modulepreload';
  link.href = new URL(file, entryUrl).href;
  // A page whose policy allows scripts by nonce allows this one's (the entry's own nonce).
  const nonce = ownNonce(doc, entryUrl);
  if (nonce) link.nonce = nonce;
  link.addEventListener('load', () => {
    if (!painting) hold = win.setTimeout(releaseNow, APP_HOLD_MS);
  });
  // The import then fails the way it would have, and says so.
  link.addEventListener('error', releaseNow);
  doc.head.append(link);
  return {
    released,
    painted(element) {
      painting = true;
      win.clearTimeout(hold);
      void afterFirstScreenPicture(element, win).then(releaseNow);
    },
    release: releaseNow,
    remove() {
      win.clearTimeout(hold);
      link.remove();
    },
  };
}

/** The nonce of the script element that loaded the entry (the property keeps it hidden). */
function ownNonce(doc: Document, entryUrl: string): string {
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === entryUrl && script.nonce) return script.nonce;
  }
  return '';
}
