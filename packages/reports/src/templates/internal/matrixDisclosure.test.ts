import { describe, expect, it } from 'vitest';
import { disclosedCells, suppressTable } from '../../suppressTable.js';
import { type OutputSystemInput, outputPattern, outputSystem } from './matrixDisclosure.js';

/**
 * Kampung A {1}, B {2}, C {3}; agency X {1, 2}, Y {3}; one year. Participants 3, 6, 5: kA = 3 is small.
 * On the published sums alone, hiding kA and kC (5, the smallest other count) looks safe, but a reader of
 * the list knows agency X is interventions 1 and 2, so kA = aX − kB = 9 − 6 = 3.
 */
const input: OutputSystemInput = {
  values: new Map([
    ['1', 3],
    ['2', 6],
    ['3', 5],
  ]),
  partitions: [
    {
      prefix: 'k',
      rows: new Map([
        ['A', ['1']],
        ['B', ['2']],
        ['C', ['3']],
      ]),
    },
    {
      prefix: 'a',
      rows: new Map([
        ['X', ['1', '2']],
        ['Y', ['3']],
      ]),
    },
    { prefix: 'y', rows: new Map([['2020', ['1', '2', '3']]]) },
  ],
  threshold: 5,
};
const units = ['x:1', 'x:2', 'x:3'];

describe('outputPattern', () => {
  it('sees links across tables that the published sums alone miss', () => {
    const { published, full } = outputSystem(input);
    expect(published.cells).toEqual({
      'k:A': 3,
      'k:B': 6,
      'k:C': 5,
      'a:X': 9,
      'a:Y': 5,
      'y:2020': 14,
      total: 14,
    });
    const naive = suppressTable(published);
    expect([...naive.primary, ...naive.complementary]).toEqual(['k:A', 'k:C']);
    const withUnits = { ...naive, complementary: new Set([...naive.complementary, ...units]) };
    expect(disclosedCells(full, withUnits).filter((id) => !id.startsWith('x:'))).toEqual(['k:A', 'k:C']);
    const p = outputPattern(input);
    expect(p.primary).toEqual(new Set(['k:A']));
    const safe = { ...p, complementary: new Set([...p.complementary, ...units]) };
    expect(disclosedCells(full, safe).filter((id) => !id.startsWith('x:'))).toEqual([]);
  });

  it('hides nothing when every count is zero or large', () => {
    const p = outputPattern({
      ...input,
      values: new Map([
        ['1', 30],
        ['2', 0],
        ['3', 50],
      ]),
    });
    expect(p.primary.size + p.complementary.size).toBe(0);
  });
});
