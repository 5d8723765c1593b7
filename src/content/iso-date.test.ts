import { describe, expect, it } from 'vitest';
import { toIsoDate } from './iso-date';

describe('toIsoDate', () => {
  it('reads an RFC 3339 date without a zone as UTC', () => {
    expect(toIsoDate('2018-01-06T08:00')).toBe('2018-01-06T08:00:00.000Z');
  });

  it('reads a date with a space for the T as RFC 3339 does, zoneless as UTC, wherever it runs', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland'; // a machine far from UTC: local time would show
    try {
      expect(toIsoDate('2026-11-01 10:00:00')).toBe('2026-11-01T10:00:00.000Z');
      expect(toIsoDate('2026-11-01 10:00')).toBe('2026-11-01T10:00:00.000Z');
      expect(toIsoDate('2026-11-01 10:00:00+02:00')).toBe('2026-11-01T08:00:00.000Z');
      expect(toIsoDate('2026-11-01 10:00:00Z')).toBe('2026-11-01T10:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives null for a missing or unreadable date', () => {
    expect(toIsoDate(undefined)).toBeNull();
    expect(toIsoDate('  ')).toBeNull();
    expect(toIsoDate('soon')).toBeNull();
  });
});
