import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile } from '../__fixtures__/records.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import { kampungIndicatorsFromResults } from './kampungIndicatorsFromResults.js';
import { KAMPUNG_PATH_INDICATORS } from './kampungPathIndicators.js';

function resultsOf(ds: ReturnType<typeof emptyDataset>, month: string) {
  return computeIndicators(ds, { indicators: KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: [month] });
}

describe('kampungIndicatorsFromResults', () => {
  it('keeps only the first kampung record of an id', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1', 'First'), kampung('k1', 'Second'), kampung('k1', 'Third'));
    const r = kampungIndicatorsFromResults(ds, '2020-12', []);
    expect(r.map((k) => [k.kampungId, k.name])).toEqual([['k1', 'First']]);
  });

  it('sorts kampung given in descending id order ascending', () => {
    const ds = emptyDataset();
    ds.kampung.push(...['e', 'd', 'c', 'b', 'a', 'g', 'f'].map((id) => kampung(id)));
    const r = kampungIndicatorsFromResults(ds, '2020-12', []);
    expect(r.map((k) => k.kampungId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('reads a compact period (YYYYMM) as the month and reports it as YYYY-MM', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    expect(kampungIndicatorsFromResults(ds, '202012', [])[0]?.period).toBe('2020-12');
  });

  it('counts an intervention on the last day of the month', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.interventions.push(
      intervention('2020-12-31', ['bps'], 'k1'),
      intervention('2021-01-01', ['bps'], 'k1'),
    );
    // 31 December is within December; 1 January is not
    expect(kampungIndicatorsFromResults(ds, '2020-12', [])[0]?.records.interventions).toBe(1);
  });

  it('for a period that is not a month, uses no snapshot, intervention nor result', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.profiles.push(profile({}, '2020-01', 'k1'));
    ds.population.push(population({ pus: 200 }, '2020-01', 'k1'));
    ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'k1'));
    ds.interventions.push(intervention('2020-03-01', ['bps'], 'k1'));
    const r = kampungIndicatorsFromResults(ds, 'not-a-month', resultsOf(ds, '2020-12'))[0];
    expect(r?.period).toBe('not-a-month');
    expect(r?.records).toEqual({
      profilePeriod: null,
      populationPeriod: null,
      monthlyReport: false,
      interventions: 0,
    });
    expect(r?.indicators.cpr.nullReason).toBe('missing-record');
  });

  it('without a population snapshot, leaves CPR missing and scores CPR as a missing record', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'), kampung('k2'));
    ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'k1'));
    ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'k2'));
    ds.population.push(population({ pus: 200 }, '2020-01', 'k2'));
    const [k1, k2] = kampungIndicatorsFromResults(ds, '2020-12', resultsOf(ds, '2020-12'));
    expect(k1?.records.monthlyReport).toBe(true);
    expect(k1?.indicators.cpr).toMatchObject({ value: null, nullReason: 'missing-record' });
    // with the snapshot: 90 / 200 = 45 %
    expect(k2?.indicators.cpr.value).toBe(45);
    const cpr = k1?.classification.subIndicators.find((s) => s.id === 'cpr');
    expect([cpr?.basis, cpr?.note, cpr?.explanation.en]).toEqual([
      null,
      'missing-record',
      'CPR: no population snapshot → score 1',
    ]);
  });

  it('leaves CPR and unmet need missing without a population snapshot in force, even when the results have them', () => {
    const withPop = emptyDataset();
    withPop.kampung.push(kampung('k1'));
    withPop.population.push(population({ pus: 200 }, '2020-01', 'k1'));
    withPop.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'k1'));
    const results = resultsOf(withPop, '2020-12');
    // the same kampung, but its data set has no population snapshot
    const bare = emptyDataset();
    bare.kampung.push(kampung('k1'));
    const r = kampungIndicatorsFromResults(bare, '2020-12', results)[0];
    expect(r?.records.monthlyReport).toBe(true);
    expect(r?.indicators.cpr).toMatchObject({ value: null, nullReason: 'missing-record' });
    expect(r?.indicators.unmetNeed).toMatchObject({ value: null, nullReason: 'missing-record' });
    // the MKJP share needs only the report: 0 of 90 users on long-acting methods
    expect(r?.indicators.mkjpShare).toMatchObject({ value: 0, numerator: 0, denominator: 90 });
  });
});
