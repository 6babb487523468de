import { describe, expect, it } from 'vitest';
import { dhsWoman } from '../calculators/__fixtures__/dhsWoman.js';
import { DhsTallier } from './DhsTallier.js';

describe('DhsTallier', () => {
  it('weights women by v005 / 1e6 and groups them (hand-worked)', () => {
    const t = new DhsTallier({ groupOf: (w) => `c${w.v001}`, period: '2017-09' });
    // Cluster 1: a married pill user (weight 1.5), a married non-user wanting no more (weight 0.5),
    // an unmarried woman who never had sex (weight 2).
    t.addWoman(dhsWoman({ v001: 1, v005: 1_500_000, v312: 1, v313: 3, v605: 2 }));
    t.addWoman(dhsWoman({ v001: 1, v005: 500_000, v215: 110, v605: 5 }));
    t.addWoman(dhsWoman({ v001: 1, v005: 2_000_000, v502: 0, v501: 0, v525: 0 }));
    // Cluster 2: a married woman using withdrawal (traditional), recode says 3.
    t.addWoman(dhsWoman({ v001: 2, v312: 9, v313: 2, v626a: 3 }));
    // Outside 15–49: skipped.
    t.addWoman(dhsWoman({ v001: 2, v012: 50 }));
    const [c1, c2] = t.result();
    expect(c1).toMatchObject({ kampungId: 'c1', period: '2017-09', source: 'dhs' });
    expect(c1?.values).toMatchObject({
      'fp.women': 2,
      'fp.usersAny': 1.5,
      'fp.usersModern': 1.5,
      'fp.users.pill': 1.5,
      'fp.need.metSpacing': 1.5,
      'fp.need.metModern': 1.5,
      'fp.need.unmetLimiting': 0.5,
      'fpAll.women': 4,
      'fpAll.usersModern': 1.5,
      'fpAll.unmet': 0.5,
      'fpAll.demand': 2,
    });
    expect(c2?.values).toMatchObject({
      'fp.women': 1,
      'fp.usersTraditional': 1,
      'fp.users.traditional': 1,
      'fp.need.metSpacing': 1,
      'fp.need.metModern': 0,
    });
    expect(t.skipped).toBe(1);
  });

  it('an unlisted modern method is otherModern; fertility uses the birth history', () => {
    const t = new DhsTallier({ groupOf: () => 'all', period: '2010-06' });
    // Born 1000, interviewed 1320 (T5): births at 1290 (aged 24) and 1310 (aged 25).
    t.addWoman(dhsWoman({ v011: 1000, v008: 1320, v012: 26, v312: 16, v313: 3, birthsCmc: [1290, 1310] }));
    const v = t.result()[0]?.values ?? {};
    expect(v['fp.users.otherModern']).toBe(1);
    expect(v['fert.births.a20to24']).toBe(1);
    expect(v['fert.births.a25to29']).toBe(1);
    expect(v['fert.exposure.a20to24']).toBeCloseTo(16 / 12, 12);
    expect(v['fert.exposure.a25to29']).toBeCloseTo(20 / 12, 12);
  });
});
