import { describe, expect, it } from 'vitest';
import { computeIndicatorValues } from '../classification/computeIndicatorValues.js';
import { checkIndicatorDefinition } from '../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import { expandIndicators } from '../engine/expandIndicators.js';
import type { IndicatorNullReason } from '../engine/indicatorResult.js';
import { kampungA, kampungRecordsOf } from './__fixtures__/kampungRecords.js';
import { defaultIndicatorCatalogue } from './defaultIndicatorCatalogue.js';
import { familyIndicatorCatalogue } from './familyIndicatorCatalogue.js';

/**
 * Every indicator of the catalogue for kampung A (see the fixture), hand-worked. Quarter 2020Q1 unless the
 * indicator is yearly (budgets: 2020).
 */
const EXPECTED: Readonly<Record<string, number | IndicatorNullReason>> = {
  'cpr-all': 58.1, // 180 / 310 = 58.06…
  mcpr: 56.1, // (180 − 6 traditional) / 310 = 56.13…
  'cpr-portal': 54.84, // 170 / 310 = 54.838…
  'mkjp-share': 28.82, // (12 + 6 + 1 + 30) / 170 = 28.823…
  'unmet-need': 19.35, // (30 + 30) / 310 = 19.354…
  'method-mix.iud': 6.67, // 12 / 180
  'method-mix.mow': 3.33, // 6 / 180
  'method-mix.mop': 0.56, // 1 / 180 = 0.5556
  'method-mix.condom': 3.33,
  'method-mix.implant': 16.67, // 30 / 180
  'method-mix.injectable': 44.44, // 80 / 180
  'method-mix.pill': 19.44, // 35 / 180
  'method-mix.mal': 2.22, // 4 / 180
  'method-mix.traditional': 3.33, // 6 / 180
  'new-acceptors': 10, // 4 + 3 + 3
  'dropout-rate': 2.86, // 4 / (130 at the end of 2019Q4 + 10) = 2.857…
  // Demand (users 180, modern 174, unmet IAT + TIAL 60, PUS 310): demand 240.
  'demand-total': 77.4, // 240 / 310 = 77.419…
  'demand-satisfied-modern': 72.5, // 174 / 240 = 72.5 exactly
  'demand-satisfied-any': 75, // 180 / 240
  'unmet-need-modern': 21.3, // (60 + 6 traditional) / 310 = 21.290…; mcpr 56.13 + 21.29 = 77.42 = demand
  'new-acceptors-by-method.iud': 1,
  'new-acceptors-by-method.mow': 'no-data', // never reported: unknown, not 0
  'new-acceptors-by-method.mop': 'no-data',
  'new-acceptors-by-method.implant': 1,
  'new-acceptors-by-method.injectable': 4, // 3 in January + 1 in March
  'new-acceptors-by-method.pill': 2,
  'new-acceptors-by-method.condom': 2,
  'new-acceptors-by-method.mal': 'no-data',
  'new-acceptors-by-method.traditional': 'no-data',
  'mkjp-share-new-acceptors': 20, // (IUD 1 + implant 1) / (1 + 4 + 2 + 1 + 2) = 2 / 10
  'dropout-rate-by-method.iud': 'no-data', // no IUD drop-outs reported
  'dropout-rate-by-method.mow': 'no-data',
  'dropout-rate-by-method.mop': 'no-data',
  'dropout-rate-by-method.implant': 'no-data',
  'dropout-rate-by-method.injectable': 3.13, // 2 / (60 in December + 4 new) = 3.125 → half away from zero
  'dropout-rate-by-method.pill': 3.13, // 1 / (30 + 2) = 3.125 → 3.13
  'dropout-rate-by-method.condom': 16.67, // 1 / (4 + 2) = 16.666…
  'dropout-rate-by-method.mal': 'no-data',
  'dropout-rate-by-method.traditional': 'no-data',
  'jkn-coverage': 65.93, // 600 / 910 = 65.934…
  cyp: 57, // 2×4.6 + 3×2.5 + (1 + 0)×10.3 + 40/4 + 150/15 + 1200/120 = 9.2 + 7.5 + 10.3 + 10 + 10 + 10
  'cyp-2011': 57, // the same factors for these methods in 2011
  'poktan-participation.bkb': 33.33, // 40 / 120
  'poktan-participation.bkr': 20, // 30 / 150
  'poktan-participation.bkl': 27.78, // 25 / 90
  'poktan-participation.uppka': 4.88, // 20 / 410
  'poktan-participation.pikr': 15.22, // 35 / 230
  'poktan-participation-mean': 20.24, // (33.333 + 20 + 27.778 + 4.878 + 15.217) / 5 = 20.241
  population: 910, // 440 + 470
  families: 410,
  'pus-share-of-families': 75.61, // 310 / 410 = 75.609…
  'sex-ratio': 93.6, // 440 / 470 = 93.617…
  'dependency-ratio': 46.8, // (120 + 20 + 120 + 30) / (300 + 320) = 290 / 620 = 46.77…
  'distinct-agencies': 3, // dinas_sosial, dinas_pupr, dinas_kesehatan (bps is in April)
  interventions: 3,
  'interventions-by-section.religion': 0,
  'interventions-by-section.education': 0,
  'interventions-by-section.reproduction': 0,
  'interventions-by-section.economy': 2,
  'interventions-by-section.protection': 0,
  'interventions-by-section.affection': 0,
  'interventions-by-section.socioCultural': 0,
  'interventions-by-section.environment': 1,
  'interventions-by-section.other': 0,
  'proposals-raised': 3, // p1, p2, p4
  'proposals-addressed': 2, // p1 (March), p3 (raised in December, addressed in February)
  'proposals-addressed-share': 66.67, // 2 / 3
  budget: 18_500_000, // 10,000,000 + 2,500,000 + 5,000,000 + 1,000,000 (2019 left out)
  'budget-by-source.apbn': 'no-data', // no APBN line: unknown, not 0
  'budget-by-source.apbd': 10_000_000,
  'budget-by-source.danaDesa': 6_000_000,
  'budget-by-source.communityDonation': 'no-data',
  'budget-by-source.csr': 'no-data',
  'budget-by-source.selfFunded': 2_500_000,
  'budget-per-family': 45_122, // 18,500,000 / 410 = 45,121.95…
  // Kampung A has no family tallies: every family indicator is no-data (their values: familyIndicators.test.ts).
  ...Object.fromEntries(familyIndicatorCatalogue.map((d) => [d.id, 'no-data' as const])),
};

