import { describe, expect, it, vi } from 'vitest';
import { createCarouselControl } from './carousel-control';

/** The gallery's own slides, as gallery.tsx renders them: the first one shown. */
function stillOf(count: number): HTMLElement {
  const container = document.createElement('div');
  const wrapper = document.createElement('div');
  for (let at = 0; at < count; at += 1) {
    const slide = document.createElement('div');
    slide.className = at === 0 ? 'swiper-slide swiper-slide-active' : 'swiper-slide';
    wrapper.append(slide);
  }
  container.append(wrapper);
  return container;
}

const shownSlide = (still: HTMLElement) =>
  [...(still.firstElementChild?.children ?? [])].findIndex((slide) =>
    slide.classList.contains('swiper-slide-active'),
  );

describe('createCarouselControl', () => {
  it('moves its own slides at once before Swiper runs, looping both ways', () => {
    const onIndex = vi.fn();
    const control = createCarouselControl(5, onIndex);
    const still = stillOf(5);
    control.attach(still);
    control.press('previous');
    expect(control.index).toBe(4);
    expect(shownSlide(still)).toBe(4);
    control.press('next');
    control.press('next');
    expect(onIndex.mock.calls.map(([index]) => index as number)).toEqual([4, 0, 1]);
    expect(shownSlide(still)).toBe(1);
    const wrapper = still.firstElementChild as HTMLElement;
    expect(wrapper.style.getPropertyValue('--ar-shown')).toBe('1');
  });

  it('sends the presses to Swiper once it runs, and follows the picture Swiper shows', () => {
    const onIndex = vi.fn();
    const control = createCarouselControl(5, onIndex);
    const still = stillOf(5);
    control.attach(still);
    control.press('next');
    const swiper = { slideNext: vi.fn(), slidePrev: vi.fn() };
    control.follow(swiper);
    control.press('next');
    control.press('previous');
    expect(swiper.slideNext).toHaveBeenCalledTimes(1);
    expect(swiper.slidePrev).toHaveBeenCalledTimes(1);
    // Swiper moves the slides now; the control no longer does.
    expect(shownSlide(still)).toBe(1);
    control.shown(3);
    expect(control.index).toBe(3);
    expect(onIndex).toHaveBeenLastCalledWith(3);
  });

  it('moves its own slides again, from the picture shown, once Swiper has gone', () => {
    const control = createCarouselControl(5, () => undefined);
    const still = stillOf(5);
    control.attach(still);
    const swiper = { slideNext: vi.fn(), slidePrev: vi.fn() };
    control.follow(swiper);
    control.shown(2);
    control.follow(null);
    control.press('next');
    expect(swiper.slideNext).not.toHaveBeenCalled();
    expect(control.index).toBe(3);
    expect(shownSlide(still)).toBe(3);
  });
});
