import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeZoneOfRegion, todayIn } from './timeZone.js';

describe('timeZoneOfRegion', () => {
  it('maps provinces to WIB, WITA and WIT', () => {
    expect(timeZoneOfRegion('63.71')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('63')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('6371')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('31.71.01.1001')).toBe('Asia/Jakarta');
    expect(timeZoneOfRegion('61.71')).toBe('Asia/Jakarta');
    expect(timeZoneOfRegion('51.71')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('91.71')).toBe('Asia/Jayapura');
    expect(timeZoneOfRegion('81.71')).toBe('Asia/Jayapura');
  });
  it('gives undefined for no province', () => {
    expect(timeZoneOfRegion('99.01')).toBeUndefined();
    expect(timeZoneOfRegion('ID')).toBeUndefined();
    expect(timeZoneOfRegion('')).toBeUndefined();
  });
});

describe('todayIn', () => {
  it('gives the date in the zone, not the machine’s', () => {
    const instant = new Date('2020-12-31T16:30:00Z'); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    expect(todayIn('Asia/Jakarta', instant)).toBe('2020-12-31');
    expect(todayIn('Asia/Makassar', instant)).toBe('2021-01-01');
    expect(todayIn('Asia/Jayapura', instant)).toBe('2021-01-01');
  });
  it('matches the UTC date shifted by the fixed offset of each zone', () => {
    const offsets = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const;
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...(Object.keys(offsets) as (keyof typeof offsets)[])),
        (d, tz) => {
          const shifted = new Date(d.getTime() + offsets[tz] * 3_600_000).toISOString().slice(0, 10);
          expect(todayIn(tz, d)).toBe(shifted);
        },
      ),
    );
  });
});
