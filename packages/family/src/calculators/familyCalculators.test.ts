import { describe, expect, it } from 'vitest';
import type { FamilyHousing } from '../model/familyHousing.js';
import { couple, family, fertility, member } from './__fixtures__/family.js';
import { householdDeprivations, nonDurableHousing } from './householdDeprivations.js';
import { ibanggaScore, ibanggaVariables, livableHouse } from './ibanggaVariables.js';
import { keluargaSejahteraStage, ksAnswersFromFamily } from './keluargaSejahteraStage.js';
import { sanitationLadder } from './sanitationLadder.js';
import { stuntingRisk } from './stuntingRisk.js';

const GOOD: FamilyHousing = {
  roof: 'tile',
  wall: 'brick',
  floor: 'ceramic',
  lighting: 'pln',
  drinkingWater: 'piped',
  toilet: { facility: 'flushSeptic', sharing: 'private' },
  floorAreaM2: 40,
  sleepingRooms: 2,
  tenure: 'owned',
  tenureDocument: true,
};

describe('sanitationLadder (JMP, SDG 6.2.1a)', () => {
  it('places each facility and sharing on its rung', () => {
    const at = (facility: string, sharing?: string, excretaSafelyDisposed?: boolean) =>
      sanitationLadder({
        toilet: {
          facility,
          ...(sharing === undefined ? {} : { sharing }),
          ...(excretaSafelyDisposed === undefined ? {} : { excretaSafelyDisposed }),
        } as never,
      });
    expect(at('none')).toBe('openDefecation');
    for (const f of ['flushOpen', 'pitWithoutSlab', 'bucket', 'hanging', 'other'])
      expect(at(f, 'private')).toBe('unimproved');
    expect(at('pitWithSlab', 'shared')).toBe('limited');
    expect(at('flushSeptic', 'public')).toBe('limited');
    expect(at('flushSeptic', 'private')).toBe('basic');
    expect(at('flushSeptic', 'private', true)).toBe('safelyManaged');
    expect(at('flushSeptic', 'private', false)).toBe('basic');
    expect(at('ventilatedPit')).toBe('unknown'); // improved, sharing unknown
    expect(sanitationLadder(undefined)).toBe('unknown');
    expect(sanitationLadder({ roof: 'tile' })).toBe('unknown');
  });
});

describe('householdDeprivations (SDG 11.1.1)', () => {
  it('a family with good housing has none; each bad answer is its deprivation', () => {
    const ok = householdDeprivations(family(couple(), { housing: GOOD }));
    expect(ok).toEqual({
      water: false,
      sanitation: false,
      crowding: false,
      durability: false,
      tenure: false,
      deprived: false,
    });
    // 7 persons in 2 rooms = 3.5 > 3: crowded. 6 in 2 = 3: not.
    const seven = [...couple(), ...[3, 4, 5, 6, 7].map((l) => member(l, 'male', '2010-01'))];
    expect(householdDeprivations(family(seven, { housing: GOOD })).crowding).toBe(true);
    expect(householdDeprivations(family(seven.slice(0, 6), { housing: GOOD })).crowding).toBe(false);
    const bad = householdDeprivations(
      family(couple(), {
        housing: {
          ...GOOD,
          drinkingWater: 'surface',
          toilet: { facility: 'hanging' },
          floor: 'earth',
          tenureDocument: false,
        },
      }),
    );
    expect(bad).toMatchObject({
      water: true,
      sanitation: true,
      durability: true,
      tenure: true,
      deprived: true,
    });
  });
  it('shared improved sanitation is a deprivation only when configured', () => {
    const f = family(couple(), {
      housing: { ...GOOD, toilet: { facility: 'flushSeptic', sharing: 'shared' } },
    });
    expect(householdDeprivations(f).sanitation).toBe(false);
    expect(householdDeprivations(f, { sharedSanitationDeprived: true }).sanitation).toBe(true);
  });
  it('unknown answers are null; one known deprivation still makes the household deprived', () => {
    const none = householdDeprivations(family(couple()));
    expect(none.deprived).toBeNull();
    const partly = householdDeprivations(family(couple(), { housing: { drinkingWater: 'unprotectedWell' } }));
    expect(partly).toMatchObject({ water: true, crowding: null, deprived: true });
    expect(nonDurableHousing({ roof: 'tile', wall: 'other', floor: 'cement' })).toBeNull();
  });
});

