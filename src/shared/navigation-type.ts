/**
 * A place is rebuilt only when the reader comes back to a page it was on: a reload or a
 * history traversal. A link followed or typed (a "navigate") is a direct link, shown first.
 */
export function isReturn(window: Window): boolean {
  const [entry] = window.performance.getEntriesByType('navigation');
  const type = (entry as PerformanceNavigationTiming | undefined)?.type;
  return type === 'reload' || type === 'back_forward';
}
