import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile } from '../__fixtures__/records.js';
import { computeKampungIndicators } from './computeKampungIndicators.js';

function dataset() {
  const ds = emptyDataset();
  // out of order on purpose: results come sorted by id
  ds.kampung.push(kampung('sungai-miai', 'Kampung KB Sungai Miai'), kampung('alalak', 'Kampung KB Alalak'));
  ds.population.push(population({ pus: 200 }, '2020-01', 'alalak'));
  ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'alalak'));
  ds.profiles.push(profile({}, '2020-01', 'alalak'));
  ds.interventions.push(
    intervention('2020-03-01', ['dinas_sosial', 'dinas_kesehatan', 'puskesmas'], 'alalak'),
    // after the period: must not count
    intervention('2021-01-01', ['bps', 'swasta', 'dinas_pertanian', 'dinas_pupr'], 'alalak'),
  );
  return ds;
}

describe('computeKampungIndicators', () => {
  it('returns one result per kampung, sorted by id, with the records used', () => {
    const r = computeKampungIndicators(dataset(), '2020-12');
    expect(r.map((k) => [k.kampungId, k.name, k.regionCode, k.period])).toEqual([
      ['alalak', 'Kampung KB Alalak', '63.71.04.1010', '2020-12'],
      ['sungai-miai', 'Kampung KB Sungai Miai', '63.71.04.1010', '2020-12'],
    ]);
    expect(r[0]?.records).toEqual({
      profilePeriod: '2020-01',
      populationPeriod: '2020-01',
      monthlyReport: true,
      interventions: 1,
    });
  });
  it('computes the reported values and the classification', () => {
    const a = computeKampungIndicators(dataset(), '2020-12')[0];
    // 90 / 200 = 45 %: reported 45, scored 3 (41–50)
    expect(a?.indicators.cpr.value).toBe(45);
    expect(a?.classification.subIndicators.find((s) => s.id === 'cpr')?.score).toBe(3);
    // 3 agencies up to December 2020 → score 2; the January 2021 intervention's 4 agencies would make 7 → 4
    const cross = a?.classification.subIndicators.find((s) => s.id === 'crossSector');
    expect([cross?.basis, cross?.score]).toEqual([3, 2]);
    expect(
      computeKampungIndicators(dataset(), '2021-01')[0]?.classification.subIndicators.find(
        (s) => s.id === 'crossSector',
      )?.basis,
    ).toBe(7);
  });
  it('gives a kampung without records a Dasar result with every value missing', () => {
    const b = computeKampungIndicators(dataset(), '2020-12')[1];
    expect(b?.classification.level).toBe('dasar');
    expect(b?.classification.indices).toEqual({ input: 1, process: 1, output: 1 });
    expect(b?.indicators.cpr.nullReason).toBe('missing-record');
    expect(b?.records).toEqual({
      profilePeriod: null,
      populationPeriod: null,
      monthlyReport: false,
      interventions: 0,
    });
  });
  it('passes the options on', () => {
    const ds = dataset();
    ds.population.push(population({ pus: 0 }, '2020-06', 'alalak'));
    const portal = computeKampungIndicators(ds, '2020-12')[0]?.classification.subIndicators.find(
      (s) => s.id === 'unmetNeed',
    );
    const missing = computeKampungIndicators(ds, '2020-12', {
      zeroDenominator: 'missing',
    })[0]?.classification.subIndicators.find((s) => s.id === 'unmetNeed');
    expect([portal?.score, missing?.score]).toEqual([4, 1]);
  });
  it('returns nothing for an empty data set', () => {
    expect(computeKampungIndicators(emptyDataset(), '2020-12')).toEqual([]);
  });
});
