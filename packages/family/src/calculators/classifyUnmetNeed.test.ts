import { describe, expect, it } from 'vitest';
import { dhsWoman } from './__fixtures__/dhsWoman.js';
import { classifyUnmetNeed, dhsInfecundity, monthsSincePeriod, unmetNeedTimes } from './classifyUnmetNeed.js';

// One case per box of the revised unmet-need flowchart (Bradley et al. 2012, Figure 2), as FP_NEED.do
// (DHS-Indicators-Stata, Chap07_FP/DHS8) orders them. Each woman is otherwise "fecund, wants soon" (7),
// so a case that failed to reach its box would come out 7, not the code asserted.
const fecund = { v605: 1, v215: 110 }; // period 10 days ago

describe('classifyUnmetNeed: group 1, users', () => {
  it('a user who wants no more, is sterilised or declared infecund is using to limit (4)', () => {
    for (const v605 of [5, 6, 7]) {
      expect(classifyUnmetNeed(dhsWoman({ v312: 6, v313: 3, v605 }))).toEqual({
        code: 4,
        box: 'user.limiting',
      });
    }
  });
  it('any other user is using to space (3), even when pregnant-looking or infecund-looking', () => {
    expect(classifyUnmetNeed(dhsWoman({ v312: 1, v313: 3, v605: 2, v215: 994 }))).toEqual({
      code: 3,
      box: 'user.spacing',
    });
    expect(classifyUnmetNeed(dhsWoman({ v312: 9, v313: 2, v605: null }))).toEqual({
      code: 3,
      box: 'user.spacing',
    });
  });
  it('a missing method is not a use', () => {
    expect(classifyUnmetNeed(dhsWoman({ ...fecund, v312: null })).code).toBe(7);
  });
});

describe('classifyUnmetNeed: group 2, pregnant or postpartum amenorrhoeic < 24 months', () => {
  it('pregnant, wanted then → 7; later → 1; not at all → 2; missing → 99', () => {
    const preg = { v213: 1, v605: 5 }; // v605 5 would make a fecund non-user 2: the pregnancy decides first
    expect(classifyUnmetNeed(dhsWoman({ ...preg, v225: 1 }))).toEqual({ code: 7, box: 'pregnantOrPpa.then' });
    expect(classifyUnmetNeed(dhsWoman({ ...preg, v225: 2 }))).toEqual({
      code: 1,
      box: 'pregnantOrPpa.later',
    });
    expect(classifyUnmetNeed(dhsWoman({ ...preg, v225: 3 }))).toEqual({
      code: 2,
      box: 'pregnantOrPpa.notAtAll',
    });
    expect(classifyUnmetNeed(dhsWoman({ ...preg, v225: null }))).toEqual({
      code: 99,
      box: 'pregnantOrPpa.missing',
    });
    // A pregnant woman's missing v225 is NOT filled from her last birth.
    expect(classifyUnmetNeed(dhsWoman({ ...preg, v225: 9, m10_1: 1 })).code).toBe(99);
  });
  it('the survey codes 4 and 8 of wantedness count as "later"', () => {
    expect(classifyUnmetNeed(dhsWoman({ v213: 1, v225: 4 })).code).toBe(1);
    expect(classifyUnmetNeed(dhsWoman({ v213: 1, v225: 8 })).code).toBe(1);
  });
  it('amenorrhoeic (m6_1 = 96) 10 months after a birth: the last birth’s wantedness (m10_1)', () => {
    const ppa = { v222: 10, m6_1: 96, v605: 1 };
    expect(classifyUnmetNeed(dhsWoman({ ...ppa, m10_1: 3 }))).toEqual({
      code: 2,
      box: 'pregnantOrPpa.notAtAll',
    });
    expect(classifyUnmetNeed(dhsWoman({ ...ppa, m10_1: 2 })).code).toBe(1);
  });
  it('postpartum amenorrhoea read from the period before the birth (m6_1 missing, v215 > v222)', () => {
    // Last period 14 months ago (v215 = 314), last birth 12 months ago: amenorrhoeic since the birth.
    const w = dhsWoman({ v222: 12, v215: 314, m10_1: 2, v605: 1 });
    expect(unmetNeedTimes(w)).toMatchObject({ tsincep: 14, tsinceb: 12, pregPPA: true, pregPPA24: true });
    expect(classifyUnmetNeed(w).code).toBe(1);
    // "Before last birth" (995) with a birth 20 months ago is the same.
    expect(classifyUnmetNeed(dhsWoman({ v222: 20, v215: 995, m10_1: 3 })).code).toBe(2);
  });
  it('amenorrhoeic 24 months or more after the birth is not in group 2', () => {
    // 30 months after the birth, period not returned: she goes on to the fecundity boxes (box 4: no period
    // for 6+ months does not apply to PPA women, so she is fecund and wants soon → 7, not m10_1's 3 → 2).
    expect(classifyUnmetNeed(dhsWoman({ v222: 30, m6_1: 96, m10_1: 3, v605: 1 })).code).toBe(7);
  });
});

