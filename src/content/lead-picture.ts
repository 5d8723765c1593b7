/*
 * Which pictures may lead an article, and the body's copy of the one that does. A feed's
 * first picture is often not a picture at all (a tracking pixel, a smiley, a share icon),
 * and a lead taken from the body (RSS) or given beside it (a featured image the body repeats)
 * would otherwise be shown twice in a row.
 */

/** Under this many CSS pixels wide or high, a declared size is an icon, not a lead. */
const LEAD_MIN_SIZE = 100;

// Known addresses of pixels and emoji: FeedBurner's (feeds.feedburner.com/~r/<feed>/~4/…,
// also on custom domains), WordPress's smilies and emoji (s.w.org/images/core/emoji), and
// the usual names of counters and spacers.
const NOT_A_PICTURE = [
  /\/~r\/[^/]+\/~4\//,
  /\/\/feeds\.feedburner\.com\/~r\//i,
  /\/wp-includes\/images\/smilies\//i,
  /\/\/s\.w\.org\/images\/core\/emoji\//i,
  /\/(tracking-?)?pixel(\.\w+)?([/?#]|$)/i,
  /\/(spacer|blank|transparent|1x1)\.(gif|png)([?#]|$)/i,
  /[?&](width|w)=1&(height|h)=1\b/i,
];

export interface SizedPicture {
  readonly src: string;
  readonly width: number | null;
  readonly height: number | null;
}

/** An icon, emoji or tracking pixel: never an article's lead picture. */
export function isIconOrPixel(picture: SizedPicture): boolean {
  const small = (size: number | null) => size !== null && size < LEAD_MIN_SIZE;
  return (
    small(picture.width) ||
    small(picture.height) ||
    NOT_A_PICTURE.some((pattern) => pattern.test(picture.src))
  );
}

/**
 * One picture at two addresses? WordPress names its smaller copies `{name}-{w}x{h}.{ext}`
 * (and its downsized originals `{name}-scaled.{ext}`), and image CDNs size a file by its
 * query; a query that is not on a picture's file name may be what picks the picture.
 */
export function pictureKey(src: string): string {
  try {
    const url = new URL(src);
    const path = url.pathname.replace(/-(\d+x\d+|scaled)(?=\.\w+$)/i, '');
    const file = /\.(jpe?g|png|gif|webp|avif)$/i.test(path);
    return `${url.host}${path}${file ? '' : url.search}`;
  } catch {
    return src;
  }
}

const MEDIA_WRAPPERS = new Set(['PICTURE', 'A', 'FIGURE', 'P', 'DIV', 'SPAN']);

/**
 * Takes out of a sanitised body the first picture that is the lead (by pictureKey), with the
 * wrappers it leaves empty (its <picture>, link, <figure> with its caption, paragraph).
 */
export function dropRepeatedLead(fragment: DocumentFragment, lead: string): void {
  const key = pictureKey(lead);
  const img = Array.from(fragment.querySelectorAll('img')).find((candidate) => {
    const src = candidate.getAttribute('src');
    return src !== null && pictureKey(src) === key;
  });
  if (!img) return;
  let gone: Element = img;
  for (let parent = img.parentElement; parent; parent = parent.parentElement) {
    if (!MEDIA_WRAPPERS.has(parent.tagName)) break;
    const rest = Array.from(parent.childNodes).filter((node) => node !== gone);
    const onlyCaption = rest.every(
      (node) =>
        !node.textContent?.trim() ||
        (parent.tagName === 'FIGURE' && (node as Element).tagName === 'FIGCAPTION'),
    );
    if (!onlyCaption || parent.querySelectorAll('img, video, audio, iframe').length > 1) break;
    gone = parent;
  }
  gone.remove();
}
