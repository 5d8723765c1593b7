/**
 * The keyboard side of the WAI-ARIA feed pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/feed/): Page Down and Page Up move focus to the
 * next and previous article; Control+End and Control+Home leave the feed, to the first
 * focusable element after or before it.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Where focus should go for `event` in `feed`, or null when the key is not the feed's. */
export function feedKeyTarget(
  feed: HTMLElement,
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'target'>,
): HTMLElement | null {
  const control = event.ctrlKey || event.metaKey;
  if (control && (event.key === 'End' || event.key === 'Home')) {
    return focusableOutside(feed, event.key === 'End' ? 'after' : 'before');
  }
  if (control || (event.key !== 'PageDown' && event.key !== 'PageUp')) return null;
  const articles = Array.from(feed.querySelectorAll<HTMLElement>(':scope > article'));
  const from = event.target instanceof Element ? event.target.closest('article') : null;
  const index = from ? articles.indexOf(from) : -1;
  const next = event.key === 'PageDown' ? articles[index + 1] : articles[index - 1];
  return next ?? null;
}

function focusableOutside(feed: HTMLElement, side: 'after' | 'before'): HTMLElement | null {
  const all = Array.from(feed.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !feed.contains(element) && element.getClientRects().length > 0,
  );
  const position = (element: HTMLElement) => feed.compareDocumentPosition(element);
  if (side === 'after')
    return all.find((element) => position(element) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
  return (
    all.filter((element) => position(element) & Node.DOCUMENT_POSITION_PRECEDING).at(-1) ?? null
  );
}
