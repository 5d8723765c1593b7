import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { trustHydrationData } from '../content/article-body';
import { createSource } from '../content/source';
import { feedStoreOf } from '../reader/feed-store';
import { parseOptions } from '../reader/options';
import { optionsFromDataset } from './mount-reader';
import { readHydrationData } from './hydration';
import { ReaderAside } from '../widgets/reader-aside';
import { ReaderRoot } from './reader-root';

/*
 * The standalone app's own way in (not mountReader's: an embed is never the page's owner).
 * A page the server rendered is hydrated: the reader takes over the markup it finds, from the
 * feed pages the server put beside it, so nothing is rendered twice or fetched again. A page
 * without that data (the template served as it is) is rendered here from the feed. Its aside
 * ("Most popular", the signup form) is in the page's HTML, so its code is in the app's own.
 */
export function startStandalone(element: HTMLElement): void {
  const context = { standalone: true };
  const options = parseOptions(optionsFromDataset(element), context);
  const data = readHydrationData(element.ownerDocument);
  element.classList.add('ar-root');
  if (!data) {
    createRoot(element).render(
      <StrictMode>
        <ReaderRoot options={options} context={context} aside={ReaderAside} />
      </StrictMode>,
    );
    return;
  }
  trustHydrationData(data.pages);
  const source = createSource(options.source, options.feedUrl);
  feedStoreOf(source, { pages: data.pages, cursors: data.pageParams });
  // In a transition, React hydrates in slices of a few milliseconds and yields between them,
  // instead of in one long task (docs/decisions/0080-hydrating-in-slices.md).
  startTransition(() => {
    hydrateRoot(
      element,
      <StrictMode>
        <ReaderRoot
          options={options}
          context={context}
          source={source}
          startUrl={data.startUrl}
          aside={ReaderAside}
        />
      </StrictMode>,
      {
        onRecoverableError: (error) =>
          console.warn('[article-reader] The server-rendered page did not match:', error),
      },
    );
  });
}
