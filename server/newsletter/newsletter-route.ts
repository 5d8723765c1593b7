import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
// The same check as the form's, so the two never disagree about an address.
import { isEmailAddress } from '../../src/widgets/email.ts';
import type { SignupStore } from './signup-store.ts';

const NEWSLETTER_PATH = '/api/newsletter';
/** Contract section 8: a body over 16 KiB is refused with 413. */
const MAX_BODY_BYTES = 16 * 1024;
/** RFC 5321's limit on a forward path, less its angle brackets. */
const MAX_ADDRESS_LENGTH = 254;

export interface NewsletterOptions {
  readonly store: SignupStore;
  /** The origin(s) a browser's form posts from: the site's public one, or the request's own. */
  readonly allowedOrigins: (request: FastifyRequest) => readonly string[];
}

/**
 * `POST /api/newsletter` with `{ "email": … }` (README, “The production server”): 201 stored, 200 already
 * stored, 403 cross-site Origin (no Origin, from a server or a script, is fine), 413 over
 * 16 KiB, 415 not JSON, 422 no address or a bad one.
 */
export function registerNewsletter(app: FastifyInstance, options: NewsletterOptions): void {
  app.post(NEWSLETTER_PATH, {
    bodyLimit: MAX_BODY_BYTES,
    // Before the body is read: a cross-site post is refused without parsing it.
    onRequest: async (request, reply) => {
      const origin = request.headers.origin;
      if (origin !== undefined && !options.allowedOrigins(request).includes(origin))
        return problem(reply, 403, 'Sign-ups are taken from this site’s own pages only.');
      // Fastify would also parse text/plain; the contract takes JSON only.
      const type = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
      if (type !== 'application/json')
        return problem(reply, 415, 'Send the address as application/json: { "email": … }.');
      return undefined;
    },
    // A body that is empty or not JSON holds no address: 422 as for a bad one (contract
    // section 8), not the parser's 400. Every other error goes on to the app's handler.
    errorHandler(error: FastifyError, _request, reply) {
      if (
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
      ) {
        void problem(reply, 422, 'Send an address: { "email": … }.');
        return;
      }
      throw error;
    },
    handler: async (request, reply) => {
      const email: unknown =
        typeof request.body === 'object' && request.body !== null
          ? Reflect.get(request.body, 'email')
          : undefined;
      if (typeof email !== 'string' || email.length > MAX_ADDRESS_LENGTH || !isEmailAddress(email))
        return problem(reply, 422, 'That does not look like an email address.');
      try {
        const result = await options.store.add(email);
        return await reply
          .code(result === 'stored' ? 201 : 200)
          .header('Cache-Control', 'no-store')
          .send({ ok: true });
      } catch (error) {
        request.log.error(error, 'a newsletter address could not be stored');
        return problem(reply, 500, 'The address could not be saved; please try again.');
      }
    },
  });
}

function problem(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).header('Cache-Control', 'no-store').send({ error: message });
}
