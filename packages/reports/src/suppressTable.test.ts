import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  disclosedCells,
  isSuppressed,
  type SuppressTableInput,
  suppressTable,
  tableWithTotals,
} from './suppressTable.js';

const METHODS = ['iud', 'mow', 'mop', 'condom', 'implant', 'injectable', 'pill'];
/** Basirih, December 2020, in the Banjarmasin example. */
const basirih: SuppressTableInput = {
  cells: {
    iud: 52,
    mow: 15,
    mop: 3,
    condom: 77,
    implant: 66,
    injectable: 459,
    pill: 232,
    users: 904,
    mkjp: 136,
  },
  relations: [
    { total: 'users', parts: METHODS },
    { total: 'mkjp', parts: ['iud', 'mow', 'mop', 'implant'] },
  ],
  threshold: 5,
};

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('suppressTable', () => {
  it('hides MOP and, so that 904 − 901 no longer gives it, the smallest other MKJP method (MOW)', () => {
    const p = suppressTable(basirih);
    expect(sorted(p.primary)).toEqual(['mop']);
    expect(sorted(p.complementary)).toEqual(['mow']);
    // Without the complementary cell the total and the MKJP numerator both give MOP = 3.
    expect(
      disclosedCells(basirih, { threshold: 5, primary: new Set(['mop']), complementary: new Set() }),
    ).toEqual(['mop']);
    expect(disclosedCells(basirih, p)).toEqual([]);
  });

  it('hides nothing in a table without small counts, and never a zero', () => {
    const p = suppressTable({
      cells: { a: 0, b: 7, total: 7 },
      relations: [{ total: 'total', parts: ['a', 'b'] }],
      threshold: 5,
    });
    expect(p.primary.size + p.complementary.size).toBe(0);
  });

  it('hides the total when it is the only other count (the rest are zeros)', () => {
    // a = 3 and zeros: the total (3) is small itself; with a = 3, b = 0, total 3 both are primary.
    const p = suppressTable({
      cells: { a: 3, b: 0, total: 3 },
      relations: [{ total: 'total', parts: ['a', 'b'] }],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a', 'total']);
    const q = suppressTable({
      cells: { a: 3, b: 0, c: 9, total: 12 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(sorted(q.complementary)).toEqual(['c']);
    // c hidden: a + c = 12 with 1 ≤ a ≤ 4 and c ≥ 5: a can be 1 to 4.
    expect(
      disclosedCells(
        {
          cells: { a: 3, b: 0, c: 9, total: 12 },
          relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
          threshold: 5,
        },
        q,
      ),
    ).toEqual([]);
  });

  it('hides a third cell when two hidden cells would have to add up to 2 (1 + 1)', () => {
    // a = b = 1: the total gives a + b = 2, and a hidden cell is at least 1, so both are 1.
    const input: SuppressTableInput = {
      cells: { a: 1, b: 1, c: 50, d: 70, total: 122 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c', 'd'] }],
      threshold: 5,
    };
    expect(
      disclosedCells(input, { threshold: 5, primary: new Set(['a', 'b']), complementary: new Set() }),
    ).toEqual(['a', 'b']);
    const p = suppressTable(input);
    expect(sorted(p.complementary)).toEqual(['c']);
    expect(disclosedCells(input, p)).toEqual([]);
  });

  it('protects a two-way table across rows, columns and the grand total', () => {
    // 2 in r0c0: row 0 takes 10, column 0 takes 8; column 1 and row 1 each have one hidden cell, and 30
    // sits in both (preferred to the smaller 6, which is in column 1 only): a rectangle of four.
    const table = tableWithTotals([
      [2, 10, 20],
      [8, 30, 40],
      [15, 6, 50],
    ]);
    const input = { ...table, threshold: 5 };
    const p = suppressTable(input);
    expect(sorted(p.primary)).toEqual(['r0c0']);
    expect(sorted(p.complementary)).toEqual(['r0c1', 'r1c0', 'r1c1']);
    expect(disclosedCells(input, p)).toEqual([]);
  });

  it('leaves a missing (null) figure out of every relation', () => {
    const p = suppressTable({
      cells: { a: 2, b: 50, total: null },
      relations: [{ total: 'total', parts: ['a', 'b'] }],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a']);
    expect(p.complementary.size).toBe(0);
  });

  it('isSuppressed is false without a pattern and true when any id is hidden', () => {
    const p = suppressTable(basirih);
    expect(isSuppressed(undefined, 'mop')).toBe(false);
    expect(isSuppressed(p, 'iud', 'mop')).toBe(true);
    expect(isSuppressed(p, 'iud', 'users')).toBe(false);
  });

  it('builds the cells and relations of a table with totals', () => {
    expect(
      tableWithTotals([
        [3, 40],
        [12, 9],
      ]).cells,
    ).toEqual({
      r0c0: 3,
      r0c1: 40,
      r1c0: 12,
      r1c1: 9,
      r0: 43,
      r1: 21,
      c0: 15,
      c1: 49,
      total: 64,
    });
  });
});

/** Values skewed towards small counts so that most tables need suppression. */
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));

describe('suppressTable on random tables (properties)', () => {
  it('leaves no row or column with a single hidden member, and no hidden cell a reader can solve', () => {
    const tables = fc.record({
      values: fc
        .integer({ min: 1, max: 4 })
        .chain((w) =>
          fc.array(fc.array(count, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 }),
        ),
      threshold: fc.integer({ min: 3, max: 10 }),
    });
    fc.assert(
      fc.property(tables, ({ values, threshold }) => {
        const table = tableWithTotals(values);
        const input = { ...table, threshold };
        const p = suppressTable(input);
        for (const [id, v] of Object.entries(table.cells)) {
          expect(p.primary.has(id)).toBe(v > 0 && v < threshold);
          if (p.complementary.has(id)) expect(v).toBeGreaterThanOrEqual(threshold);
        }
        for (const r of table.relations) {
          const hidden = [r.total, ...r.parts].filter((id) => isSuppressed(p, id));
          expect(hidden.length).not.toBe(1);
        }
        expect(disclosedCells(input, p)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('every hidden cell of a small 2 × 2 table has two different completions (checked by enumeration)', () => {
    const tables = fc.record({
      values: fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 2, maxLength: 2 }), {
        minLength: 2,
        maxLength: 2,
      }),
      threshold: fc.integer({ min: 3, max: 6 }),
    });
    const ids = ['r0c0', 'r0c1', 'r1c0', 'r1c1', 'r0', 'r1', 'c0', 'c1', 'total'];
    const withTotals = (a: number, b: number, c: number, d: number) => [
      a,
      b,
      c,
      d,
      a + b,
      c + d,
      a + c,
      b + d,
      a + b + c + d,
    ];
    fc.assert(
      fc.property(tables, ({ values, threshold }) => {
        const input = { ...tableWithTotals(values), threshold };
        const p = suppressTable(input);
        const truth = ids.map((id) => input.cells[id] as number);
        // What the reader knows: the shown values, and that a hidden cell (×) is at least 1.
        const fits = (w: number[]) =>
          w.every((x, k) => (isSuppressed(p, ids[k] as string) ? x >= 1 : x === truth[k]));
        const seen = ids.map(() => new Set<number>());
        const cap = 60;
        for (let a = 0; a <= cap; a++)
          for (let b = 0; b <= cap; b++)
            for (let c = 0; c <= cap; c++) {
              // A witness search: d near its true value is enough to find a second completion.
              const t3 = truth[3] as number;
              for (const d of new Set([Math.max(0, t3 - 1), t3, t3 + 1])) {
                const w = withTotals(a, b, c, d);
                if (!fits(w)) continue;
                w.forEach((x, k) => {
                  seen[k]?.add(x);
                });
              }
            }
        ids.forEach((id, k) => {
          if (isSuppressed(p, id)) expect(seen[k]?.size, id).toBeGreaterThanOrEqual(2);
        });
      }),
      { numRuns: 20 },
    );
  });
});
