import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { int32Column, NumericColumn } from './columns.js';
import { MonthSlots, NO_ROW } from './monthSlots.js';

describe('MonthSlots', () => {
  it('holds what a map would, in month order, for months in any order and spread', () => {
    const month = fc.oneof(fc.integer({ min: 24000, max: 24300 }), fc.integer({ min: 0, max: 120000 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(month, fc.constantFrom(0 as const, 1 as const), fc.nat()), { maxLength: 300 }),
        (ops) => {
          const slots = new MonthSlots();
          const model = new Map<number, number>();
          for (const [m, kind, row] of ops) {
            slots.set(m, kind, row);
            model.set(m * 2 + kind, row);
          }
          for (const [m, kind] of ops) expect(slots.get(m, kind)).toBe(model.get(m * 2 + kind));
          expect(slots.get(120001, 0)).toBe(NO_ROW);
          for (const kind of [0, 1] as const) {
            const seen: [number, number][] = [];
            slots.forEach(kind, (m, row) => seen.push([m, row]));
            const expected = [...model]
              .filter(([key]) => (key & 1) === kind)
              .map(([key, row]): [number, number] => [(key - kind) / 2, row])
              .sort((a, b) => a[0] - b[0]);
            expect(seen).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('int32Column', () => {
  it('reads back every row set, -1 for the others, across chunks', () => {
    const c = int32Column();
    const rows = [0, 1, 63, 64, 200, 16383, 16384, 40000];
    for (const [i, r] of rows.entries()) c.set(r, i * 7);
    for (const [i, r] of rows.entries()) expect(c.get(r)).toBe(i * 7);
    expect(c.get(2)).toBe(-1);
    expect(c.get(1_000_000)).toBe(-1);
  });
});

describe('NumericColumn', () => {
  it('reads back any number set (whole or not, in any row order), NaN for unset rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 20000 }), fc.oneof(fc.integer(), fc.double({ noNaN: true }))), {
          maxLength: 200,
        }),
        (ops) => {
          const c = new NumericColumn();
          const model = new Map<number, number>();
          for (const [row, v] of ops) {
            c.set(row, v);
            model.set(row, v);
          }
          for (const [row, v] of model) expect(Object.is(c.get(row), v)).toBe(true);
          expect(c.get(20001)).toBeNaN();
        },
      ),
    );
  });
});