describe('keluargaSejahteraStage (21 indicators)', () => {
  const all = (from: number, to: number, v = true) =>
    Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, v]));
  it('is the highest level fully met', () => {
    expect(keluargaSejahteraStage(all(1, 21))).toBe('ks3plus');
    expect(keluargaSejahteraStage({ ...all(1, 21), 20: false })).toBe('ks3');
    expect(keluargaSejahteraStage({ ...all(1, 21), 15: false })).toBe('ks2');
    expect(keluargaSejahteraStage({ ...all(1, 21), 14: false })).toBe('ks1');
    expect(keluargaSejahteraStage({ ...all(1, 21), 6: false })).toBe('praS');
  });
  it('never guesses: a "no" decides whatever is unknown at that level; otherwise cannot place', () => {
    expect(keluargaSejahteraStage({ 3: false })).toBe('praS');
    expect(keluargaSejahteraStage({ ...all(1, 6), 9: false })).toBe('ks1');
    expect(keluargaSejahteraStage({ ...all(1, 5) })).toBe('cannotPlace');
    expect(keluargaSejahteraStage({ ...all(1, 14), 15: true })).toBe('cannotPlace');
  });
  it('reads what PK21 gives: an earth floor fails KS I; a child 7–15 out of school fails KS I', () => {
    const earth = family(couple(), { housing: { ...GOOD, floor: 'earth' } });
    expect(ksAnswersFromFamily(earth)[3]).toBe(false);
    expect(keluargaSejahteraStage(ksAnswersFromFamily(earth))).toBe('praS');
    const dropout = family([...couple(), member(3, 'male', '2010-02', { education: 'primary' })], {
      housing: GOOD,
    });
    expect(ksAnswersFromFamily(dropout)[6]).toBe(false);
    const pupil = family([...couple(), member(3, 'male', '2010-02', { education: 'inPrimary' })], {
      housing: GOOD,
      development: { worship: true, savings: false },
    });
    const a = ksAnswersFromFamily(pupil);
    expect(a).toMatchObject({ 3: true, 6: true, 7: true, 10: true, 16: false });
    // KS I items 1, 2, 4, 5 are not PK21 questions: the register alone cannot place this family …
    expect(keluargaSejahteraStage(a)).toBe('cannotPlace');
    // … but with them answered, and KS II's 8, 9, 11 still unknown, still not (no KS II "no" is known).
    expect(keluargaSejahteraStage(ksAnswersFromFamily(pupil, { 1: true, 2: true, 4: true, 5: true }))).toBe(
      'cannotPlace',
    );
    // 40 m² for 3 persons ≥ 8 m² each; a wife with two living children and no method fails 14 → KS I.
    const pus = family(
      [
        ...couple({ childrenLiving: { male: 1, female: 1 }, childrenEverBorn: { male: 1, female: 1 } }),
        member(3, 'male', '2010-02', { education: 'inPrimary' }),
      ],
      { housing: GOOD },
    );
    expect(keluargaSejahteraStage(ksAnswersFromFamily(pus, { 1: true, 2: true, 4: true, 5: true }))).toBe(
      'ks1',
    );
  });
});

