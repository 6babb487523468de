import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { FamilyTally } from './familyTally.js';
import {
  FERTILITY_AGE_GROUPS,
  familyTallyKeys,
  isFamilyTallyKey,
  UNMET_NEED_KEY,
} from './familyTallyKeys.js';

describe('familyTallyKeys', () => {
  it('are unique, valid FamilyTally keys and expression identifiers, and labelled in both languages', () => {
    const keys = familyTallyKeys.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    const values = Object.fromEntries(keys.map((k) => [k, 1]));
    expect(Value.Check(FamilyTally, { kampungId: 'k', period: '2021-04', source: 'pk21', values })).toBe(
      true,
    );
    for (const k of familyTallyKeys) {
      // Every dotted segment must be an identifier of @kampung-kb/expr, so `family.<key>` can be read.
      for (const seg of k.key.split('.')) expect(seg).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      for (const l of [k.label, k.counts, k.base]) {
        expect(l.id.length).toBeGreaterThan(0);
        expect(l.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('no key is both a value and the prefix of another (an element id cannot be both)', () => {
    const keys = new Set(familyTallyKeys.map((k) => k.key));
    for (const k of keys) {
      const parts = k.split('.');
      for (let i = 1; i < parts.length; i++) expect(keys.has(parts.slice(0, i).join('.'))).toBe(false);
    }
  });

  it('name every v626a category and the eight fertility age groups', () => {
    expect(Object.keys(UNMET_NEED_KEY).map(Number)).toEqual([0, 1, 2, 3, 4, 7, 8, 9, 98, 99]);
    expect(FERTILITY_AGE_GROUPS.map((g) => g.code)).toEqual([
      'a10to14',
      'a15to19',
      'a20to24',
      'a25to29',
      'a30to34',
      'a35to39',
      'a40to44',
      'a45to49',
    ]);
    expect(isFamilyTallyKey('fp.need.unmetLimiting')).toBe(true);
    expect(isFamilyTallyKey('fert.exposure.a45to49')).toBe(true);
    expect(isFamilyTallyKey('fp.need')).toBe(false);
  });
});
