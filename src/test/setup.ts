import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadDomPurify } from '../content/purifier';
import { installIntersectionObserverMock } from './intersection-observer';

// jsdom has no IntersectionObserver; the mock lets a test say what is in view.
installIntersectionObserverMock();

// jsdom has no HTML Sanitizer API: tests that sanitise directly use DOMPurify, loaded here
// once as the reader's sources load it before their first page (src/content/purifier.ts).
await loadDomPurify();

afterEach(() => {
  cleanup();
});
