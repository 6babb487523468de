import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberKeyMap } from './numberKeyMap.js';

describe('NumberKeyMap', () => {
  it('behaves as a Map of integer keys to 32-bit values, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(fc.nat(100), fc.maxSafeNat()), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
          {
            maxLength: 300,
          },
        ),
        fc.array(fc.oneof(fc.nat(100), fc.maxSafeNat()), { maxLength: 50 }),
        (entries, probes) => {
          const m = new NumberKeyMap(1);
          const model = new Map<number, number>();
          for (const [k, v] of entries) {
            m.set(k, v);
            model.set(k, v);
          }
          expect(m.size).toBe(model.size);
          for (const k of [...model.keys(), ...probes]) expect(m.get(k)).toBe(model.get(k));
        },
      ),
    );
  });
  it('refuses keys that are not safe non-negative integers', () => {
    expect(() => new NumberKeyMap().set(-1, 0)).toThrow(RangeError);
    expect(() => new NumberKeyMap().set(2 ** 53, 0)).toThrow(RangeError);
  });
});
