import { useEffect, useLayoutEffect, useRef, type ReactElement } from 'react';
import type { Article } from '../content/article';
import { logError } from '../shared/log';
import { PartBoundary } from '../shared/part-boundary';

const AD_SLOT_EVENT = 'article-reader:adslot';

/** The publisher's ad code (the `onAdSlot` option), called once per slot. */
export type AdSlotHandler = (
  element: HTMLElement,
  info: { position: number; article: Article },
) => void;

interface AdSlotProps {
  /** 1-based: the first ad slot on the page is 1. */
  readonly position: number;
  /** The article the slot follows. */
  readonly article: Article;
  readonly onAdSlot: AdSlotHandler | null;
  /** The reader's "Advertisement" label. */
  readonly label: string;
  /**
   * The article before it sleeps: the slot stays the same element (the publisher's code was
   * told of it once, and what it put there stays too), but its label is drawn by CSS from an
   * attribute instead of held as two DOM nodes, at the same size, and nothing of React's but
   * the element is kept for it.
   */
  readonly asleep?: boolean;
}

/** Slots already announced: a slot whose article slept and woke is not announced again. */
const announced = new WeakSet<Element>();

/**
 * A place for the publisher's ad between two articles. Its height is reserved before any
 * ad arrives, so filling it never pushes the text the reader is on. Nothing fills it by
 * default: the publisher's code gets the element through `onAdSlot` or the
 * `article-reader:adslot` event and appends its ad to it.
 *
 * A render helper, not a component: the element is the caller's host element, the same one
 * awake or asleep; while it is awake, a small component inside it shows the label and
 * announces the slot (docs/decisions/0115).
 */
export function adSlot({ position, article, onAdSlot, label, asleep = false }: AdSlotProps) {
  if (asleep)
    return (
      <div
        className="ar-ad ar-ad--asleep"
        data-ad-slot=""
        data-ad-position={position}
        data-ad-label={label}
      />
    );
  return (
    <div className="ar-ad" data-ad-slot="" data-ad-position={position}>
      <PartBoundary part="An ad slot">
        <AdSlotLabel position={position} article={article} onAdSlot={onAdSlot} label={label} />
      </PartBoundary>
    </div>
  );
}

function AdSlotLabel({ position, article, onAdSlot, label }: AdSlotProps): ReactElement {
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const element = ref.current?.parentElement;
    // Once per slot, also under StrictMode's double effects in development.
    if (!element || announced.has(element)) return;
    announced.add(element);
    if (onAdSlot) {
      try {
        onAdSlot(element, { position, article });
      } catch (error) {
        logError(`onAdSlot failed for ad slot ${position}.`, error);
      }
    }
    element.dispatchEvent(
      new CustomEvent(AD_SLOT_EVENT, { bubbles: true, detail: { element, position, article } }),
    );
  }, [onAdSlot, position, article]);

  // Waking, React appends the label after whatever the publisher's code put in the slot;
  // it belongs before it, where it was.
  useLayoutEffect(() => {
    const shown = ref.current;
    const element = shown?.parentElement;
    if (shown && element && element.firstChild !== shown) element.prepend(shown);
  }, []);

  return (
    <p ref={ref} className="ar-ad__label">
      {label}
    </p>
  );
}
