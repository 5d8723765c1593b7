import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/*
 * Brotli or gzip for text (HTML, JS, CSS, JSON, SVG, XML) when the request accepts it, with
 * `Vary: Accept-Encoding` so a cache in front keeps the variants apart. Brotli at quality 4
 * compresses about as well as gzip -9 at a fraction of quality 11's time per response.
 */
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|javascript|xml|feed\+json|ld\+json)|image\/svg)/;

export function isCompressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType);
}

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
  });
}
