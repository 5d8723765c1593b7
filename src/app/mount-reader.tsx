import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { warn } from '../shared/log';
import { parseOptions, type MountContext } from '../reader/options';
import type { FirstPage } from './first-page';
import { ReaderRoot } from './reader-root';

export interface MountedReader {
  unmount(): void;
}

const MOUNTED = 'readerMounted';
/** A guest on a publisher's page. */
const EMBEDDED: MountContext = { standalone: false };

/**
 * The one way in for publishers: the embed bundle's auto-mount and mountReader() on a
 * publisher's page (both through src/embed.ts, which loads this module as a chunk). The
 * standalone app, which owns its page, has its own (standalone.tsx). `rawOptions` is unknown
 * input; it is checked, and a bad value warns and falls back to its default. `firstPage` is
 * the feed's first page the entry already asked for.
 */
export function mountReader(
  element: Element,
  rawOptions: unknown = {},
  firstPage: FirstPage | null = null,
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
  const queryClient = new QueryClient();
  root.render(
    <StrictMode>
      <ReaderRoot
        options={options}
        context={EMBEDDED}
        queryClient={queryClient}
        firstPage={firstPage}
      />
    </StrictMode>,
  );

  let mounted = true;
  return {
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      queryClient.clear();
      element.removeAttribute('data-reader-mounted');
      element.classList.remove('ar-root');
    },
  };
}

// The standalone entry reads its options the way the embed's does.
export { optionsFromDataset } from './dataset-options';
