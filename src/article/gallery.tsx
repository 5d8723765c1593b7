import { useEffect, useRef, useState } from 'react';
import type { ArticleImage } from '../content/article';
import { fillLabel, useLabels } from '../shared/labels';
import { afterNextPaint } from '../shared/landed';
import { warn } from '../shared/log';
import { forgetFailedCarousel, loadCarousel } from './carousel-chunk';
import { createCarouselControl, type SlideDirection } from './carousel-control';
import { Figure } from './figure';
import { afterFirstScroll } from './first-scroll';
import { Slide } from './gallery-slide';
import { useIdleStart } from './use-idle-start';

interface GalleryProps {
  readonly images: readonly ArticleImage[];
  /** The article's title, to name the carousel for assistive technology. */
  readonly title: string;
}

/**
 * An article's carousel. Its slides, caption and buttons are in the app's own code; Swiper
 * (gallery-carousel.ts, a chunk with its CSS) is fetched only when a reader is about to use
 * it: at the page's first scroll, once the carousel is within a screen's height of the
 * viewport and the page is idle, or when the reader reaches for the carousel (a key in it,
 * Next or Previous). A reader who only lands pays nothing for it (issue 7).
 * Until Swiper runs, Next and Previous move the gallery's own slides (carousel-control.ts);
 * Swiper then starts on those same elements, at the picture shown. A chunk that cannot load
 * costs only swiping: the buttons go on turning the slides, and the chunk is asked for again
 * at the next press or once the connection is back.
 */
export default function Gallery({ images, title }: GalleryProps) {
  const labels = useLabels();
  const [first] = images;
  if (images.length === 1 && first) {
    return (
      <section className="ar-gallery" aria-label={fillLabel(labels.picture, { title })}>
        <Figure image={first} />
      </section>
    );
  }
  return <Carousel images={images} title={title} />;
}

function Carousel({ images, title }: GalleryProps) {
  const labels = useLabels();
  const box = useRef<HTMLElement | null>(null);
  // A slide change writes the counter's text and renders nothing: a press's frame holds no
  // React render or commit (decision 0145). A render writes the same text.
  const slideCount = (index: number) =>
    fillLabel(labels.slideCount, { index: index + 1, count: images.length });
  const [control] = useState(() => {
    const made = createCarouselControl(images.length, (index) => {
      // The controls follow the slides; the counter is their one paragraph.
      const counter = made.still?.nextElementSibling?.querySelector('p');
      if (counter) counter.textContent = slideCount(index);
    });
    return made;
  });
  const [scrolled, setScrolled] = useState(false);
  const [wanted, setWanted] = useState(false);
  // Swiper's chunk is asked for again after a failure: each bump is one more try.
  const [attempt, setAttempt] = useState(0);
  const failed = useRef(false);
  const near = useIdleStart(box);
  useEffect(() => afterFirstScroll(window, () => setScrolled(true)), []);

  // Swiper is asked for in a task after the frame that shows the reader's input, never in it
  // (a late call after the gallery has gone sets nothing).
  const asked = useRef(false);
  const retry = () => {
    if (!failed.current) return;
    failed.current = false;
    afterNextPaint(window, () => setAttempt((tries) => tries + 1));
  };
  const ask = () => {
    if (!asked.current) afterNextPaint(window, () => setWanted(true));
    asked.current = true;
    retry();
  };
  const press = (direction: SlideDirection) => {
    control.press(direction);
    ask();
  };

  const start = wanted || (scrolled && near);
  useEffect(() => {
    if (!start) return;
    let stop: (() => void) | null = null;
    let gone = false;
    loadCarousel().then(
      ({ startCarousel }) => {
        if (!gone && control.still)
          stop = startCarousel(control.still, control, labels, asked.current);
      },
      (error: unknown) => {
        if (gone) return;
        // The chunk could not be loaded (offline, or gone after a redeploy): the carousel
        // goes on with its own slides, which Next and Previous move without Swiper, and asks
        // again at the next press or once the connection is back. Only swiping waits.
        forgetFailedCarousel();
        if (attempt === 0)
          warn('The carousel’s code could not be loaded; its buttons still turn it.', error);
        failed.current = true;
      },
    );
    return () => {
      gone = true;
      stop?.();
    };
    // `attempt` is read for the warning only; a new attempt is what re-runs this.
  }, [start, control, labels, attempt]);
  useEffect(() => {
    const online = () => retry();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  return (
    <section
      ref={box}
      className="ar-gallery"
      aria-roledescription={labels.carousel}
      aria-label={fillLabel(labels.pictures, { title })}
      // A key let go of inside it (the Tab that brought focus here, an arrow): not focus
      // itself, since a click's focus comes with its pointer down, and Swiper's start between
      // that and the click would hold the click up.
      onKeyUp={ask}
    >
      <div ref={control.attach} className="swiper ar-gallery__swiper ar-gallery__still">
        {/* A render after the first writes nothing here (the same props as the last render), so
            the classes the control and Swiper set stay. */}
        <Slides images={images} />
      </div>
      <div className="ar-gallery__controls">
        {/* Our own buttons, outside Swiper's markup, so they are real <button>s in the tab order. */}
        <button
          type="button"
          className="ar-gallery__button"
          aria-label={labels.previousSlide}
          onClick={() => press('previous')}
        >
          <span aria-hidden="true">←</span>
        </button>
        <p className="ar-gallery__counter">
          {/* eslint-disable-next-line react-hooks/refs -- the control's index, a plain getter: a render writes the text the last press wrote */}
          {slideCount(control.index)}
        </p>
        <button
          type="button"
          className="ar-gallery__button"
          aria-label={labels.nextSlide}
          onClick={() => press('next')}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

/** Swiper's wrapper and slides, the first one shown: the boxes Swiper starts on. */
function Slides({ images }: { readonly images: readonly ArticleImage[] }) {
  return (
    <div className="swiper-wrapper">
      {images.map((image, index) => (
        <div
          key={image.src}
          className={`swiper-slide ar-gallery__slide${index === 0 ? ' swiper-slide-active' : ''}`}
        >
          <Slide image={image} />
        </div>
      ))}
    </div>
  );
}
