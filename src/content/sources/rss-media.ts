import type { ArticleImage } from '../article';
import { isElement, type ContentWindow } from '../content-env';
import { isIconOrPixel } from '../lead-picture';
import { parseInert } from '../trusted-html';
import { toPlainText } from '../text';
import { resolveHttpUrl } from '../urls';
import { positiveSize } from './common';
import { child, children, MEDIA, type Namespaces, textIn } from './rss-xml';

/*
 * Pictures in a feed item: which one leads the article (Media RSS, an enclosure, a
 * non-standard <image>, else the body's first <img>) and what in a body is not a picture at
 * all (FeedBurner's tracking pixels and share buttons), cleared before sanitising.
 */

/** A picture found in the item, before it becomes an ArticleImage. */
interface Picture {
  readonly src: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly caption?: string;
  readonly credit?: string;
}

/**
 * A body without FeedBurner's 1×1 pixels and share buttons, and with a whole HTML document
 * reduced to its <body>. This runs before sanitising, on an inert DOMParser document (nothing
 * in it loads or runs), because the marks that identify the junk (a class, a size, an
 * address) are partly what the sanitiser strips; the sanitiser stays the last word.
 */
export function cleanBody(
  html: string,
  articleUrl: string,
  win: ContentWindow,
): { html: string; image: Picture | null } {
  if (!html) return { html: '', image: null };
  const body = parseInert(html, 'text/html', win).body;
  for (const junk of body.querySelectorAll('.feedflare, a[href*="//feedads.g.doubleclick.net/"]')) {
    junk.remove();
  }
  for (const img of body.querySelectorAll('img')) {
    if (isTrackingPixel(img)) img.remove();
  }
  // Emoji and icons stay in the text they belong to, but never lead the article.
  const image =
    Array.from(body.querySelectorAll('img:not(.wp-smiley, .emoji)'), (img) =>
      picture(img.getAttribute('src'), articleUrl, win, img),
    ).find((found) => found !== null && !isIconOrPixel(found)) ?? null;
  return { html: body.innerHTML, image };
}

function isTrackingPixel(img: Element): boolean {
  const tiny = (name: string) => /^\s*[01](px)?\s*$/.test(img.getAttribute(name) ?? '');
  // FeedBurner's pixel: feeds.feedburner.com/~r/<feed>/~4/<item>, also on custom domains.
  return tiny('width') || tiny('height') || /\/~r\/[^/]+\/~4\//.test(img.getAttribute('src') ?? '');
}

/**
 * The lead picture the item names: Media RSS (the largest of several, as a feed often gives
 * one picture at several widths), an image enclosure, a non-standard item <image>; without
 * one, the body's first picture leads (cleanBody). Author avatars, icons and tracking pixels
 * are never the lead.
 */
export function leadImage(
  item: Element,
  own: Namespaces,
  atom: boolean,
  base: string,
  win: ContentWindow,
): ArticleImage | null {
  const holders = [item, ...children(item, MEDIA, 'group')];
  const contents = holders.flatMap((holder) => children(holder, MEDIA, 'content'));
  const thumbnails = [...holders, ...contents].flatMap((holder) =>
    children(holder, MEDIA, 'thumbnail'),
  );
  const media = [...contents.filter(isImageMedia), ...thumbnails]
    .map((element) => picture(element.getAttribute('url'), base, win, element))
    .filter((found): found is Picture => found !== null && !isIconOrPixel(found));
  const largest = media.reduce<Picture | null>(
    (best, found) => (!best || (found.width ?? 0) > (best.width ?? 0) ? found : best),
    null,
  );

  const enclosure = children(item, own, atom ? 'link' : 'enclosure').find(
    (element) =>
      (!atom || element.getAttribute('rel') === 'enclosure') &&
      /^image\//i.test(element.getAttribute('type') ?? ''),
  );
  const itemImage = atom ? null : child(item, own, 'image');
  const lead = (found: Picture | null) => (found && !isIconOrPixel(found) ? found : null);
  const chosen =
    largest ??
    lead(picture(enclosure?.getAttribute(atom ? 'href' : 'url'), base, win)) ??
    (itemImage &&
      lead(
        picture(
          itemImage.children.length > 0 ? textIn(itemImage, own, 'url') : itemImage.textContent,
          base,
          win,
          { width: textIn(itemImage, own, 'width'), height: textIn(itemImage, own, 'height') },
        ),
      ));
  return asLead(chosen);
}

/** A picture as the article's lead (its alt is unknown: the lead is described by the title). */
export function asLead(chosen: Picture | null): ArticleImage | null {
  if (!chosen) return null;
  return {
    src: chosen.src,
    width: chosen.width,
    height: chosen.height,
    alt: '',
    caption: chosen.caption ?? '',
    credit: chosen.credit ?? '',
  };
}

function isImageMedia(element: Element): boolean {
  const medium = element.getAttribute('medium');
  if (medium) return medium.toLowerCase() === 'image';
  const type = element.getAttribute('type');
  if (type) return /^image\//i.test(type);
  // Neither said (the Guardian's): a picture unless the address names a sound or a film.
  return !/\.(mp3|m4a|aac|oga|ogg|wav|mp4|m4v|mov|webm|pdf)(\?|#|$)/i.test(
    element.getAttribute('url') ?? '',
  );
}

/** A picture at `value` (not an avatar), its size and, from Media RSS, its caption and credit. */
function picture(
  value: string | null | undefined,
  base: string,
  win: ContentWindow,
  size?: Element | { width: string; height: string },
): Picture | null {
  const src = resolveHttpUrl(value, base);
  if (!src || /(^|\.)gravatar\.com$/i.test(new URL(src).hostname)) return null;
  const dimension = (name: 'width' | 'height') => {
    const text = isElement(size) ? size.getAttribute(name) : size?.[name];
    return positiveSize(text);
  };
  const mediaText = (name: string) => {
    if (!isElement(size)) return '';
    // Media RSS: on the picture itself, or on the media:group that holds it.
    const group = size.parentElement;
    const holders = group?.localName === 'group' ? [size, group] : [size];
    const found = holders.map((holder) => child(holder, MEDIA, name)).find(Boolean);
    return found ? toPlainText(found.textContent, win) : '';
  };
  return {
    src,
    width: dimension('width'),
    height: dimension('height'),
    caption: mediaText('description'),
    credit: mediaText('credit'),
  };
}
