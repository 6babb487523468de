import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TypedRecord } from '../../aggregation/aggregate.js';
import { checkIndicatorDefinition } from '../../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../../engine/computeIndicators.js';
import { kampung, monthly, population } from '../__fixtures__/kampungRecords.js';
import { defaultIndicatorCatalogue } from '../defaultIndicatorCatalogue.js';
import { DEMAND_INDICATORS } from './demandIndicators.js';

type Users = {
  iud: number;
  mow: number;
  mop: number;
  implant: number;
  injectable: number;
  pill: number;
  condom: number;
  mal?: number;
  traditional?: number;
};
const none: Users = { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 };

function values(records: TypedRecord[], level: 'kampung' | 'district' = 'kampung') {
  const rows = computeIndicators(records, {
    indicators: [
      ...DEMAND_INDICATORS,
      ...defaultIndicatorCatalogue.filter((d) => ['mcpr', 'cpr-all', 'unmet-need'].includes(d.id)),
    ],
    level,
    periods: ['2020-06'],
  });
  return Object.fromEntries(rows.map((r) => [r.indicatorId, r.value ?? r.nullReason]));
}

describe('DEMAND_INDICATORS', () => {
  it('are valid definitions with their standards: SDG 3.7.1 for mDS, FP2020 indicator 3 for mUN', () => {
    for (const d of DEMAND_INDICATORS) expect(checkIndicatorDefinition(d)).toMatchObject({ ok: true });
    const byId = Object.fromEntries(DEMAND_INDICATORS.map((d) => [d.id, d]));
    expect(byId['demand-satisfied-modern']?.standard).toMatchObject({ body: 'sdg' });
    expect(byId['demand-satisfied-modern']?.standard.citation).toContain('NS_mod = CP_mod / (UMN + CP_any)');
    expect(byId['unmet-need-modern']?.standard).toMatchObject({ body: 'fp2030' });
    expect(byId['unmet-need-modern']?.standard.reference).toContain('indicator 3');
    for (const d of DEMAND_INDICATORS) expect(d.decimals).toBe(1);
  });

  it('gives hand-worked values for one kampung with traditional users', () => {
    // Users: IUD 10, implant 20, injectable 40, pill 25, condom 5 (100 modern) + traditional 8 = 108;
    // non-users: pregnant 12, IAS 30, IAT 25, TIAL 27 (unmet 52); PUS 250.
    const users: Users = {
      iud: 10,
      mow: 0,
      mop: 0,
      implant: 20,
      injectable: 40,
      pill: 25,
      condom: 5,
      traditional: 8,
    };
    const v = values([
      kampung('k', '63.71.04.1010'),
      monthly('k', '2020-06', { users, nonUsers: { pregnant: 12, ias: 30, iat: 25, tial: 27 } }),
      population('k', '2020-01', 250),
    ]);
    expect(v).toMatchObject({
      'demand-total': 64, // (108 + 52) / 250 = 160 / 250 = 64
      'demand-satisfied-modern': 62.5, // 100 / 160
      'demand-satisfied-any': 67.5, // 108 / 160
      'unmet-need-modern': 24, // (52 + 8) / 250 = 60 / 250
      mcpr: 40, // 100 / 250
    });
  });

  it('aggregates as ratios of sums over kampung, never averages of kampung values', () => {
    // k1: users 30 (all modern), unmet 20 → mDS 60 %; k2: users 10 (6 modern, 4 traditional), unmet 30 →
    // 15 %. District: modern 36 / demand (50 + 40) = 40 %, not the mean of 60 and 15 (37.5).
    const records: TypedRecord[] = [
      kampung('k1', '63.71.04.1010'),
      kampung('k2', '63.71.04.1011'),
      monthly('k1', '2020-06', {
        users: { ...none, injectable: 30 },
        nonUsers: { pregnant: 0, ias: 0, iat: 8, tial: 12 },
      }),
      monthly('k2', '2020-06', {
        users: { ...none, pill: 6, traditional: 4 },
        nonUsers: { pregnant: 5, ias: 5, iat: 10, tial: 20 },
      }),
      population('k1', '2020-01', 50),
      population('k2', '2020-01', 100),
    ];
    expect(values(records, 'district')).toMatchObject({
      'demand-total': 60, // 90 / 150 (kampung: 100 and 40, mean 70)
      'demand-satisfied-modern': 40, // 36 / 90
      'demand-satisfied-any': 44.4, // 40 / 90 = 44.44…
      'unmet-need-modern': 36, // (50 + 4 traditional) / 150
    });
  });

  it('keeps null and zero apart', () => {
    const k = kampung('k', '63.71.04.1010');
    const noNeed = monthly('k', '2020-06', {
      users: none,
      nonUsers: { pregnant: 3, ias: 2, iat: 0, tial: 0 },
    });
    // No demand at all: demand-total is a real 0 %, demand satisfied has no value (zero denominator).
    expect(values([k, noNeed, population('k', '2020-01', 5)])).toMatchObject({
      'demand-total': 0,
      'demand-satisfied-modern': 'zero-denominator',
      'demand-satisfied-any': 'zero-denominator',
      'unmet-need-modern': 0,
    });
    // PUS 0: the PUS-based ones have a zero denominator; no population snapshot: no data.
    expect(values([k, noNeed, population('k', '2020-01', 0)])['demand-total']).toBe('zero-denominator');
    expect(values([k, noNeed])['unmet-need-modern']).toBe('no-data');
    // No monthly report: no data, not 0.
    expect(values([k, population('k', '2020-01', 5)])).toMatchObject({
      'demand-total': 'no-data',
      'demand-satisfied-modern': 'no-data',
    });
  });

  it('without a traditional count, mUN equals the portal unmet need', () => {
    const v = values([
      kampung('k', '63.71.04.1010'),
      monthly('k', '2020-06', {
        users: { ...none, pill: 7 },
        nonUsers: { pregnant: 0, ias: 0, iat: 1, tial: 0 },
      }),
      population('k', '2020-01', 8),
    ]);
    // 1 / 8 = 12.5 exactly at both decimals: one decimal for mUN, two for the portal's unmet need.
    expect(v).toMatchObject({
      'unmet-need-modern': 12.5,
      'unmet-need': 12.5,
      'demand-satisfied-modern': 87.5,
    });
  });

  it('satisfies mCPR + mUN = CPR + unmet need = total demand (before rounding) on random counts', () => {
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(fc.array(count, { minLength: 11, maxLength: 11 }), (c) => {
        const [iud, implant, injectable, pill, condom, mal, traditional, iat, tial, pregnant, ias] =
          c as number[];
        const users = { ...none, iud, implant, injectable, pill, condom, mal, traditional } as Users;
        const pus = c.reduce((a, b) => a + b, 0) + 1;
        const rows = computeIndicators(
          [
            kampung('k', '63.71.04.1010'),
            monthly('k', '2020-06', {
              users,
              nonUsers: { pregnant: pregnant ?? 0, ias: ias ?? 0, iat: iat ?? 0, tial: tial ?? 0 },
            }),
            population('k', '2020-01', pus),
          ],
          {
            indicators: [...DEMAND_INDICATORS, ...defaultIndicatorCatalogue.filter((d) => d.id === 'mcpr')],
            level: 'kampung',
            periods: ['2020-06'],
          },
        );
        const num = (id: string) => rows.find((r) => r.indicatorId === id)?.numerator as number;
        expect(num('mcpr') + num('unmet-need-modern')).toBe(num('demand-total'));
        const modern =
          (iud ?? 0) + (implant ?? 0) + (injectable ?? 0) + (pill ?? 0) + (condom ?? 0) + (mal ?? 0);
        expect(num('demand-satisfied-modern')).toBe(modern);
        expect(num('demand-total')).toBe(modern + (traditional ?? 0) + (iat ?? 0) + (tial ?? 0));
      }),
      { seed: 20261130, numRuns: 60 },
    );
  });
});
