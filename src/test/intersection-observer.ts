/**
 * A controllable IntersectionObserver for jsdom, which has none. Tests call
 * `intersect(element, true)` to say an element came into range.
 */
type Callback = IntersectionObserverCallback;

class MockIntersectionObserver implements IntersectionObserver {
  static readonly instances = new Set<MockIntersectionObserver>();
  readonly root = null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[] = [0];
  readonly scrollMargin = '0px';
  readonly targets = new Set<Element>();

  constructor(
    private readonly callback: Callback,
    options: IntersectionObserverInit = {},
  ) {
    this.rootMargin = options.rootMargin ?? '0px';
    MockIntersectionObserver.instances.add(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
    MockIntersectionObserver.instances.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  fire(target: Element, isIntersecting: boolean): void {
    const rect = target.getBoundingClientRect();
    const entry = {
      target,
      isIntersecting,
      intersectionRatio: isIntersecting ? 1 : 0,
      boundingClientRect: rect,
      intersectionRect: rect,
      rootBounds: null,
      time: performance.now(),
    } satisfies IntersectionObserverEntry;
    this.callback([entry], this);
  }
}

export function installIntersectionObserverMock(): void {
  globalThis.IntersectionObserver = MockIntersectionObserver;
}

/**
 * Reports `element` as in or out of range to every observer watching it, or only to those
 * with `rootMargin` when it is given (a middle line and the whole viewport differ).
 */
export function intersect(element: Element, isIntersecting: boolean, rootMargin?: string): void {
  for (const observer of MockIntersectionObserver.instances) {
    if (rootMargin !== undefined && observer.rootMargin !== rootMargin) continue;
    if (observer.targets.has(element)) observer.fire(element, isIntersecting);
  }
}
