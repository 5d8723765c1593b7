import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installIntersectionObserverMock } from './intersection-observer';

// jsdom has no IntersectionObserver; the mock lets a test say what is in view.
installIntersectionObserverMock();

afterEach(() => {
  cleanup();
});
