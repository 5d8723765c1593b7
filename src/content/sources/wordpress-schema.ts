import * as v from 'valibot';
import { optionalList, optionalNumber, optionalString } from './common';

/*
 * The shapes the WordPress REST API answers with, as far as the reader reads them: posts
 * (https://developer.wordpress.org/rest-api/reference/posts/) with their `_embedded` authors,
 * featured media and terms, and the error object it sends instead. Everything is optional and
 * a field of the wrong shape is dropped (v.fallback), because caches, proxies, plugins and
 * static mirrors all reshape what core writes.
 */

/** `{ rendered }` as core writes it; a bare string as some plugins and proxies do. */
const RenderedSchema = v.fallback(
  v.optional(
    v.union([
      v.string(),
      v.looseObject({
        rendered: optionalString,
        protected: v.fallback(v.optional(v.boolean()), undefined),
      }),
    ]),
  ),
  undefined,
);

const SizeSchema = v.fallback(
  v.optional(
    v.looseObject({ source_url: optionalString, width: optionalNumber, height: optionalNumber }),
  ),
  undefined,
);

export const MediaSchema = v.looseObject({
  source_url: optionalString,
  alt_text: optionalString,
  caption: RenderedSchema,
  media_details: v.fallback(
    v.optional(
      v.looseObject({
        width: optionalNumber,
        height: optionalNumber,
        sizes: v.fallback(
          v.optional(
            v.looseObject({ large: SizeSchema, medium_large: SizeSchema, full: SizeSchema }),
          ),
          undefined,
        ),
        image_meta: v.fallback(v.optional(v.looseObject({ credit: optionalString })), undefined),
      }),
    ),
    undefined,
  ),
});

export const TermSchema = v.looseObject({
  taxonomy: optionalString,
  name: optionalString,
  slug: optionalString,
});

export const AuthorSchema = v.looseObject({ name: optionalString });

export const PostSchema = v.looseObject({
  id: v.fallback(v.optional(v.union([v.string(), v.number()])), undefined),
  status: optionalString,
  link: optionalString,
  title: RenderedSchema,
  content: RenderedSchema,
  excerpt: RenderedSchema,
  date: optionalString,
  date_gmt: optionalString,
  modified: optionalString,
  modified_gmt: optionalString,
  // Multilingual plugins (Polylang, WPML) say each post's language.
  lang: optionalString,
  _embedded: v.fallback(
    v.optional(
      v.looseObject({
        author: optionalList,
        'wp:featuredmedia': optionalList,
        'wp:term': optionalList,
      }),
    ),
    undefined,
  ),
});

/** What a WordPress error body looks like: `{ code, message, data: { status } }`. */
export const ErrorSchema = v.looseObject({ code: v.string(), message: optionalString });

export type Post = v.InferOutput<typeof PostSchema>;
type Rendered = v.InferOutput<typeof RenderedSchema>;

/** The HTML of a rendered field, whichever way it was written. */
export function renderedOf(field: Rendered): string | undefined {
  return typeof field === 'string' ? field : field?.rendered;
}
