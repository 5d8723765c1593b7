import { describe, expect, it } from 'vitest';
import { checkRequestPath } from './paths.ts';

describe('request paths', () => {
  it.each([
    '/',
    '/world/2026/11/25/northern-shelf-fishing-accord',
    '/media/01-lead.svg?v=2',
    '/caf%C3%A9',
  ])('lets %s through', (url) => {
    expect(checkRequestPath(url)).toMatchObject({ ok: true });
  });

  it.each([
    ['a parent segment', '/../etc/passwd'],
    ['an encoded parent segment', '/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash and parent', '/media/..%2f..%2fpackage.json'],
    ['an encoded NUL', '/feed.json%00.html'],
    ['a backslash', '/media/..%5c..%5cpackage.json'],
    ['invalid percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/100%'],
    ['a 10 KB path', '/' + 'a'.repeat(10_240)],
    ['no leading slash', 'http://evil.example/'],
  ])('refuses %s', (_name, url) => {
    expect(checkRequestPath(url)).toMatchObject({ ok: false });
  });
});
