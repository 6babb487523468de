import { describe, expect, it } from 'vitest';
import { checkIndicatorDefinition } from '../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import { kampung, monthly } from './__fixtures__/kampungRecords.js';
import { cypFactors2011, cypFactors2021 } from './cypFactors.js';
import { cypIndicator } from './cypIndicator.js';

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
});