describe('defaultIndicatorCatalogue', () => {
  const expanded = expandIndicators(defaultIndicatorCatalogue);

  it('passes its own checker, with unique ids, and every indicator has a hand-worked value here', () => {
    for (const def of defaultIndicatorCatalogue)
      expect(checkIndicatorDefinition(def)).toMatchObject({ ok: true });
    const ids = expanded.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const d of expanded) {
      expect(d.standard.citation.length).toBeGreaterThan(10);
      expect(d.definition.id).not.toBe(d.definition.en);
    }
  });

  it('gives the hand-worked value of every indicator for kampung A', () => {
    const rows = computeIndicators(kampungA(), {
      indicators: defaultIndicatorCatalogue,
      level: 'kampung',
      periods: ['2020Q1', '2020'],
    });
    for (const d of expanded) {
      const period = d.periodTypes.includes('quarter') ? '2020Q1' : '2020';
      const row = rows.find((r) => r.indicatorId === d.id && r.period === period);
      const want = EXPECTED[d.id];
      if (typeof want === 'number')
        expect({ id: d.id, value: row?.value }).toEqual({ id: d.id, value: want });
      else expect({ id: d.id, nullReason: row?.nullReason }).toEqual({ id: d.id, nullReason: want });
    }
    // Yearly indicators have no quarterly value.
    expect(rows.find((r) => r.indicatorId === 'budget' && r.period === '2020Q1')?.nullReason).toBe(
      'not-valid-for-period',
    );
  });

  it('agrees with the portal calculators on CPR, MKJP, unmet need and poktan participation', () => {
    const records = kampungRecordsOf(kampungA(), '2020-03');
    const portal = computeIndicatorValues(records);
    const rows = computeIndicators(kampungA(), {
      indicators: defaultIndicatorCatalogue,
      level: 'kampung',
      periods: ['202003'],
    });
    const value = (id: string) => rows.find((r) => r.indicatorId === id)?.value;
    expect(value('cpr-portal')).toBe(portal.cpr.value);
    expect(value('mkjp-share')).toBe(portal.mkjpShare.value);
    expect(value('unmet-need')).toBe(portal.unmetNeed.value);
    expect(value('poktan-participation-mean')).toBe(portal.poktanParticipation.value);
    expect(value('poktan-participation-mean')).toBe(20.24);
  });
});
