import { useEffect } from 'react';
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
   * told of it once, and what it put there stays too) and keeps its label as text, the
   * contract's "Advertisement" that a reader and a test read in every slot; nothing of React's
   * but the two elements is kept for it.
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
 * awake or asleep, and so is its label, the first thing in it; while it is awake, a small
 * component beside the label (drawing nothing) announces the slot (docs/decisions/0115).
 */
export function adSlot({ position, article, onAdSlot, label, asleep = false }: AdSlotProps) {
  // Set as the label is attached, which is before the announcer's effect runs.
  const slot: { element: HTMLElement | null } = { element: null };
  return (
    <div
      className={asleep ? 'ar-ad ar-ad--asleep' : 'ar-ad'}
      data-ad-slot=""
      data-ad-position={position}
    >
      <p
        className="ar-ad__label"
        ref={(shown) => void (slot.element = shown?.parentElement ?? null)}
      >
        {label}
      </p>
      {asleep ? null : (
        <PartBoundary part="An ad slot">
          <AdSlotAnnouncer slot={slot} position={position} article={article} onAdSlot={onAdSlot} />
        </PartBoundary>
      )}
    </div>
  );
}

interface AnnouncerProps {
  readonly slot: { readonly element: HTMLElement | null };
  readonly position: number;
  readonly article: Article;
  readonly onAdSlot: AdSlotHandler | null;
}

function AdSlotAnnouncer({ slot, position, article, onAdSlot }: AnnouncerProps): null {
  useEffect(() => {
    const { element } = slot;
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
    // The slot's element is the one it was first rendered with; a new render's holder is not news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onAdSlot, position, article]);
  return null;
}
