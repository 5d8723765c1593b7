import Swiper from 'swiper';
import { A11y, Keyboard } from 'swiper/modules';
import 'swiper/css';
import { fillLabel, type Labels } from '../shared/labels';
import type { CarouselControl } from './carousel-control';

// jsdom and some embedded browsers have no matchMedia.
const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Swiper's code and CSS, a chunk of their own that the gallery asks for only once a reader is
 * about to use it (carousel-chunk.ts). Swiper starts on the gallery's own markup (the
 * container, wrapper and slides React rendered, in Swiper's classes), so taking over replaces
 * no element and reloads no picture: the reader sees nothing change but that the carousel now
 * slides. It starts at the picture the gallery shows and takes the presses from the same
 * step on. Swiper core, not swiper/react: React only renders those boxes, once. Returns the
 * stop (Swiper destroyed, the elements left in the order and classes React rendered).
 */
export function startCarousel(
  element: HTMLElement,
  control: CarouselControl,
  labels: Labels,
): () => void {
  const reseat = reseating(window);
  let running = false;
  const swiper = new Swiper(element, {
    modules: [A11y, Keyboard],
    loop: true,
    initialSlide: control.index,
    // A reader who presses Next twice quickly means two slides, not one.
    loopPreventsSliding: false,
    speed: reducedMotion() ? 0 : 300,
    // Arrows only: Page Down / Page Up belong to the feed (between articles, the ARIA feed
    // pattern), and Swiper would also turn the slide on them.
    keyboard: { enabled: true, onlyInViewport: true, pageUpDown: false },
    a11y: {
      enabled: true,
      prevSlideMessage: labels.previousSlide,
      nextSlideMessage: labels.nextSlide,
      // Swiper fills in its own {{placeholders}}.
      slideLabelMessage: fillLabel(labels.slideCount, {
        index: '{{index}}',
        count: '{{slidesLength}}',
      }),
    },
    on: {
      slideChange: (instance) => {
        if (running) control.shown(instance.realIndex);
      },
      resize: () => reseat.pending(),
    },
  });
  running = true;
  control.follow({
    slideNext: () => reseat.then(() => swiper.slideNext()),
    slidePrev: () => reseat.then(() => swiper.slidePrev()),
  });
  // Swiper's loop may settle elsewhere than it was asked: it shows the reader's picture.
  if (swiper.realIndex !== control.index) {
    swiper.slideToLoop(control.index, 0);
    reseat.pending();
  }
  return () => {
    running = false;
    control.follow(null);
    swiper.destroy(true, true);
  };
}

/**
 * Swiper's slideToLoop (what its resize handling calls, and the start above) moves the slide
 * one animation frame later, to the slide it chose when called; a press in between was
 * undone by it. Swiper's first resize comes right after it starts (its ResizeObserver's first
 * report), so a press just then was lost: the flaky "1 / 5" of e2e/trusted-types.spec.ts.
 * While such a move is pending, a press waits for it, and is made in that same frame, just
 * after it.
 */
function reseating(win: Pick<Window, 'requestAnimationFrame'>) {
  let waiting: (() => void)[] | null = null;
  return {
    pending() {
      if (waiting) return;
      const moves: (() => void)[] = [];
      waiting = moves;
      // Queued after Swiper's own frame callback (registered in the call that got us here).
      queueMicrotask(() =>
        win.requestAnimationFrame(() => {
          waiting = null;
          moves.forEach((move) => move());
        }),
      );
    },
    then(move: () => void) {
      if (waiting) waiting.push(move);
      else move();
    },
  };
}
