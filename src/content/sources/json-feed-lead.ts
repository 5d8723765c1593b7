import { isIconOrPixel } from '../lead-picture';
import { resolveHttpUrl } from '../urls';

/*
 * What the embed entry reads of a JSON Feed before the app (and valibot, and the sanitiser)
 * has arrived: the Accept header it asks with and which picture leads an item. The source
 * (json-feed.ts) uses the same two, so the picture the entry preloads is the one the article
 * shows, by one rule.
 */

export const JSON_FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

/**
 * The lead picture's URL of a JSON Feed item (`image`, else `banner_image`), or null; never
 * an icon or a tracking pixel (by its address, or the size `_reader.image` declares).
 */
export function jsonFeedLeadUrl(item: unknown, base: string): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const { image, banner_image: banner, _reader: reader } = item as Record<string, unknown>;
  const src = resolveHttpUrl(typeof image === 'string' ? image : banner, base);
  if (!src) return null;
  const declared = (reader as { image?: { width?: unknown; height?: unknown } } | undefined)?.image;
  const size = (value: unknown) => (typeof value === 'number' ? value : null);
  return isIconOrPixel({ src, width: size(declared?.width), height: size(declared?.height) })
    ? null
    : src;
}
