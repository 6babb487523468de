import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population } from '../../__fixtures__/records.js';
import { computeIndicators } from '../../engine/computeIndicators.js';
import { KAMPUNG_PATH_INDICATORS } from '../kampungPathIndicators.js';
import { outputResultsByKampung } from './outputResults.js';

function results(month: string, users: number) {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'));
  ds.population.push(population({ pus: 200 }, '2020-01', 'k1'));
  ds.monthly.push(monthly({ users: { injectable: users } }, month, 'k1'));
  return computeIndicators(ds, { indicators: KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: [month] });
}

describe('outputResultsByKampung', () => {
  it('keeps only the kampung-level rows of the month', () => {
    const december = results('2020-12', 90);
    // rows after December's that must all be skipped: another month, and another level for the same unit
    const november = results('2020-11', 30);
    const otherLevel = december.map((r) => ({ ...r, level: 'village' as const, numerator: 10 }));
    const out = outputResultsByKampung([...december, ...november, ...otherLevel], '2020-12');
    expect([...out.keys()]).toEqual(['k1']);
    // 90 users of 200 PUS in December
    expect(out.get('k1')?.cpr).toMatchObject({
      period: '202012',
      level: 'kampung',
      numerator: 90,
      denominator: 200,
    });
    expect(out.get('k1')?.mkjpShare).toMatchObject({ numerator: 0, denominator: 90 });
  });

  it('makes no entry for a kampung with only rows of other indicators', () => {
    const rows = results('2020-12', 90).map((r) => ({ ...r, indicatorId: `other.${r.indicatorId}` }));
    expect(outputResultsByKampung(rows, '2020-12').size).toBe(0);
  });
});
