import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Article } from '../content/article';
import { useLabels } from '../shared/labels';
import { logError } from '../shared/log';

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
  /**
   * The article before it sleeps: the slot stays (the publisher's code was told of it once,
   * and what it put there stays too), but its label is drawn by CSS from an attribute instead
   * of held as two DOM nodes, at the same size.
   */
  readonly asleep?: boolean;
}

/**
 * A place for the publisher's ad between two articles. Its height is reserved before any
 * ad arrives, so filling it never pushes the text the reader is on. Nothing fills it by
 * default: the publisher's code gets the element through `onAdSlot` or the
 * `article-reader:adslot` event and appends its ad to it.
 */
export function AdSlot({ position, article, onAdSlot, asleep = false }: AdSlotProps) {
  const labels = useLabels();
  const ref = useRef<HTMLDivElement>(null);
  const announced = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (!element || announced.current) return;
    // Once per slot, also under StrictMode's double effects in development.
    announced.current = true;
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
  const label = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const shown = label.current;
    if (element && shown && element.firstChild !== shown) element.prepend(shown);
  }, [asleep]);

  if (asleep)
    return (
      <div
        ref={ref}
        className="ar-ad ar-ad--asleep"
        data-ad-slot=""
        data-ad-position={position}
        data-ad-label={labels.advertisement}
      />
    );
  return (
    <div ref={ref} className="ar-ad" data-ad-slot="" data-ad-position={position}>
      <p ref={label} className="ar-ad__label">
        {labels.advertisement}
      </p>
    </div>
  );
}