describe('classifyUnmetNeed: group 3, infecund (boxes 1–6)', () => {
  it('box 1: married 5+ years, no birth in 5 years, never used → 9', () => {
    const w = dhsWoman({ v512: 8, v222: null, v302a: 0, v605: 1, v215: 110 });
    expect(classifyUnmetNeed(w)).toEqual({ code: 9, box: 'infecund.box1' });
    // Married 4 years, or ever used, or a birth 59 months ago: fecund.
    expect(classifyUnmetNeed({ ...w, v512: 4 }).code).toBe(7);
    expect(classifyUnmetNeed({ ...w, v302a: 1 }).code).toBe(7);
    expect(classifyUnmetNeed({ ...w, v222: 59 }).code).toBe(7);
    expect(classifyUnmetNeed({ ...w, v222: 60 }).code).toBe(9);
  });
  it('box 2: declared infecund (v605 = 7) → 9', () => {
    expect(classifyUnmetNeed(dhsWoman({ v605: 7, v215: 110 }))).toEqual({ code: 9, box: 'infecund.box2' });
  });
  it('box 3: not using because menopausal or hysterectomy (v3a08d = 1) → 9', () => {
    expect(classifyUnmetNeed(dhsWoman({ ...fecund, v3a08d: 1 }))).toEqual({ code: 9, box: 'infecund.box3' });
  });
  it('box 4: last period 6 months ago or more, not postpartum amenorrhoeic → 9', () => {
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 306 }))).toEqual({ code: 9, box: 'infecund.box4' });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 305 })).code).toBe(7);
    // 26 weeks = int(26/4.3) = 6 months; 25 weeks = 5.
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 226 })).code).toBe(9);
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 225 })).code).toBe(7);
  });
  it('box 5: menopausal/hysterectomy (994, 993), or never menstruated (996) with no birth in 5 years → 9', () => {
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 994 }))).toEqual({ code: 9, box: 'infecund.box5' });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 993 }))).toEqual({ code: 9, box: 'infecund.box5' });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 996 }))).toEqual({ code: 9, box: 'infecund.box5' });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 996, v222: 40 })).code).toBe(7);
  });
  it('box 6: last period before the last birth (995), birth 5+ years ago or none → 9', () => {
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 995, v222: 70 }))).toEqual({
      code: 9,
      box: 'infecund.box6',
    });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 995, v222: null }))).toEqual({
      code: 9,
      box: 'infecund.box6',
    });
  });
  it('a later box overrides an earlier one, as the replace lines do', () => {
    expect(
      dhsInfecundity(dhsWoman({ v605: 7, v215: 994 }), unmetNeedTimes(dhsWoman({ v605: 7, v215: 994 }))),
    ).toBe('box5');
  });
  it('the fecundity rule can be swapped: only declared infecundity', () => {
    const declaredOnly = (w: { v605: number | null }) => (w.v605 === 7 ? 'declared' : null);
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v215: 994 }), { infecund: declaredOnly }).code).toBe(7);
    expect(classifyUnmetNeed(dhsWoman({ v605: 7 }), { infecund: declaredOnly })).toEqual({
      code: 9,
      box: 'infecund.declared',
    });
  });
});

describe('classifyUnmetNeed: group 4, unmarried women', () => {
  it('unmarried, never had sex → 0', () => {
    expect(classifyUnmetNeed(dhsWoman({ ...fecund, v502: 0, v525: 0 }))).toEqual({
      code: 0,
      box: 'unmarried.neverHadSex',
    });
  });
  it('unmarried, no sex in the last 30 days → 8; sex within 30 days (or code 95) goes on to desire', () => {
    expect(classifyUnmetNeed(dhsWoman({ ...fecund, v502: 2, v525: 18, v528: 31 }))).toEqual({
      code: 8,
      box: 'unmarried.notSexuallyActive',
    });
    expect(classifyUnmetNeed(dhsWoman({ ...fecund, v502: 2, v525: 18, v528: null })).code).toBe(8);
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: 5, v502: 2, v525: 18, v528: 30 })).code).toBe(2);
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: 5, v502: 2, v525: 18, v528: 95 })).code).toBe(2);
  });
  it('in an ever-married sample an unmarried woman is 98', () => {
    expect(classifyUnmetNeed(dhsWoman({ v502: 0 }), { everMarriedSample: true })).toEqual({
      code: 98,
      box: 'everMarriedSample',
    });
  });
});

describe('classifyUnmetNeed: group 5, fecund non-users by desire for children', () => {
  it('wants within 2 years → 7; later, unsure or undecided → 1; no more → 2; missing → 99', () => {
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: 1 }))).toEqual({ code: 7, box: 'fecund.wantsSoon' });
    for (const v605 of [2, 3, 4]) {
      expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605 }))).toEqual({ code: 1, box: 'fecund.wantsLater' });
    }
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: 5 }))).toEqual({
      code: 2,
      box: 'fecund.wantsNoMore',
    });
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: null }))).toEqual({
      code: 99,
      box: 'fecund.missing',
    });
    expect(classifyUnmetNeed(dhsWoman({ v215: 110, v605: 8 })).code).toBe(99);
  });
  it('the recode’s own v626a is kept when asked', () => {
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v626a: 2 }), { preferRecoded: true })).toEqual({
      code: 2,
      box: 'recode',
    });
    expect(classifyUnmetNeed(dhsWoman({ v605: 1, v626a: 2 })).code).toBe(7);
  });
});

describe('monthsSincePeriod', () => {
  it('reads v215 by its unit', () => {
    expect(monthsSincePeriod(159)).toBe(1); // 59 days
    expect(monthsSincePeriod(213)).toBe(3); // 13 weeks / 4.3 = 3.02
    expect(monthsSincePeriod(307)).toBe(7);
    expect(monthsSincePeriod(401)).toBe(12);
    expect(monthsSincePeriod(994)).toBeNull();
    expect(monthsSincePeriod(null)).toBeNull();
  });
});
