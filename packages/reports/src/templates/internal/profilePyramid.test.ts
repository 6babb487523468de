import { type AgeBandCounts, ageBandCounts, ageBands, type PopulationSnapshot } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivableCells, hiddenCells } from '../../__fixtures__/profileChecks.js';
import { profilePyramid } from './profilePyramid.js';

function snapshot(male: readonly number[], female: readonly number[], families = 40): PopulationSnapshot {
  const of = (values: readonly number[]): AgeBandCounts => {
    const counts = ageBandCounts();
    ageBands.items.forEach((b, i) => {
      counts[b.code] = values[i] ?? 0;
    });
    return counts;
  };
  return {
    kampungId: 'x',
    period: '2020-01',
    male: of(male),
    female: of(female),
    families,
    pus: 0,
    familiesWithUnderFives: 0,
    familiesWithAdolescents: 0,
    familiesWithElderly: 0,
    adolescents: 0,
  };
}

const counts = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 })), {
  minLength: 16,
  maxLength: 16,
});

describe('profilePyramid', () => {
  it('never lets a hidden count be worked out, keeps every total true and hides nothing from 5 up on its own', () => {
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 2, max: 11 }), (male, female, threshold) => {
        const full = profilePyramid(snapshot(male, female), undefined, 'en');
        const pub = profilePyramid(snapshot(male, female), threshold, 'en');
        expect(hiddenCells(full.table)).toEqual([]);
        // Every count from 1 to threshold − 1 is hidden; zeros never are.
        [...full.table.rows, ...(full.table.footer ?? [])].forEach((row, r) => {
          row.forEach((cell, c) => {
            if (typeof cell !== 'number') return;
            const hidden = hiddenCells(pub.table).includes(`${r}:${c}`);
            if (cell > 0 && cell < threshold) expect(hidden).toBe(true);
            if (cell === 0) expect(hidden).toBe(false);
          });
        });
        // Totals: every relation holds on the full table.
        const all = [...full.table.rows, ...(full.table.footer ?? [])];
        for (const rel of full.table.relations ?? []) {
          const value = (ref: { row: number; column: number }) => all[ref.row]?.[ref.column] as number;
          expect(rel.parts.reduce((s, p) => s + value(p), 0)).toBe(value(rel.total));
        }
        expect(derivableCells(full.table, pub.table)).toEqual([]);
        // The chart plots exactly the table's cells (hidden ones hidden).
        expect(pub.chart.table.rows).toEqual(pub.table.rows.map((r) => r.slice(0, 3)));
      }),
      { numRuns: 60 },
    );
  });

  it('hides a families count from 1 to threshold − 1 only', () => {
    const z = Array(16).fill(10);
    expect(profilePyramid(snapshot(z, z, 3), 5, 'en').families).toEqual({ kind: 'hidden' });
    expect(profilePyramid(snapshot(z, z, 0), 5, 'en').families).toBe(0);
    expect(profilePyramid(snapshot(z, z, 5), 5, 'en').families).toBe(5);
    expect(profilePyramid(snapshot(z, z, 3), undefined, 'en').families).toBe(3);
  });
});
