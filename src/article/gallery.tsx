import { useState } from 'react';
import type { Swiper as SwiperInstance } from 'swiper';
import { A11y, Keyboard } from 'swiper/modules';
import { Swiper, SwiperSlide } from 'swiper/react';
import 'swiper/css';
import type { ArticleImage } from '../content/article';
import { fillLabel, useLabels } from '../shared/labels';
import { Caption, Figure } from './figure';

interface GalleryProps {
  readonly images: readonly ArticleImage[];
  /** The article's title, to name the carousel for assistive technology. */
  readonly title: string;
}

// jsdom and some embedded browsers have no matchMedia.
const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * An article's carousel. Swiper is created when the article mounts and destroyed when it
 * unmounts (swiper/react does both), never on a timer. This module is its own chunk: see
 * article-view.tsx.
 */
export default function Gallery({ images, title }: GalleryProps) {
  const labels = useLabels();
  const [swiper, setSwiper] = useState<SwiperInstance | null>(null);
  const [current, setCurrent] = useState(0);

  const [first] = images;
  if (images.length === 1 && first) {
    return (
      <section className="ar-gallery" aria-label={fillLabel(labels.picture, { title })}>
        <Figure image={first} />
      </section>
    );
  }

  return (
    <section
      className="ar-gallery"
      aria-roledescription={labels.carousel}
      aria-label={fillLabel(labels.pictures, { title })}
    >
      <Swiper
        className="ar-gallery__swiper"
        modules={[A11y, Keyboard]}
        loop
        // A reader who presses Next twice quickly means two slides, not one.
        loopPreventsSliding={false}
        speed={reducedMotion() ? 0 : 300}
        // Arrows only: Page Down / Page Up belong to the feed (between articles, the ARIA feed
        // pattern), and Swiper would also turn the slide on them.
        keyboard={{ enabled: true, onlyInViewport: true, pageUpDown: false }}
        a11y={{
          enabled: true,
          prevSlideMessage: labels.previousSlide,
          nextSlideMessage: labels.nextSlide,
          // Swiper fills in its own {{placeholders}}.
          slideLabelMessage: fillLabel(labels.slideCount, {
            index: '{{index}}',
            count: '{{slidesLength}}',
          }),
        }}
        onSwiper={setSwiper}
        onSlideChange={(instance) => setCurrent(instance.realIndex)}
      >
        {images.map((image) => (
          <SwiperSlide key={image.src} className="ar-gallery__slide">
            <figure className="ar-figure">
              <div
                className="ar-gallery__frame"
                style={{ aspectRatio: `${image.width ?? 3} / ${image.height ?? 2}` }}
              >
                <img
                  src={image.src}
                  alt={image.alt}
                  width={image.width ?? undefined}
                  height={image.height ?? undefined}
                  loading="lazy"
                  decoding="async"
                  className="ar-gallery__img"
                />
              </div>
              {(image.caption || image.credit) && <Caption image={image} />}
            </figure>
          </SwiperSlide>
        ))}
      </Swiper>
      <div className="ar-gallery__controls">
        {/* Our own buttons, outside Swiper's markup, so they are real <button>s in the tab order. */}
        <button
          type="button"
          className="ar-gallery__button"
          aria-label={labels.previousSlide}
          onClick={() => swiper?.slidePrev()}
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
          onClick={() => swiper?.slideNext()}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}
