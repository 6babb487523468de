import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_OPERATORS,
  type ComparisonOperator,
  isComparisonOperator,
} from './comparisonOperators.js';

const OPS = ['==', '!=', '<', '<=', '>', '>='] as const satisfies readonly ComparisonOperator[];

describe('COMPARISON_OPERATORS', () => {
  it('holds on worked values at the boundary (3 against 2, 3 and 4)', () => {
    const table: Record<ComparisonOperator, [boolean, boolean, boolean]> = {
      '==': [false, true, false],
      '!=': [true, false, true],
      '<': [false, false, true],
      '<=': [false, true, true],
      '>': [true, false, false],
      '>=': [true, true, false],
    };
    for (const op of OPS) {
      expect(
        [2, 3, 4].map((b) => COMPARISON_OPERATORS[op].holds(3, b)),
        op,
      ).toEqual(table[op]);
    }
    expect(COMPARISON_OPERATORS['<'].holds('B', 'a')).toBe(true); // code units: 'B' (66) < 'a' (97)
    expect(COMPARISON_OPERATORS['=='].holds(true, true)).toBe(true);
    expect(COMPARISON_OPERATORS['!='].holds(true, false)).toBe(true);
  });

  it('writes the SQL operators', () => {
    expect(OPS.map((op) => COMPARISON_OPERATORS[op].sql)).toEqual(['=', '<>', '<', '<=', '>', '>=']);
  });

  it('generated JavaScript (js) gives what holds gives, on numbers and strings', () => {
    const generated = Object.fromEntries(
      OPS.map((op) => [op, new Function('a', 'b', `return a ${COMPARISON_OPERATORS[op].js} b;`)]),
    ) as Record<ComparisonOperator, (a: unknown, b: unknown) => boolean>;
    const pair = fc.oneof(
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })),
      fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })),
      fc.tuple(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 })),
    );
    fc.assert(
      fc.property(pair, fc.constantFrom(...OPS), ([a, b], op) => {
        expect(generated[op](a, b)).toBe(COMPARISON_OPERATORS[op].holds(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells comparison operators from the others', () => {
    expect(OPS.every(isComparisonOperator)).toBe(true);
    expect(['+', '-', '*', '/', 'and', 'or', '=', 'toString'].some(isComparisonOperator)).toBe(false);
  });
});
