/*
 * The standalone app plays the publisher: it fills the reader's ad slots with a house ad
 * through the public `article-reader:adslot` event, exactly as a publisher's ad code would.
 * Not part of the embed bundle, which leaves every slot for the publisher.
 */
const AD_SLOT_EVENT = 'article-reader:adslot';

const HOUSE_ADS = [
  {
    title: 'The Ledger in print',
    text: 'Saturday’s edition, with the week’s puzzles, at newsagents across Port Calder.',
  },
  {
    title: 'Tide tables, every morning',
    text: 'High and low water for the Old Quay and Inchmarr, on page two.',
  },
  {
    title: 'Letters to the editor',
    text: 'Write to us at the Saltgate office. We read every one.',
  },
] as const;

export function fillSlotsWithHouseAds(target: EventTarget): void {
  target.addEventListener(AD_SLOT_EVENT, (event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'object' || detail === null) return;
    const { element, position } = detail as { element?: unknown; position?: unknown };
    if (!(element instanceof HTMLElement) || typeof position !== 'number') return;
    const ad = HOUSE_ADS[(position - 1) % HOUSE_ADS.length] ?? HOUSE_ADS[0];
    const box = document.createElement('div');
    box.className = 'site-house-ad';
    const title = document.createElement('p');
    title.className = 'site-house-ad__title';
    title.textContent = ad.title;
    const text = document.createElement('p');
    text.className = 'site-house-ad__text';
    text.textContent = ad.text;
    box.append(title, text);
    // Appended, so the slot's "Advertisement" label stays.
    element.append(box);
  });
}
