import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population } from '../__fixtures__/records.js';
import { candidatesFromDataset } from './candidatesFromDataset.js';
import { rankSites } from './rankSites.js';

function dataset() {
  const ds = emptyDataset();
  ds.regions.push(
    { code: '63.71', name: 'Kota Banjarmasin' },
    { code: '63.71.04', name: 'Banjarmasin Utara' },
    { code: '63.71.04.1010', name: 'Sungai Andai' },
    { code: '63.71.04.1003', name: 'Alalak Selatan' },
    { code: '63.71.04.1009', name: 'Kuin Utara' },
  );
  const k1 = kampung('k1');
  const k2 = {
    ...kampung('k2'),
    mainCriteria: ['lowKbParticipation' as const],
    areaCriteria: ['slum' as const],
  };
  const k3 = { ...kampung('k3'), regionCode: '63.71.04.1003', areaCriteria: ['dense' as const] };
  ds.kampung.push(k1, k2, k3);
  ds.population.push(
    population({ pus: 200 }, '2020-01', 'k1'),
    population({ pus: 300 }, '2020-01', 'k2'),
    population({ pus: 100 }, '2020-01', 'k3'),
  );
  ds.monthly.push(
    monthly({ users: { pill: 100 }, nonUsers: { iat: 10, tial: 10 } }, '2020-12', 'k1'),
    monthly({ users: { pill: 50 }, nonUsers: { iat: 20, tial: 5 } }, '2020-12', 'k2'),
    // k3 has no report in 2020-12
    monthly({ users: { pill: 90 } }, '2020-11', 'k3'),
  );
  return ds;
}

describe('candidatesFromDataset', () => {
  it('makes one candidate per village with a kampung, sums its kampung, and lists the others', () => {
    const r = candidatesFromDataset(dataset());
    expect(r.period).toBe('2020-12');
    expect(r.withoutData).toEqual([{ code: '63.71.04.1009', name: 'Kuin Utara' }]);
    expect(r.candidates.map((c) => c.regionCode)).toEqual(['63.71.04.1010', '63.71.04.1003']);
    const andai = r.candidates[0];
    expect(andai?.designated).toEqual(['k1', 'k2']);
    // CPR (100 + 50) / (200 + 300) = 30 %; unmet need (20 + 25) / 500 = 9 %
    expect(andai?.measures).toEqual({ cpr: 30, unmetNeed: 9, povertyShare: null, density: null });
    expect(andai?.mainCriteria).toMatchObject({ lowKbParticipation: true, highPoverty: false });
    expect(andai?.areaCriteria).toMatchObject({ slum: true, riverbank: true, dense: false });
    // No report of the month: no data, not 0.
    expect(r.candidates[1]?.measures).toEqual({
      cpr: null,
      unmetNeed: null,
      povertyShare: null,
      density: null,
    });
  });

  it('takes the month asked for', () => {
    const r = candidatesFromDataset(dataset(), '2020-11');
    expect(r.candidates[1]?.measures?.cpr).toBe(90); // 90 / 100
    expect(r.candidates[0]?.measures?.cpr).toBeNull();
  });

  it('ranks what it gives, explaining the missing data', () => {
    const ranking = rankSites(candidatesFromDataset(dataset()).candidates);
    expect(ranking.sites.map((s) => [s.regionCode, s.score])).toEqual([
      // 3 (low KB) + 1 (slum) + 1 (riverbank); CPR and unmet need: only one village has data → spread 0
      ['63.71.04.1010', 5],
      ['63.71.04.1003', 1],
    ]);
    expect(ranking.sites[1]?.noData).toEqual(['cpr', 'unmetNeed', 'povertyShare', 'density']);
  });
});
