/** What every tracker is told when an article becomes current (README, “Configuration”: `analytics`). */
export interface PageView {
  /** The article's absolute URL. */
  readonly url: string;
  readonly title: string;
  /** Comma-separated, as Chartbeat takes them. */
  readonly sections: string;
  /** Comma-separated, as Chartbeat takes them. */
  readonly authors: string;
  /** The article's aria-posinset. */
  readonly position: number;
}

/** A tracker is a function of the page's `window`; it may throw, the dispatcher catches. */
export type Tracker = (window: Window, view: PageView) => void;

/** Reads a property of the host page's window without trusting its type. */
export function windowProperty(window: Window, name: string): unknown {
  return (window as unknown as Record<string, unknown>)[name];
}
