export type SlideDirection = 'next' | 'previous';

/** What a press needs of a running Swiper. */
interface SlideMover {
  readonly slideNext: () => void;
  readonly slidePrev: () => void;
}

export interface CarouselControl {
  /** The picture shown, counted from 0. */
  readonly index: number;
  /** The slides' container (Swiper's `.swiper` element), or null once it has gone. */
  readonly still: HTMLElement | null;
  readonly attach: (element: HTMLElement | null) => void;
  /** Next or Previous: Swiper's move once it runs, the gallery's own slides' until then. */
  readonly press: (direction: SlideDirection) => void;
  /** Swiper has taken over (presses go to it from now), or has gone (null). */
  readonly follow: (swiper: SlideMover | null) => void;
  /** Swiper shows picture `index`. */
  readonly shown: (index: number) => void;
}

/**
 * Who moves a gallery's pictures. Until Swiper runs, a press moves the gallery's own slides
 * (the same boxes Swiper uses, in its classes: one class and one custom property change, a
 * frame's cheapest work), so the press paints at once and Swiper's start (it measures every
 * slide) falls in a task of its own after it (issue 7, INP). Swiper then starts where the
 * reader is, reading `index` and calling `follow` in one synchronous step
 * (gallery-carousel.ts), so no press can fall between the two movers and be lost.
 * Framework-free: the slides' container is given by `attach` (a callback ref).
 */
export function createCarouselControl(
  count: number,
  onIndex: (index: number) => void,
): CarouselControl {
  let still: HTMLElement | null = null;
  let index = 0;
  let swiper: SlideMover | null = null;
  const shown = (next: number) => {
    index = next;
    onIndex(next);
  };
  return {
    get index() {
      return index;
    },
    get still() {
      return still;
    },
    attach(element) {
      still = element;
    },
    press(direction) {
      if (swiper) return direction === 'next' ? swiper.slideNext() : swiper.slidePrev();
      // Looping, as Swiper does: Next on the last picture shows the first.
      const next = (index + (direction === 'next' ? 1 : count - 1)) % count;
      const wrapper = still?.firstElementChild as HTMLElement | null | undefined;
      if (wrapper) {
        wrapper.style.setProperty('--ar-shown', String(next));
        [...wrapper.children].forEach((slide, at) =>
          slide.classList.toggle('swiper-slide-active', at === next),
        );
      }
      shown(next);
    },
    follow(mover) {
      swiper = mover;
    },
    shown,
  };
}
