import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../test/http-client.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  send(server.url, '/api/newsletter', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

async function storedLines(): Promise<{ email: string; at: string }[]> {
  const text = await readFile(server.newsletterFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { email: string; at: string });
}

describe('POST /api/newsletter', () => {
  it('stores an address from the site’s own page, once', async () => {
    const origin = { Origin: server.url };
    const first = await post('{"email":"reader@example.org"}', origin);
    expect(first.status).toBe(201);
    expect(JSON.parse(first.text)).toEqual({ ok: true });
    const again = await post('{"email":" Reader@Example.org "}', origin);
    expect(again.status).toBe(200);
    const lines = await storedLines();
    expect(lines.filter((line) => line.email.toLowerCase() === 'reader@example.org')).toHaveLength(
      1,
    );
  });

  it('accepts a post without Origin, from a server or a script', async () => {
    expect((await post('{"email":"script@example.org"}')).status).toBe(201);
  });

  it('refuses a cross-site Origin with 403 and stores nothing', async () => {
    const answer = await post('{"email":"forged@example.org"}', {
      Origin: 'https://evil.example',
    });
    expect(answer.status).toBe(403);
    expect((await storedLines()).map((line) => line.email)).not.toContain('forged@example.org');
  });

  it.each([
    ['no address', '{}'],
    ['an address that is not a string', '{"email":42}'],
    ['a bad address', '{"email":"not an address"}'],
    ['an address longer than any mailbox', `{"email":"${'a'.repeat(250)}@example.org"}`],
    ['an empty body', ''],
    ['a body that is not JSON', '{"email":'],
    ['JSON that is not an object', '"a@example.org"'],
    ['a prototype-poisoning body', '{"__proto__":{"email":"a@example.org"}}'],
  ])('answers 422 for %s', async (_name, body) => {
    expect((await post(body)).status).toBe(422);
  });

  it('answers 415 for another content type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])
      expect((await post('email=a@example.org', { 'Content-Type': type })).status, type).toBe(415);
  });

  it('answers 413 for a body over 16 KiB', async () => {
    const body = JSON.stringify({ email: 'big@example.org', padding: 'x'.repeat(16 * 1024) });
    expect((await post(body)).status).toBe(413);
  });

  it('stores each address once, in whole lines, under concurrent posts', async () => {
    const addresses = Array.from({ length: 10 }, (_, i) => `burst${i}@example.org`);
    const answers = await Promise.all(
      [...addresses, ...addresses, ...addresses].map((email) => post(JSON.stringify({ email }))),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(10);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    const stored = (await storedLines()).map((line) => line.email);
    for (const email of addresses) expect(stored.filter((line) => line === email)).toHaveLength(1);
  });
});
