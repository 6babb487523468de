import { describe, expect, it } from 'vitest';
import { couple, family, member } from './__fixtures__/family.js';
import { classifyUnmetNeed } from './classifyUnmetNeed.js';
import { pk21WomanAsDhs, portalNonUseCategory } from './pk21WomanAsDhs.js';

describe('pk21WomanAsDhs', () => {
  it('reads a PUS wife with two children in the family as a DHS record (hand-worked)', () => {
    const members = [
      ...couple(
        { fertilityIntention: 'noMore', childrenEverBorn: { male: 1, female: 1 } },
        { ageAtFirstMarriage: 22 },
      ),
      member(3, 'male', '2015-07', { motherLine: 2 }),
      member(4, 'female', '2019-10', { motherLine: 2 }),
    ];
    const f = family(members);
    const w = pk21WomanAsDhs(members[1] as (typeof members)[number], f);
    // April 2021 = (121·12 + 4) = 1456; May 1990 = 90·12 + 5 = 1085; age int(371/12) = 30.
    expect(w).toMatchObject({ v008: 1456, v011: 1085, v012: 30, v013: 4, v201: 2, v213: 0 });
    // Children at CMC 1387 (2015-07) and 1438 (2019-10): last birth 18 months ago.
    expect(w.birthsCmc).toEqual([1387, 1438]);
    expect(w.v222).toBe(18);
    expect(w).toMatchObject({
      v312: 0,
      v313: 0,
      v605: 5,
      v502: 1,
      v501: 1,
      v512: 8,
      v215: null,
      v302a: null,
    });
    // No period question: only the pregnancy counts as PPA, so she is fecund and wants no more → 2.
    expect(classifyUnmetNeed(w)).toEqual({ code: 2, box: 'fecund.wantsNoMore' });
    expect(portalNonUseCategory(members[1] as (typeof members)[number])).toBe('tial');
  });

  it('maps methods, sterilisation, infecundity and pregnancy', () => {
    const sterilised = couple({ currentMethod: 'mow', fertilityIntention: 'later' });
    const ws = pk21WomanAsDhs(sterilised[1] as (typeof sterilised)[number], family(sterilised));
    expect(ws).toMatchObject({ v312: 6, v313: 3, v605: 6, v302a: 1 });
    expect(classifyUnmetNeed(ws).code).toBe(4);

    const traditional = couple({ currentMethod: 'traditional', fertilityIntention: 'soon' });
    const wt = pk21WomanAsDhs(traditional[1] as (typeof traditional)[number], family(traditional));
    expect(wt).toMatchObject({ v312: 10, v313: 2, v605: 1 });
    expect(classifyUnmetNeed(wt).code).toBe(3);

    const infecund = couple({ nonUseReason: 'infecund', fertilityIntention: 'later' });
    const wi = pk21WomanAsDhs(infecund[1] as (typeof infecund)[number], family(infecund));
    expect(classifyUnmetNeed(wi)).toEqual({ code: 9, box: 'infecund.box2' });

    const menopause = couple({ nonUseReason: 'menopause', fertilityIntention: 'later' });
    const wm = pk21WomanAsDhs(menopause[1] as (typeof menopause)[number], family(menopause));
    expect(classifyUnmetNeed(wm)).toEqual({ code: 9, box: 'infecund.box3' });

    const pregnant = couple({ pregnant: true, pregnancyIntention: 'later', fertilityIntention: 'noMore' });
    const wp = pk21WomanAsDhs(pregnant[1] as (typeof pregnant)[number], family(pregnant));
    expect(wp).toMatchObject({ v213: 1, v225: 2 });
    expect(classifyUnmetNeed(wp)).toEqual({ code: 1, box: 'pregnantOrPpa.later' });
    expect(portalNonUseCategory(pregnant[1] as (typeof pregnant)[number])).toBe('pregnant');
  });

  it('a married woman without Blok II is missing (99), and the portal cannot place her', () => {
    const members = couple();
    const { fertility: _, ...wife } = members[1] as (typeof members)[number];
    const w = pk21WomanAsDhs(wife, family([members[0] as (typeof members)[number], wife]));
    expect(w).toMatchObject({ v312: null, v213: null, v605: null });
    expect(classifyUnmetNeed(w)).toEqual({ code: 99, box: 'fecund.missing' });
    expect(portalNonUseCategory(wife)).toBe('unknown');
  });
});
