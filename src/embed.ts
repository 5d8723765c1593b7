/*
 * The public entry of the embeddable bundle (dist/embed/article-reader.js): importing it
 * mounts a reader into every [data-article-reader] element, and it exports mountReader for
 * pages that mount by hand.
 */
import './styles/reader.css';
import { mountReader, optionsFromDataset } from './app/mount-reader';

export { mountReader };
export type { MountedReader } from './app/mount-reader';

function mountAll(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-article-reader]')) {
    if (element.dataset.readerMounted === 'true') continue;
    mountReader(element, optionsFromDataset(element));
  }
}

// A module script runs after parsing, but a page may also import this module late or early.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll, { once: true });
} else {
  mountAll();
}
