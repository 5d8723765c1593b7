import type { ArticleImage } from '../article';
import { isElement, TEXT_NODE, type ContentWindow } from '../content-env';
import { collapseSpace, inertDocument } from '../text';
import { resolveHttpUrl } from '../urls';
import { positiveSize } from './common';

/*
 * A WordPress post's body made readable without the site's theme and scripts, before it is
 * sanitised: images that lazy-loading plugins left without an address get it back, and the
 * pictures of classic [gallery] shortcodes leave the body to become the article's carousel.
 */

/** The body with lazy images repaired and classic galleries lifted out, before sanitising. */
export function prepareBody(
  html: string,
  base: string,
  win: ContentWindow,
): { html: string; gallery: ArticleImage[] } {
  if (!/<(img|source|iframe|div)\b/i.test(html)) return { html, gallery: [] };
  const doc = inertDocument(html, win);
  repairLazyMedia(doc.body);
  const gallery = liftGalleries(doc.body, base);
  return { html: doc.body.innerHTML, gallery };
}

/**
 * Lazy-loading themes and plugins (Cocoon's lozad, lazysizes, WP Rocket, a3) leave `src` empty
 * or a placeholder and keep the real address in data-src / data-lazy-src / data-srcset for
 * their script, which never runs here: the address is moved to where a browser reads it.
 * They also repeat the picture in a <noscript> right after it for readers without script.
 * Once the image has its real src that copy is a duplicate, so it goes here. Parsed with
 * scripting off (DOMParser, DOMPurify) it is a real second <img>; today's sanitiser happens
 * to drop <noscript> with its content (DOMPurify's default FORBID_CONTENTS), but "each
 * picture once" should not hang on a sanitiser default. A <noscript> that follows no
 * repaired image is left to the sanitiser.
 */
function repairLazyMedia(body: HTMLElement): void {
  for (const element of Array.from(body.querySelectorAll('img, source, iframe'))) {
    const src = dataAttribute(element, ['data-src', 'data-lazy-src']);
    const srcset = dataAttribute(element, ['data-srcset', 'data-lazy-srcset']);
    if (src === null && srcset === null) continue;
    if (src !== null && element.tagName !== 'SOURCE') element.setAttribute('src', src);
    if (srcset !== null) element.setAttribute('srcset', srcset);
    const sizes = dataAttribute(element, ['data-sizes', 'data-lazy-sizes']);
    // lazysizes' "auto" is computed by its script; without it the browser's default is right.
    if (sizes !== null && sizes !== 'auto') element.setAttribute('sizes', sizes);
    const copy = nextElement(element.closest('picture') ?? element);
    if (copy?.tagName === 'NOSCRIPT') copy.remove();
  }
}

function dataAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** The next element sibling, past whitespace only (not past text a reader would see). */
function nextElement(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && node.nodeType === TEXT_NODE && !node.textContent?.trim()) {
    node = node.nextSibling;
  }
  return isElement(node) ? node : null;
}

/**
 * A classic [gallery] shortcode renders as div.gallery: dl.gallery-item > dt.gallery-icon img
 * + dd.wp-caption-text, or with HTML5 support figure.gallery-item + figcaption. Its pictures
 * become the article's carousel, so the grid of thumbnails leaves the body.
 */
function liftGalleries(body: HTMLElement, base: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  for (const block of Array.from(body.querySelectorAll('div.gallery'))) {
    const found = Array.from(block.querySelectorAll('img')).flatMap((img) => {
      const image = galleryImage(img, base);
      return image ? [image] : [];
    });
    if (found.length === 0) continue;
    images.push(...found);
    block.remove();
  }
  // The carousel keys its slides by src: a picture shown twice is one slide.
  return images.filter((image, index) => images.findIndex((i) => i.src === image.src) === index);
}

function galleryImage(img: HTMLImageElement, base: string): ArticleImage | null {
  const item = img.closest('.gallery-item') ?? img.parentElement;
  const caption = item?.querySelector('.wp-caption-text, .gallery-caption, figcaption, dd');
  const width = positiveSize(img.getAttribute('width'));
  const height = positiveSize(img.getAttribute('height'));
  const shown = resolveHttpUrl(img.getAttribute('src'), base);
  const larger = largestCandidate(img.getAttribute('srcset'), base);
  const common = {
    alt: collapseSpace(img.getAttribute('alt')),
    caption: collapseSpace(caption?.textContent ?? null),
    credit: '',
  };
  if (larger && (width === null || larger.width > width)) {
    const scaled = width && height ? Math.round((larger.width * height) / width) : null;
    return { ...common, src: larger.src, width: larger.width, height: scaled };
  }
  const original = linkedOriginal(img, shown, base);
  if (original) {
    // The grid shows a small copy (300 px "medium", 150 px "thumbnail"); the carousel is as
    // wide as the column, so the original it links to is shown instead. Its size is unknown;
    // the copy's width and height keep its shape, which is all the carousel uses them for
    // (scaled sizes keep the original's shape; a cropped thumbnail's square is what the
    // publisher's own grid showed).
    return { ...common, src: original, width, height };
  }
  return shown ? { ...common, src: shown, width, height } : null;
}

/** The widest `w` candidate of a srcset, up to 2048 px (WordPress's largest default size). */
function largestCandidate(
  srcset: string | null,
  base: string,
): { src: string; width: number } | null {
  let best: { src: string; width: number } | null = null;
  for (const candidate of (srcset ?? '').split(',')) {
    const [address, descriptor] = candidate.trim().split(/\s+/);
    const match = /^(\d+)w$/.exec(descriptor ?? '');
    const src = resolveHttpUrl(address, base);
    if (!match || !src) continue;
    const width = Number(match[1]);
    if (width <= 2048 && (best === null || width > best.width)) best = { src, width };
  }
  return best;
}

/**
 * The file a gallery thumbnail links to when it is the same picture: WordPress names its
 * smaller copies `{name}-{w}x{h}.{ext}` beside `{name}.{ext}`. A link to an attachment page
 * or elsewhere is not a picture.
 */
function linkedOriginal(img: HTMLImageElement, shown: string | null, base: string): string | null {
  const href = resolveHttpUrl(img.closest('a')?.getAttribute('href'), base);
  if (!href || !shown) return null;
  const name = (address: string) => new URL(address).pathname.split('/').pop() ?? '';
  const stem = name(shown).replace(/-\d+x\d+(\.\w+)$/, '$1');
  return stem === name(href) && /\.(jpe?g|png|gif|webp|avif)$/i.test(stem) ? href : null;
}
