// The standalone app's own signup endpoint, so `npm start` shows a working newsletter form.
// A publisher points `newsletterUrl` at their own service instead.
import { appendFile, mkdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
// The same check as the form's, so the two never disagree about an address.
import { isEmailAddress } from '../src/widgets/email.ts';

const NEWSLETTER_PATH = '/api/newsletter';
const MAX_BODY_BYTES = 4096;

/** `file`: where accepted addresses are appended, one JSON line each. */
export function newsletterEndpoint(file = resolve('data/newsletter-signups.jsonl')): Plugin {
  const handle = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url?.split('?')[0] !== NEWSLETTER_PATH) {
      next();
      return;
    }
    const reply = (status: number, body: unknown): void => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      reply(405, { error: 'Use POST.' });
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on(
      'end',
      () =>
        void (async () => {
          let email: unknown;
          try {
            const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            email =
              typeof body === 'object' && body !== null
                ? (body as { email?: unknown }).email
                : undefined;
          } catch {
            reply(400, { error: 'The request body is not JSON.' });
            return;
          }
          if (typeof email !== 'string' || !isEmailAddress(email)) {
            reply(422, { error: 'That does not look like an email address.' });
            return;
          }
          try {
            await mkdir(dirname(file), { recursive: true });
            await appendFile(
              file,
              JSON.stringify({ email: email.trim(), at: new Date().toISOString() }) + '\n',
            );
            reply(201, { ok: true });
          } catch {
            reply(500, { error: 'The address could not be saved.' });
          }
        })(),
    );
  };
  return {
    name: 'article-reader-newsletter-endpoint',
    configureServer(server) {
      server.middlewares.use(handle);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handle);
    },
  };
}
