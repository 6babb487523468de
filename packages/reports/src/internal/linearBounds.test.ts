import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LinearSystem, variableRange } from './linearBounds.js';

/** Every whole-number solution of a system whose unknowns all lie in [0, cap]. */
function solutions(sys: LinearSystem, cap: number): number[][] {
  const n = sys.lower.length;
  const out: number[][] = [];
  const x = new Array<number>(n).fill(0);
  const go = (k: number): void => {
    if (k === n) {
      const ok = sys.equations.every((e) => {
        let s = 0;
        for (const [j, a] of e.coefficients) s += a * (x[j] as number);
        return s === e.rhs;
      });
      if (ok) out.push([...x]);
      return;
    }
    for (let v = sys.lower[k] as number; v <= Math.min(sys.upper[k] as number, cap); v++) {
      x[k] = v;
      go(k + 1);
    }
  };
  go(0);
  return out;
}

const sum = (parts: number[], total: number) =>
  new Map<number, number>([...parts.map((p) => [p, 1] as [number, number]), [total, -1]]);

describe('variableRange', () => {
  it('finds the range of a hidden part from a total', () => {
    // x0 + x1 = 7 with x0 in [1, 4], x1 >= 5: x0 in [1, 2], x1 in [5, 6].
    const sys: LinearSystem = {
      lower: [1, 5],
      upper: [4, Infinity],
      equations: [
        {
          coefficients: new Map([
            [0, 1],
            [1, 1],
          ]),
          rhs: 7,
        },
      ],
    };
    expect(variableRange(sys, 0)).toEqual({ min: 1, max: 2 });
    expect(variableRange(sys, 1)).toEqual({ min: 5, max: 6 });
  });

  it('says when a value is pinned, unbounded or impossible', () => {
    const pinned: LinearSystem = {
      lower: [1, 5],
      upper: [4, Infinity],
      equations: [
        {
          coefficients: new Map([
            [0, 1],
            [1, 1],
          ]),
          rhs: 6,
        },
      ],
    };
    expect(variableRange(pinned, 0)).toEqual({ min: 1, max: 1 });
    const free: LinearSystem = { lower: [0, 0], upper: [Infinity, 3], equations: [] };
    expect(variableRange(free, 0)).toEqual({ min: 0, max: Infinity });
    expect(variableRange(free, 1)).toEqual({ min: 0, max: 3 });
    const none: LinearSystem = {
      lower: [5],
      upper: [Infinity],
      equations: [{ coefficients: new Map([[0, 1]]), rhs: 3 }],
    };
    expect(variableRange(none, 0)).toBeUndefined();
  });

  it('encloses every whole-number solution of random small 0/1 systems', () => {
    const system = fc
      .record({
        n: fc.integer({ min: 2, max: 5 }),
        values: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
        relations: fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), {
          minLength: 0,
          maxLength: 3,
        }),
        uppers: fc.array(fc.constantFrom(2, 3, 4, 6), { minLength: 5, maxLength: 5 }),
        rhsShift: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 3, maxLength: 3 }),
      })
      .map(({ n, values, relations, uppers, rhsShift }): LinearSystem => {
        const equations = relations
          .map((mask, i) => {
            const coefficients = new Map<number, number>();
            let rhs = rhsShift[i] as number;
            mask.slice(0, n).forEach((on, k) => {
              if (!on) return;
              coefficients.set(k, 1);
              rhs += values[k] as number;
            });
            return { coefficients, rhs };
          })
          .filter((e) => e.coefficients.size > 0);
        return { lower: new Array<number>(n).fill(0), upper: uppers.slice(0, n), equations };
      });
    fc.assert(
      fc.property(system, (sys) => {
        const all = solutions(sys, 6);
        for (let k = 0; k < sys.lower.length; k++) {
          const range = variableRange(sys, k);
          if (all.length === 0) continue;
          const vals = all.map((s) => s[k] as number);
          expect(range).toBeDefined();
          expect(range?.min).toBeLessThanOrEqual(Math.min(...vals) + 1e-7);
          expect(range?.max).toBeGreaterThanOrEqual(Math.max(...vals) - 1e-7);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('equals the whole-number range on a 2 × 2 table with row, column and grand totals', () => {
    // Unknowns 0..3 are the cells (row-major), 4..5 the row totals, 6..7 the column totals, 8 the grand total.
    const withTotals = (c: readonly number[]): number[] => {
      const [a = 0, b = 0, d = 0, e = 0] = c;
      return [a, b, d, e, a + b, d + e, a + d, b + e, a + b + d + e];
    };
    const table = fc.record({
      cells: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      hidden: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    });
    const rels: [number[], number][] = [
      [[0, 1], 4],
      [[2, 3], 5],
      [[0, 2], 6],
      [[1, 3], 7],
      [[4, 5], 8],
      [[6, 7], 8],
    ];
    fc.assert(
      fc.property(table, ({ cells, hidden }) => {
        const v = withTotals(cells);
        const sys: LinearSystem = {
          lower: new Array<number>(9).fill(0),
          upper: new Array<number>(9).fill(Infinity),
          equations: [
            ...rels.map(([parts, total]) => ({ coefficients: sum(parts, total), rhs: 0 })),
            ...v.flatMap((value, k) => (hidden[k] ? [] : [{ coefficients: new Map([[k, 1]]), rhs: value }])),
          ],
        };
        // Every completion with cells up to 20 (the grand total is at most 20 when it is shown).
        const all: number[][] = [];
        for (let i = 0; i < 21 ** 4; i++) {
          const w = withTotals([
            i % 21,
            Math.floor(i / 21) % 21,
            Math.floor(i / 441) % 21,
            Math.floor(i / 9261),
          ]);
          if (w.every((x, k) => hidden[k] || x === v[k])) all.push(w);
        }
        const bounded = !hidden[8] || (!hidden[4] && !hidden[5]) || (!hidden[6] && !hidden[7]);
        for (let k = 0; k < 9; k++) {
          // reduce, not Math.min(...vals): up to 21⁴ values would overflow the call stack.
          const min = all.reduce((m, s) => Math.min(m, s[k] as number), Infinity);
          const max = all.reduce((m, s) => Math.max(m, s[k] as number), -Infinity);
          const range = variableRange(sys, k);
          expect(range?.min).toBe(min);
          if (bounded) expect(range?.max).toBe(max);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('agrees with enumeration on a total-with-subtotal (laminar) system', () => {
    // x0 + x1 + x2 = x3 (the total), and the total is shown: 9.
    const sys: LinearSystem = {
      lower: [1, 0, 0, 0],
      upper: [4, 9, 9, 9],
      equations: [
        { coefficients: sum([0, 1, 2], 3), rhs: -9 + 9 },
        { coefficients: new Map([[3, 1]]), rhs: 9 },
      ],
    };
    const all = solutions(sys, 9);
    expect(variableRange(sys, 2)).toEqual({
      min: Math.min(...all.map((s) => s[2] as number)),
      max: Math.max(...all.map((s) => s[2] as number)),
    });
  });
});
