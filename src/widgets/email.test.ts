import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email';

describe('an email address', () => {
  it.each([
    'reader@example.org',
    'first.last+news@mail.example.co.uk',
    "o'neil@example.ie",
    'x@sub-domain.example.com',
    '  padded@example.org  ',
    'قارئ@مثال.موقع',
  ])('takes %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    '',
    'reader',
    'reader@',
    '@example.org',
    'reader@example',
    'two@@example.org',
    'with space@example.org',
    '.a@b.org',
    'a.@b.org',
    'a..b@c.org',
    'a@-b.org',
    'a@b-.org',
    'a@b.org.',
    'a@b..org',
    'a@b.o',
    'a@b.123',
  ])('refuses %j', (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});
