import Swiper from 'swiper';
import { A11y, Keyboard } from 'swiper/modules';
// From label-words, not labels: labels.ts brings React, and React shared by two lazy chunks
// is split off the app chunk into a chunk of its own (scripts/chunk-graph.ts).
import { fillLabel, type Labels } from '../shared/label-words';
import type { CarouselControl } from './carousel-control';
import { whenQuiet, type QuietWindow } from './when-quiet';

// jsdom and some embedded browsers have no matchMedia.
const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Swiper's code, a chunk of its own that the gallery asks for only once a reader is about to
 * use it (carousel-chunk.ts). Swiper starts on the gallery's own markup (the container,
 * wrapper and slides React rendered, in Swiper's classes), so taking over replaces no element
 * and reloads no picture: the reader sees nothing change but that the carousel now slides.
 * It starts at the picture the gallery shows and takes the presses from the same step on.
 * Swiper core, not swiper/react: React only renders those boxes. Not Swiper's stylesheet,
 * whose :root rule restyled the whole page when it arrived, but the two things its core
 * needs of it, set here (decision 0145). Returns the stop (Swiper destroyed, the elements left in
 * the order and classes React rendered).
 */
function runSwiper(element: HTMLElement, control: CarouselControl, labels: Labels): () => void {
  let running = false;
  // Swiper's sheet: the page still scrolls under a vertical swipe, and each slide is a layer
  // of its own, so a slide's move is the compositor's, with no paint of the pictures in the
  // press's frame. Inline, so no stylesheet arrives (Swiper's stop removes them).
  element.style.touchAction = 'pan-y';
  for (const slide of element.querySelectorAll<HTMLElement>('.swiper-slide'))
    Object.assign(slide.style, { transform: 'translateZ(0)', backfaceVisibility: 'hidden' });
  const swiper = new Swiper(element, {
    modules: [A11y, Keyboard],
    // Rewind, not loop: Next on the last picture still shows the first (the contract), but a
    // press only moves the wrapper. Swiper's loop moved slides in the DOM and measured them all
    // on every press, inside the press's frame, and re-seated them a frame later, undoing a
    // press made in between (decisions 0125, 0145).
    rewind: true,
    initialSlide: control.index,
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
    },
  });
  running = true;
  control.follow({
    slideNext: () => swiper.slideNext(),
    slidePrev: () => swiper.slidePrev(),
  });
  return () => {
    running = false;
    control.follow(null);
    swiper.destroy(true, true);
  };
}

/**
 * Starts the carousel at once (`asked`: the reader has reached for it) or at a quiet moment:
 * Swiper's start measures every slide, a long task under a slow CPU, so unasked it waits for
 * a moment when the page draws nothing and never shares a frame with an article's reveal or
 * a scroll (decision 0145). A reader who reaches for the carousel while
 * it waits (a press, a key let go of in it) has it start after that input's frame. Here, not
 * in the app's chunk, since only a carousel that starts needs it. Returns the stop.
 */
export function startCarousel(
  element: HTMLElement,
  control: CarouselControl,
  labels: Labels,
  asked: boolean,
  win: QuietWindow = window,
): () => void {
  let stop: (() => void) | null = null;
  const box = element.parentElement ?? element;
  const cancels: (() => void)[] = [];
  const now = () => {
    cancels.splice(0).forEach((cancel) => cancel());
    stop ??= runSwiper(element, control, labels);
  };
  // After that input's frame: a task queued from its animation frame.
  const reached = () => win.requestAnimationFrame(() => win.setTimeout(now, 0));
  if (!asked) {
    cancels.push(whenQuiet(win, now));
    for (const type of ['click', 'keyup'] as const) {
      box.addEventListener(type, reached);
      cancels.push(() => box.removeEventListener(type, reached));
    }
  } else now();
  return () => {
    cancels.splice(0).forEach((cancel) => cancel());
    stop?.();
    // A stopped carousel starts no more.
    stop = () => undefined;
  };
}