describe('stuntingRisk (KRS)', () => {
  it('a family with a toddler and an unsafe toilet is a target at risk', () => {
    const f = family([...couple(), member(3, 'female', '2020-01', { motherLine: 2 })], {
      housing: { ...GOOD, toilet: { facility: 'pitWithSlab', sharing: 'private' } },
    });
    const r = stuntingRisk(f);
    expect(r.target).toBe(true);
    expect(r.factors).toMatchObject({
      unsafeWater: false,
      unsafeToilet: true,
      tooYoung: false,
      tooOld: false,
    });
    expect(r.atRisk).toBe(true);
  });
  it('the four too’s of the PUS wife', () => {
    // Wife born 1990-05 is 30 in April 2021: not too old at 35, too old at 30 if configured.
    const base = { housing: GOOD };
    const kids = [
      member(3, 'male', '2018-01', { motherLine: 2 }),
      member(4, 'male', '2019-06', { motherLine: 2 }),
    ];
    const f = family([...couple({ childrenEverBorn: { male: 3, female: 1 } }), ...kids], base);
    const r = stuntingRisk(f);
    expect(r.factors).toMatchObject({ tooClose: true, tooMany: true, tooOld: false, tooYoung: false });
    expect(stuntingRisk(f, { tooOldFrom: 30 }).factors.tooOld).toBe(true);
    // 2018-01 → 2019-06 is 17 months; with a 12-month rule it is not too close.
    expect(stuntingRisk(f, { tooCloseMonths: 12 }).factors.tooClose).toBe(false);
    const young = family(couple({}, { birthMonth: '2002-06' }), base);
    expect(stuntingRisk(young).factors.tooYoung).toBe(true);
  });
  it('no factor but an unknown one: cannot decide; no target: not at risk', () => {
    const unknownWater = family(couple(), { housing: { toilet: { facility: 'flushSeptic' } } });
    expect(stuntingRisk(unknownWater).atRisk).toBeNull();
    expect(stuntingRisk(unknownWater, { factors: ['unsafeToilet'] }).atRisk).toBe(false);
    const elderly = family([member(1, 'male', '1950-01', { relation: 'head', maritalStatus: 'widowed' })], {
      housing: { drinkingWater: 'surface' },
    });
    expect(stuntingRisk(elderly)).toMatchObject({ target: false, atRisk: false });
  });
});

describe('iBangga verified variables', () => {
  it('reads the nine variables and scores the family (equal weights, unverified formula)', () => {
    const members = [
      ...couple({}, { jkn: 'pbi' }).map((m) => ({ ...m, jkn: 'pbi' as const })),
      member(3, 'male', '2015-01', { birthCertificate: true, jkn: 'none' }),
    ];
    const f = family(members, {
      housing: GOOD,
      development: {
        worship: true,
        marriageCertificate: true,
        incomeSource: true,
        diverseFood: false,
        conflict: { silentThreeDays: false, separateBedsSevenDays: false, other: false, violence: false },
      },
    });
    const v = ibanggaVariables(f);
    expect(v).toEqual({
      worship: true,
      marriageCertificate: true,
      birthCertificates: true,
      jkn: false, // the child has no JKN
      noConflict: true,
      headNotDivorced: true,
      incomeSource: true,
      diverseFood: false,
      livableHouse: true,
    });
    // 7 of 9 met: 700/9.
    expect(ibanggaScore(v)).toBeCloseTo(77.7778, 4);
    expect(ibanggaScore(v, { weights: { jkn: 0, diverseFood: 0 } })).toBe(100);
    expect(ibanggaScore({ ...v, worship: null })).toBeNull();
  });
  it('a divorced head fails; a livable house needs every P.19–P.26 answer', () => {
    const f = family([member(1, 'female', '1980-01', { relation: 'head', maritalStatus: 'divorced' })]);
    expect(ibanggaVariables(f).headNotDivorced).toBe(false);
    expect(livableHouse(GOOD, 4)).toBe(true);
    expect(livableHouse({ ...GOOD, lighting: 'nonElectric' }, 4)).toBe(false);
    expect(livableHouse(GOOD, 6)).toBe(false); // 40 m² / 6 < 8
    const { floorAreaM2: _, ...noArea } = GOOD;
    expect(livableHouse(noArea, 4)).toBeNull();
    expect(fertility().pregnant).toBe(false);
  });
});
