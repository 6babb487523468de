import type { MonthlyReport } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { checkIndicatorDefinition } from '../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import { kampung, monthly } from './__fixtures__/kampungRecords.js';
import { cypFactors2011, cypFactors2021 } from './cypFactors.js';
import { cypIndicator } from './cypIndicator.js';
import { defaultIndicatorCatalogue } from './defaultIndicatorCatalogue.js';

const users = { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 };

describe('cypIndicator', () => {
  it('reproduces the K4Health CYP blog quantities with the 2011 factors: 1,525.0 then 1,850.0 CYP, +325 (+21.31 %)', () => {
    // Year 1: 6,000 pill cycles / 15 + 2,000 DMPA doses / 4 + 75,000 condoms / 120 = 400 + 500 + 625.
    // Year 2: 4,000 / 15 + 3,000 / 4 + 100,000 / 120 = 266.67 + 750 + 833.33 = 1,850.
    const rows = computeIndicators(
      [
        kampung('k', '63.71.04.1010'),
        monthly('k', '2020-06', { users, distributed: { pill: 6000, injectable: 2000, condom: 75_000 } }),
        monthly('k', '2021-06', { users, distributed: { pill: 4000, injectable: 3000, condom: 100_000 } }),
      ],
      { indicators: [cypIndicator()], level: 'kampung', periods: ['2021'], trends: ['previousPeriod'] },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      indicatorId: 'cyp-2021',
      numerator: 1850,
      value: 1850,
      previousPeriod: { period: '2020', value: 1525, change: { absolute: 325, relative: 21.31 } },
    });
  });

  it('makes the injectable, implant and sterilisation choices explicit', () => {
    const record = monthly('k', '2020-01', {
      users,
      distributed: { injectable: 13, implant: 1, mow: 1, mop: 1 },
    });
    const value = (o: Parameters<typeof cypIndicator>[0]) =>
      computeIndicators([kampung('k', '63.71.04.1010'), record], {
        indicators: [cypIndicator(o)],
        level: 'kampung',
        periods: ['202001'],
      })[0]?.value;
    // 13 / 4 + 2.5 + 2 × 10.3 = 3.25 + 2.5 + 20.6 = 26.35 → 26.4 (one decimal, half away from zero)
    expect(value({})).toBe(26.4);
    // 13 / 13 + 3.8 + 2 × 10 = 24.8
    expect(value({ injectable: 'oneMonth', implant: 'fiveYear', sterilisation: 'global' })).toBe(24.8);
    // India, Bangladesh, Nepal: 13 per procedure; 2-month injectable: 13 / 6 = 2.1667; 4-year implant 3.2
    expect(
      value({ injectable: 'twoMonth', implant: 'fourYear', sterilisation: 'indiaBangladeshNepal' }),
    ).toBe(31.4);
  });

  it('builds valid definitions from both factor tables, with their citations', () => {
    for (const table of [cypFactors2011, cypFactors2021]) {
      const def = cypIndicator({ table });
      expect(checkIndicatorDefinition(def).ok).toBe(true);
      expect(def.id).toBe(`cyp-${table.id}`);
      expect(def.standard).toMatchObject({ body: 'usaid', citation: table.citation });
    }
    expect(cypFactors2011.perUnit.hormonalIud).toBe(3.3);
    expect(cypFactors2021.perUnit.hormonalIud).toBe(4.8);
    expect(cypFactors2021.sterilisation).toEqual({
      global: 10,
      indiaBangladeshNepal: 13,
      otherAsia: 10.3,
      latinAmerica: 10.5,
      africa: 9.3,
    });
  });

  const cypOf = (
    distributed: MonthlyReport['distributed'],
    indicators = [cypIndicator(), cypIndicator({ table: cypFactors2011 })],
  ) => {
    const rows = computeIndicators(
      [
        kampung('k', '63.71.04.1010'),
        monthly('k', '2022-03', distributed === undefined ? { users } : { users, distributed }),
      ],
      {
        indicators,
        level: 'kampung',
        periods: ['202203'],
      },
    );
    return Object.fromEntries(rows.map((r) => [r.indicatorId, r.value ?? r.nullReason]));
  };

  it('gives the reference T6 vector with both tables when the products are named (their factors agree)', () => {
    // 6,000 combined pill cycles / 15 + 2,000 DMPA / 4 + 75,000 condoms / 120 = 400 + 500 + 625 = 1,525.
    expect(
      cypOf({ pill: 6000, pillCombined: 6000, injectable: 2000, injectableThreeMonth: 2000, condom: 75_000 }),
    ).toEqual({ 'cyp-2021': 1525, 'cyp-2011': 1525 });
    // The same units without the product breakdown take the default products: the same figure.
    expect(cypOf({ pill: 4000, injectable: 3000, condom: 100_000 })).toEqual({
      'cyp-2021': 1850,
      'cyp-2011': 1850,
    });
  });

  it('makes cyp-2021 and cyp-2011 differ where the factors differ: LNG-IUS and progestin-only pills', () => {
    // 10 IUDs, 4 of them LNG-IUS: 6 × 4.6 + 4 × 4.8 = 27.6 + 19.2 = 46.8 (2021); 27.6 + 4 × 3.3 = 40.8 (2011).
    expect(cypOf({ iud: 10, iudHormonal: 4 })).toEqual({ 'cyp-2021': 46.8, 'cyp-2011': 40.8 });
    // 120 pill cycles, 60 progestin-only: 60 / 15 + 60 / 12 = 4 + 5 = 9 (2021); 60 / 15 + 60 / 15 = 8 (2011).
    expect(cypOf({ pill: 120, pillProgestinOnly: 60 })).toEqual({ 'cyp-2021': 9, 'cyp-2011': 8 });
    // Both, through the default catalogue's `cyp` (2021) and `cyp-2011`: 46.8 + 9 = 55.8; 40.8 + 8 = 48.8.
    const catalogue = defaultIndicatorCatalogue.filter((d) => d.id === 'cyp' || d.id === 'cyp-2011');
    expect(cypOf({ iud: 10, iudHormonal: 4, pill: 120, pillProgestinOnly: 60 }, [...catalogue])).toEqual({
      cyp: 55.8,
      'cyp-2011': 48.8,
    });
    // Copper IUDs, implants and injectables carry the same factors in both tables.
    expect(cypOf({ iud: 10, iudCopper: 10 })).toEqual({ 'cyp-2021': 46, 'cyp-2011': 46 });
  });

  it('uses each product’s factor and the default product for the rest of the method', () => {
    // 10 implants: 4 five-year × 3.8 + 2 four-year × 3.2 + 4 not broken down × 2.5 = 15.2 + 6.4 + 10 = 31.6.
    expect(cypOf({ implant: 10, implantFiveYear: 4, implantFourYear: 2 })['cyp-2021']).toBe(31.6);
    // 50 injections: 26 one-month / 13 + 12 two-month / 6 + 12 not broken down / 4 = 2 + 2 + 3 = 7.
    expect(cypOf({ injectable: 50, injectableOneMonth: 26, injectableTwoMonth: 12 })['cyp-2021']).toBe(7);
    // The option picks the default product for the rest: 12 / 13 instead of 12 / 4 → 2 + 2 + 0.923 = 4.9.
    const oneMonth = cypIndicator({ injectable: 'oneMonth' });
    expect(cypOf({ injectable: 50, injectableOneMonth: 26, injectableTwoMonth: 12 }, [oneMonth])).toEqual({
      'cyp-2021': 4.9,
    });
    // A breakdown larger than its total counts as given (the rest is never negative): 3 × 4.8 = 14.4.
    expect(cypOf({ iud: 1, iudHormonal: 3 })['cyp-2021']).toBe(14.4);
    // A breakdown without the total: 2 × 4.8 = 9.6.
    expect(cypOf({ iudHormonal: 2 })['cyp-2021']).toBe(9.6);
    // Nothing distributed reported at all: no value (not 0); a reported 0 is 0.
    expect(cypOf(undefined)['cyp-2021']).toBe('no-data');
    expect(cypOf({ iudHormonal: 0 })['cyp-2021']).toBe(0);
  });

  it('states every unverified factor with a bilingual reason: one left in 2011, three in 2021', () => {
    expect(Object.keys(cypFactors2011.unverified)).toEqual(['unitsPerCyp.progestinOnlyPill']);
    expect(Object.keys(cypFactors2021.unverified)).toEqual([
      'sterilisation.otherAsia',
      'sterilisation.latinAmerica',
      'sterilisation.africa',
    ]);
    for (const table of [cypFactors2011, cypFactors2021]) {
      for (const [key, why] of Object.entries(table.unverified)) {
        const [group, name] = key.split('.') as [keyof typeof table, string];
        expect(typeof (table[group] as unknown as Record<string, number>)[name]).toBe('number');
        expect(why.id).not.toBe(why.en);
      }
    }
    // The factors the reference's USAID / GHSP table gives (indicator-standards §2), every one of them.
    expect(cypFactors2021.perUnit).toEqual({
      copperIud: 4.6,
      hormonalIud: 4.8,
      implantThreeYear: 2.5,
      implantFourYear: 3.2,
      implantFiveYear: 3.8,
    });
    expect(cypFactors2021.unitsPerCyp).toEqual({
      combinedPill: 15,
      progestinOnlyPill: 12,
      condom: 120,
      injectableOneMonth: 13,
      injectableTwoMonth: 6,
      injectableThreeMonth: 4,
    });
    expect({ ...cypFactors2011.perUnit, ...cypFactors2011.unitsPerCyp }).toEqual({
      ...cypFactors2021.perUnit,
      ...cypFactors2021.unitsPerCyp,
      hormonalIud: 3.3,
      progestinOnlyPill: 15,
    });
    expect(cypFactors2011.sterilisation).toEqual(cypFactors2021.sterilisation);
  });
});
