import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWithinRegion,
  parentRegionCode,
  parseRegionCode,
  regionAncestorAt,
  regionLevelOf,
  villageKind,
} from './regionCode.js';

describe('parseRegionCode', () => {
  it('accepts dotted and undotted forms and normalises to dotted', () => {
    expect(parseRegionCode('63.71.04.1010')).toEqual({ ok: true, code: '63.71.04.1010', level: 'village' });
    expect(parseRegionCode(' 6371041010 ')).toEqual({ ok: true, code: '63.71.04.1010', level: 'village' });
    expect(parseRegionCode('6371')).toEqual({ ok: true, code: '63.71', level: 'regency' });
    expect(parseRegionCode('63')).toEqual({ ok: true, code: '63', level: 'province' });
  });
  it('rejects malformed codes with the reason', () => {
    expect(parseRegionCode('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseRegionCode('63.7.1')).toMatchObject({ ok: false, problem: 'format' });
    expect(parseRegionCode('03.71')).toMatchObject({ ok: false, problem: 'format' });
    expect(parseRegionCode('63.71.04.5010')).toMatchObject({ ok: false, problem: 'village-kind' });
    expect(parseRegionCode('63.71.04.10100')).toMatchObject({ ok: false, problem: 'format' });
  });
  it('round-trips every well-formed 10-digit code', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1000, max: 3999 }),
        (p, k, c, d) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const undotted = `${p}${pad(k)}${pad(c)}${d}`;
          const r = parseRegionCode(undotted);
          expect(r.ok && r.code.replace(/\./g, '')).toBe(undotted);
        },
      ),
    );
  });
});

describe('region hierarchy', () => {
  it('knows levels, parents and ancestors', () => {
    expect(regionLevelOf('63.71.04')).toBe('district');
    expect(parentRegionCode('63.71.04.1010')).toBe('63.71.04');
    expect(parentRegionCode('63')).toBeUndefined();
    expect(regionAncestorAt('63.71.04.1010', 'regency')).toBe('63.71');
    expect(regionAncestorAt('63.71', 'district')).toBeUndefined();
    expect(isWithinRegion('63.71.04.1010', '63.71')).toBe(true);
    expect(isWithinRegion('63.711.04', '63.71')).toBe(false);
    expect(isWithinRegion('63.72.04.1010', '63.71')).toBe(false);
  });
  it('tells kelurahan from desa', () => {
    expect(villageKind('63.71.04.1010')).toBe('kelurahan');
    expect(villageKind('63.03.04.2010')).toBe('desa');
    expect(villageKind('63.71.04')).toBeUndefined();
  });
});
