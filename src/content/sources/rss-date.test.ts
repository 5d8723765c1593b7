import { describe, expect, it } from 'vitest';
import { rfc822ToIso } from './rss-date';

describe('rfc822ToIso', () => {
  it('reads an English RFC 822 date with a numeric offset', () => {
    expect(rfc822ToIso('Wed, 02 Nov 2011 17:25:27 +0000')).toBe('2011-11-02T17:25:27.000Z');
    expect(rfc822ToIso('Tue, 28 Nov 2017 15:40:00 -0800')).toBe('2017-11-28T23:40:00.000Z');
  });

  it('reads Portuguese day and month names', () => {
    expect(rfc822ToIso('Seg, 24 Set 2018 19:42:40 -0300')).toBe('2018-09-24T22:42:40.000Z');
    expect(rfc822ToIso('Sáb, 01 Dez 2018 10:00:00 -0300')).toBe('2018-12-01T13:00:00.000Z');
    expect(rfc822ToIso('Qui, 04 Out 2018 08:00:00 -0300')).toBe('2018-10-04T11:00:00.000Z');
  });

  it('reads Spanish, German and French month names, with or without a dot', () => {
    expect(rfc822ToIso('Lun, 07 Ene 2019 09:00:00 +0100')).toBe('2019-01-07T08:00:00.000Z');
    expect(rfc822ToIso('Di, 03 Okt 2017 10:00:00 +0200')).toBe('2017-10-03T08:00:00.000Z');
    expect(rfc822ToIso('Do, 16 Mär 2017 12:00:00 +0100')).toBe('2017-03-16T11:00:00.000Z');
    expect(rfc822ToIso('jeu., 05 juil. 2018 14:30:00 +0200')).toBe('2018-07-05T12:30:00.000Z');
    expect(rfc822ToIso('mar., 05 juin 2018 14:30:00 +0200')).toBe('2018-06-05T12:30:00.000Z');
    expect(rfc822ToIso('ven., 17 août 2018 06:00:00 +0200')).toBe('2018-08-17T04:00:00.000Z');
    expect(rfc822ToIso('Mi, 12 Dezember 2018 06:00:00 +0100')).toBe('2018-12-12T05:00:00.000Z');
  });

  it('reads -0000, GMT, the US zone names and no zone at all as their offsets', () => {
    expect(rfc822ToIso('Tue, 03 Sep 2019 18:00:00 -0000')).toBe('2019-09-03T18:00:00.000Z');
    expect(rfc822ToIso('Wed, 31 Jan 2018 07:26:05 GMT')).toBe('2018-01-31T07:26:05.000Z');
    expect(rfc822ToIso('Mon, 01 Jan 2018 12:00:00 EST')).toBe('2018-01-01T17:00:00.000Z');
    expect(rfc822ToIso('01 Jan 2018 12:00')).toBe('2018-01-01T12:00:00.000Z');
    expect(rfc822ToIso('01 Jan 2018 12:00 +05:30')).toBe('2018-01-01T06:30:00.000Z');
  });

  it('reads an unknown zone name as UTC, as RFC 5322 asks', () => {
    expect(rfc822ToIso('Mon, 01 Jan 2018 12:00:00 XYZ')).toBe('2018-01-01T12:00:00.000Z');
  });

  it('tolerates a newline and indentation inside the date, and a two-digit year', () => {
    expect(rfc822ToIso('Wed, 03 Jan 2018 13:47:00 GMT\r\n      ')).toBe('2018-01-03T13:47:00.000Z');
    expect(rfc822ToIso('Sun, 17 Jan 21 23:46:22 +0100')).toBe('2021-01-17T22:46:22.000Z');
    expect(rfc822ToIso('Sun, 17 Jan 99 23:46:22 +0100')).toBe('1999-01-17T22:46:22.000Z');
  });

  it('gives null for what is not an RFC 822 date', () => {
    expect(rfc822ToIso('2018-01-31T07:26:05Z')).toBeNull();
    expect(rfc822ToIso('Mon, 31 Feb 2018 12:00:00 GMT')).toBeNull();
    expect(rfc822ToIso('Mon, 01 Foo 2018 12:00:00 GMT')).toBeNull();
    expect(rfc822ToIso('Mon, 01 Jan 2018 25:00:00 GMT')).toBeNull();
    expect(rfc822ToIso(null)).toBeNull();
  });
});
