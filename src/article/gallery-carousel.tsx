import type { Swiper as SwiperInstance } from 'swiper';
import { A11y, Keyboard } from 'swiper/modules';
import { Swiper, SwiperSlide } from 'swiper/react';
import 'swiper/css';
import type { ArticleImage } from '../content/article';
import { fillLabel, useLabels } from '../shared/labels';
import { Slide } from './gallery-slide';

export interface GalleryCarouselProps {
  readonly images: readonly ArticleImage[];
  readonly onStarted: (instance: SwiperInstance) => void;
  readonly onSlideChange: (index: number) => void;
}

// jsdom and some embedded browsers have no matchMedia.
const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Swiper around a gallery's slides: its own chunk with Swiper's code and CSS, which the
 * gallery (gallery.tsx) asks for only once a reader is about to use it (carousel-chunk.ts).
 * Swiper is destroyed when the article unmounts (swiper/react does that), never on a timer.
 */
export default function GalleryCarousel({
  images,
  onStarted,
  onSlideChange,
}: GalleryCarouselProps) {
  const labels = useLabels();
  return (
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
      onSwiper={onStarted}
      onSlideChange={(instance) => onSlideChange(instance.realIndex)}
    >
      {images.map((image) => (
        <SwiperSlide key={image.src} className="ar-gallery__slide">
          <Slide image={image} />
        </SwiperSlide>
      ))}
    </Swiper>
  );
}
