import { describe, expect, it } from 'vitest';
import { DISTRIBUTED_PRODUCTS, type MonthlyReport } from './monthlyReport.js';
import { checkRecord } from './recordCheck.js';

const report: MonthlyReport = {
  kampungId: 'sungai-andai',
  period: '2020-12',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};

describe('MonthlyReport flows', () => {
  it('stays valid without the optional flows (first-slice data)', () => {
    expect(checkRecord('monthly', report)).toEqual([]);
  });
  it('accepts new acceptors, drop-outs and units distributed, each method optional', () => {
    const r: MonthlyReport = {
      ...report,
      newAcceptors: { implant: 2, injectable: 5, mal: 1 },
      dropouts: { pill: 1 },
      distributed: { pill: 40, condom: 144, injectable: 80, iud: 1, implant: 2, mow: 0, mop: 0 },
    };
    expect(checkRecord('monthly', r)).toEqual([]);
  });
  it('rejects negative or unknown entries', () => {
    const kinds = checkRecord('monthly', {
      ...report,
      newAcceptors: { iud: -1 },
      distributed: { patch: 3 },
    }).map((p) => `${p.kind}:${p.field}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['minimum:newAcceptors.iud', 'unknown-field:distributed.patch']),
    );
  });
  it('accepts units broken down by product, each optional, and rejects negative or fractional ones', () => {
    const r: MonthlyReport = {
      ...report,
      distributed: {
        iud: 10,
        iudCopper: 6,
        iudHormonal: 4,
        implant: 3,
        implantThreeYear: 1,
        implantFourYear: 1,
        implantFiveYear: 1,
        injectable: 50,
        injectableOneMonth: 26,
        injectableTwoMonth: 12,
        injectableThreeMonth: 12,
        pill: 120,
        pillCombined: 60,
        pillProgestinOnly: 60,
      },
    };
    expect(checkRecord('monthly', r)).toEqual([]);
    const kinds = checkRecord('monthly', {
      ...report,
      distributed: { iudHormonal: -1, pillProgestinOnly: 1.5, implantSixYear: 1 },
    }).map((p) => `${p.kind}:${p.field}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'minimum:distributed.iudHormonal',
        'integer:distributed.pillProgestinOnly',
        'unknown-field:distributed.implantSixYear',
      ]),
    );
  });
  it('lists each product once, under the method it is part of', () => {
    expect(DISTRIBUTED_PRODUCTS.map((p) => `${p.method}.${p.code}`)).toEqual([
      'iud.iudCopper',
      'iud.iudHormonal',
      'implant.implantThreeYear',
      'implant.implantFourYear',
      'implant.implantFiveYear',
      'injectable.injectableOneMonth',
      'injectable.injectableTwoMonth',
      'injectable.injectableThreeMonth',
      'pill.pillCombined',
      'pill.pillProgestinOnly',
    ]);
    for (const p of DISTRIBUTED_PRODUCTS) expect(p.label.id).not.toBe(p.label.en);
  });
});
