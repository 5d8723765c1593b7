import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserEnv } from '../content/content-env';
import { createSource } from '../content/source';
import { warn } from '../shared/log';
import { parseOptions, type MountContext } from '../reader/options';
import { feedStoreOf } from '../reader/feed-store';
import { withFirstPage, type FirstPage } from './first-page';
import { afterFirstScreenPicture } from './first-screen-wait';
import { ReaderRoot } from './reader-root';

export interface MountedReader {
  unmount(): void;
}

const MOUNTED = 'readerMounted';
/**
 * How long the first render waits for the first feed page the entry asked for. It is usually
 * in by the time this chunk has run; rendering before it means a render of the empty reader
 * and then a second one with the article, about 120 ms of a slow phone's main thread before
 * the first article appears (issue 7). A slower feed gets the empty reader, as before.
 */
export const FIRST_PAGE_WAIT_MS = 250;
/**
 * How long the first render waits for the reader's stylesheet the entry asked for
 * (stylesheet.ts): long enough for a slow connection, since an unstyled reader would flash
 * and then move; a link that never answers does not hold the reader back for ever.
 */
const STYLESHEET_WAIT_MS = 5000;
/** A guest on a publisher's page. */
const EMBEDDED: MountContext = { standalone: false };

/**
 * The one way in for publishers: the embed bundle's auto-mount and mountReader() on a
 * publisher's page (both through src/embed.ts, which loads this module as a chunk). The
 * standalone app, which owns its page, has its own (standalone.tsx). `rawOptions` is unknown
 * input; it is checked, and a bad value warns and falls back to its default. `firstPage` is
 * the feed's first page the entry already asked for; `styled`, the reader's stylesheet on its
 * way (null: the page has it).
 */
export function mountReader(
  element: Element,
  rawOptions: unknown = {},
  firstPage: FirstPage | null = null,
  styled: Promise<void> | null = null,
): MountedReader {
  if (!(element instanceof HTMLElement)) {
    throw new TypeError('[article-reader] mountReader needs an HTML element to mount into.');
  }
  if (element.dataset[MOUNTED] === 'true') {
    warn('This element already holds a reader; it is not mounted twice.', element);
    return { unmount: () => undefined };
  }
  const record =
    typeof rawOptions === 'object' && rawOptions !== null
      ? (rawOptions as Record<string, unknown>)
      : {};
  if (record !== rawOptions) warn('mountReader options must be an object; using the defaults.');
  const options = parseOptions(record, EMBEDDED);

  element.dataset[MOUNTED] = 'true';
  element.classList.add('ar-root');
  const root = createRoot(element);
  const env = browserEnv();
  const source = createSource(options.source, options.feedUrl, {
    ...env,
    fetch: withFirstPage(firstPage, env.fetch),
  });
  let mounted = true;
  const render = () => {
    if (!mounted) return;
    root.render(
      <StrictMode>
        <ReaderRoot options={options} context={EMBEDDED} source={source} />
      </StrictMode>,
    );
  };
  const waits: Promise<unknown>[] = [];
  if (firstPage) {
    // The page seeds the reader's feed, so its first article needs no query engine. A failure
    // is the reader's to show once it renders: it reads the page again (feed-store.ts).
    const read = feedStoreOf(source).readFirst(source.fetchPage(source.first));
    // Unless the entry has painted the first article's first screen from that page: an empty
    // reader would then take the place of an article already on screen.
    const shown = delay(FIRST_PAGE_WAIT_MS).then(() =>
      element.querySelector('[data-first-screen]') ? read : undefined,
    );
    waits.push(Promise.race([read, shown]));
  }
  if (styled) waits.push(Promise.race([styled, delay(STYLESHEET_WAIT_MS)]));
  // Then, when the entry has painted the first screen by now, a frame after its picture's.
  const ready = () => afterFirstScreenPicture(element, window).then(render);
  if (waits.length > 0) void Promise.all(waits).then(ready);
  else void ready();

  return {
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      feedStoreOf(source).dispose();
      element.removeAttribute('data-reader-mounted');
      element.classList.remove('ar-root');
    },
  };
}

const delay = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

// The standalone entry reads its options the way the embed's does.
export { optionsFromDataset } from './dataset-options';
