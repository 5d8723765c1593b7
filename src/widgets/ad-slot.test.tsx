import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testArticle } from '../test/article-fixture';
import { adSlot } from './ad-slot';

describe('an ad slot whose article sleeps', () => {
  it('keeps its element, its label first and what the publisher put in it', () => {
    const article = testArticle('3');
    const onAdSlot = vi.fn((element: HTMLElement) => {
      const ad = document.createElement('iframe');
      ad.title = 'Publisher ad';
      element.append(ad);
    });
    const slotProps = { position: 3, article, onAdSlot, label: 'Advertisement' };
    const { container, rerender } = render(adSlot(slotProps));
    const slot = container.querySelector<HTMLElement>('[data-ad-slot]');
    expect(slot?.textContent).toBe('Advertisement');
    expect(onAdSlot).toHaveBeenCalledWith(slot, { position: 3, article });

    rerender(adSlot({ ...slotProps, asleep: true }));
    const asleep = container.querySelector<HTMLElement>('[data-ad-slot]');
    expect(asleep).toBe(slot);
    expect(asleep?.firstChild?.textContent).toBe('Advertisement');
    expect(asleep?.childNodes).toHaveLength(2);
    expect(asleep?.querySelector('iframe')?.title).toBe('Publisher ad');

    rerender(adSlot(slotProps));
    expect(container.querySelector('[data-ad-slot]')).toBe(slot);
    expect(slot?.firstChild?.textContent).toBe('Advertisement');
    expect(slot?.querySelector('iframe')?.title).toBe('Publisher ad');
    // Told of the slot once, however often its article slept and woke.
    expect(onAdSlot).toHaveBeenCalledTimes(1);
  });
});
