import { useRef, useState } from 'react';
import type { Swiper as SwiperInstance } from 'swiper';
import { A11y, Keyboard } from 'swiper/modules';
import { Swiper, SwiperSlide } from 'swiper/react';
import 'swiper/css';
import type { ArticleImage } from '../content/article';
import { fillLabel, useLabels } from '../shared/labels';
import { Caption, Figure } from './figure';
import { useIdleStart } from './when-idle';

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
 * An article's carousel. Swiper is created at the first idle moment once the carousel is
 * within a screen's height of the viewport (or at once when Next or Previous is pressed before then), not in the commit that puts the
 * article on the page: starting it reads the layout, which there would lay out the whole new
 * article inside that task (long animation frames while reading, issue 7). Until then the
 * slides stand in Swiper's own classes, so the carousel has its final size from the first
 * frame. Swiper is destroyed when the article unmounts (swiper/react does that), never on a
 * timer. This module is its own chunk: see article-view.tsx.
 */
export default function Gallery({ images, title }: GalleryProps) {
  const labels = useLabels();
  const [swiper, setSwiper] = useState<SwiperInstance | null>(null);
  const [current, setCurrent] = useState(0);
  const box = useRef<HTMLElement | null>(null);
  const idle = useIdleStart(box);
  // A press that came before Swiper had started: carried out as soon as it has.
  const pending = useRef<'next' | 'previous' | null>(null);

  const [first] = images;
  if (images.length === 1 && first) {
    return (
      <section className="ar-gallery" aria-label={fillLabel(labels.picture, { title })}>
        <Figure image={first} />
      </section>
    );
  }

  const go = (direction: 'next' | 'previous') => {
    if (!swiper) {
      pending.current = direction;
      idle.now();
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

  return (
    <section
      ref={box}
      className="ar-gallery"
      aria-roledescription={labels.carousel}
      aria-label={fillLabel(labels.pictures, { title })}
    >
      {idle.started ? (
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
          onSwiper={started}
          onSlideChange={(instance) => setCurrent(instance.realIndex)}
        >
          {images.map((image) => (
            <SwiperSlide key={image.src} className="ar-gallery__slide">
              <Slide image={image} />
            </SwiperSlide>
          ))}
        </Swiper>
      ) : (
        // What swiper/react renders before Swiper starts: the same boxes, the first slide shown.
        <div className="swiper ar-gallery__swiper">
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

/** One picture of the carousel with its caption and credit, its box held by its ratio. */
function Slide({ image }: { readonly image: ArticleImage }) {
  return (
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
  );
}
