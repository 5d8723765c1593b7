import { Suspense, useEffect, useRef, useState } from 'react';
import type { Swiper as SwiperInstance } from 'swiper';
import type { ArticleImage } from '../content/article';
import { fillLabel, useLabels } from '../shared/labels';
import { Figure } from './figure';
import { afterFirstScroll } from './first-scroll';
import { Slide } from './gallery-slide';
import { lazyCarousel } from './carousel-chunk';
import { useIdleStart } from './when-idle';

interface GalleryProps {
  readonly images: readonly ArticleImage[];
  /** The article's title, to name the carousel for assistive technology. */
  readonly title: string;
}

/**
 * An article's carousel. Its first picture, caption and buttons are in the app's own code;
 * Swiper (gallery-carousel.tsx, a chunk with its CSS, 29 KiB gzip) is fetched only when a
 * reader is about to use it: at the page's first scroll, once the carousel is within a
 * screen's height of the viewport and the page is idle, or at once when the reader reaches
 * for the carousel (a pointer, focus, a key, Next or Previous). A reader who only lands pays
 * nothing for it (issue 7). Until Swiper has started, and while its chunk is on its way, the
 * slides stand in Swiper's own classes with the box its CSS gives them, so nothing moves when
 * it takes over. A chunk that cannot load costs the carousel only (article-content.tsx).
 */
export default function Gallery({ images, title }: GalleryProps) {
  const labels = useLabels();
  const [swiper, setSwiper] = useState<SwiperInstance | null>(null);
  const [current, setCurrent] = useState(0);
  const [scrolled, setScrolled] = useState(false);
  const [reached, setReached] = useState(false);
  const box = useRef<HTMLElement | null>(null);
  const idle = useIdleStart(box);
  // A press that came before Swiper had started: carried out as soon as it has.
  const pending = useRef<'next' | 'previous' | null>(null);
  useEffect(() => afterFirstScroll(window, () => setScrolled(true)), []);

  const [first] = images;
  if (images.length === 1 && first) {
    return (
      <section className="ar-gallery" aria-label={fillLabel(labels.picture, { title })}>
        <Figure image={first} />
      </section>
    );
  }

  const reach = () => setReached(true);
  const go = (direction: 'next' | 'previous') => {
    if (!swiper) {
      pending.current = direction;
      reach();
    } else if (direction === 'next') swiper.slideNext();
    else swiper.slidePrev();
  };
  const started = (instance: SwiperInstance) => {
    setSwiper(instance);
    const press = pending.current;
    pending.current = null;
    if (press === 'next') instance.slideNext();
    else if (press === 'previous') instance.slidePrev();
  };
  const Carousel = lazyCarousel();
  const still = <Still images={images} />;

  return (
    <section
      ref={box}
      className="ar-gallery"
      aria-roledescription={labels.carousel}
      aria-label={fillLabel(labels.pictures, { title })}
      onPointerDown={reach}
      onFocus={reach}
      onKeyDown={reach}
    >
      {reached || (scrolled && idle.started) ? (
        <Suspense fallback={still}>
          {/* eslint-disable-next-line react-hooks/static-components -- module-level, not made per render: replaced only after its chunk failed to load */}
          <Carousel images={images} onStarted={started} onSlideChange={setCurrent} />
        </Suspense>
      ) : (
        still
      )}
      <div className="ar-gallery__controls">
        {/* Our own buttons, outside Swiper's markup, so they are real <button>s in the tab order. */}
        <button
          type="button"
          className="ar-gallery__button"
          aria-label={labels.previousSlide}
          onClick={() => go('previous')}
        >
          <span aria-hidden="true">←</span>
        </button>
        <p className="ar-gallery__counter">
          {fillLabel(labels.slideCount, { index: current + 1, count: images.length })}
        </p>
        <button
          type="button"
          className="ar-gallery__button"
          aria-label={labels.nextSlide}
          onClick={() => go('next')}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

/** What swiper/react renders before Swiper starts: the same boxes, the first slide shown. */
function Still({ images }: { readonly images: readonly ArticleImage[] }) {
  return (
    <div className="swiper ar-gallery__swiper ar-gallery__still">
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
    </div>
  );
}
