import { familyTallyKeys } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { couple, family, member } from '../calculators/__fixtures__/family.js';
import { FamilyTallier } from './FamilyTallier.js';

function twoKampung(): FamilyTallier {
  const t = new FamilyTallier();
  // k1, family A: wife (born 1990-05) wants no more, no method; a son born 2015-07 and a daughter 2019-10.
  t.addFamily(
    family([
      ...couple({ fertilityIntention: 'noMore' }),
      member(3, 'male', '2015-07', { motherLine: 2 }),
      member(4, 'female', '2019-10', { motherLine: 2 }),
    ]),
  );
  // k1, family B: wife uses an implant and wants a child later; daughter born 2004-12 (aged 16).
  t.addFamily(
    family([
      ...couple({ currentMethod: 'implant', fertilityIntention: 'later' }),
      member(3, 'female', '2004-12', { motherLine: 2 }),
    ]),
  );
  // k2: a pregnant wife, pregnancy wanted then.
  t.addFamily(family(couple({ pregnant: true, pregnancyIntention: 'then' }), { kampungId: 'k2' }));
  return t;
}

describe('FamilyTallier', () => {
  it('counts a hand-worked kampung: families, PUS wives by method, unmet need (DHS and portal), fertility', () => {
    const [k1, k2] = twoKampung().result();
    expect(k1).toMatchObject({ kampungId: 'k1', period: '2021-04', source: 'pk21' });
    const v = k1?.values ?? {};
    expect(v).toMatchObject({
      'fam.families': 2,
      'fam.members': 7,
      'fam.women15to49': 3, // two wives and the 16-year-old
      'fp.women': 2,
      'fp.usersAny': 1,
      'fp.usersModern': 1,
      'fp.usersTraditional': 0,
      'fp.users.implant': 1,
      'fp.need.unmetLimiting': 1, // A: wants no more, no method
      'fp.need.metSpacing': 1, // B: implant, wants later
      'fp.need.metModern': 1,
      'fp.need.unmetSpacing': 0,
      'fp.portal.tial': 1,
      'fp.portal.iat': 0,
      // A's daughter (CMC 1438) was born when A was 29: wife born CMC 1085, 25–29 is 1385–1444.
      'fert.births.a25to29': 1,
      'fert.births.a30to34': 0,
      'fert.abr10to14.births': 0,
    });
    // Window CMC 1420–1455: each wife 25 months at 25–29 and 11 at 30–34; the daughter (born 1260) 20
    // months at 10–14 and 16 at 15–19; Lexis 10–14: 8 months at 13 (×2) and 12 at 14 (×1.2) = 30.4 months.
    expect(v['fert.exposure.a25to29']).toBeCloseTo(50 / 12, 12);
    expect(v['fert.exposure.a30to34']).toBeCloseTo(22 / 12, 12);
    expect(v['fert.exposure.a10to14']).toBeCloseTo(20 / 12, 12);
    expect(v['fert.exposure.a15to19']).toBeCloseTo(16 / 12, 12);
    expect(v['fert.abr10to14.exposure']).toBeCloseTo(30.4 / 12, 12);
    expect(k2?.values).toMatchObject({ 'fp.women': 1, 'fp.need.noNeed': 1, 'fp.portal.pregnant': 1 });
  });

  it('gives every PK21 key, none of the survey-only ones, and keeps one tally per kampung and month', () => {
    const t = twoKampung();
    t.addFamily(family(couple(), { month: '2022-04' }));
    const result = t.result();
    expect(result.map((r) => `${r.kampungId}@${r.period}`)).toEqual([
      'k1@2021-04',
      'k1@2022-04',
      'k2@2021-04',
    ]);
    const pk21 = familyTallyKeys.filter((k) => k.sources.includes('pk21')).map((k) => k.key);
    expect(Object.keys(result[0]?.values ?? {}).sort()).toEqual([...pk21].sort());
    expect(result[0]?.values['fp.users.otherModern']).toBeUndefined();
    expect(result[0]?.values['fpAll.women']).toBeUndefined();
  });

  it('the unmet-need rule can be swapped', () => {
    const t = new FamilyTallier({ unmetNeed: { infecund: () => 'everyone' } });
    t.addFamily(family(couple({ fertilityIntention: 'noMore' })));
    expect(t.result()[0]?.values).toMatchObject({ 'fp.need.infecund': 1, 'fp.need.unmetLimiting': 0 });
  });
});

describe('FamilyTallier: family-level keys (hand-worked kampung of three families)', () => {
  it('counts KS stages, KRS, iBangga, the sanitation ladder and SDG 11.1.1 for households and persons', () => {
    const t = new FamilyTallier({ ksAnswers: () => ({ 1: true, 2: true, 4: true, 5: true }) });
    const good = {
      roof: 'tile',
      wall: 'brick',
      floor: 'ceramic',
      lighting: 'pln',
      drinkingWater: 'piped',
      toilet: { facility: 'flushSeptic', sharing: 'private' },
      floorAreaM2: 40,
      sleepingRooms: 2,
      tenureDocument: true,
    } as const;
    // F1 (2 persons): good housing, everything answered well → not deprived, basic sanitation; KS II items
    // unknown → cannot place; a PUS wife (30) → target family, no factor → not at risk.
    t.addFamily(
      family(couple(), {
        housing: good,
        development: {
          worship: true,
          marriageCertificate: true,
          incomeSource: true,
          diverseFood: true,
          conflict: { silentThreeDays: false, separateBedsSevenDays: false, other: false, violence: false },
        },
      }),
    );
    // F2 (3 persons): earth floor, shared pit latrine with slab, river water → Pra-S; limited sanitation;
    // deprived (water, durability); target (toddler) at risk (unsafe water and toilet).
    t.addFamily(
      family([...couple(), member(3, 'female', '2020-06', { motherLine: 2 })], {
        housing: {
          ...good,
          floor: 'earth',
          drinkingWater: 'surface',
          toilet: { facility: 'pitWithSlab', sharing: 'shared' },
        },
      }),
    );
    // F3 (1 person, widower 70): no housing answers → sanitation unknown, deprivation unknown; not a target.
    t.addFamily(family([member(1, 'male', '1950-06', { relation: 'head', maritalStatus: 'widowed' })]));
    const v = t.result()[0]?.values ?? {};
    expect(v).toMatchObject({
      'ks.families': 3,
      'ks.praS': 1,
      'ks.cannotPlace': 2,
      'ks.ks1': 0,
      'krs.targetFamilies': 2,
      'krs.atRisk': 1,
      'krs.cannotDecide': 0,
      'krs.factor.unsafeWater': 1,
      'krs.factor.unsafeToilet': 1,
      'san.households': 3,
      'san.basic': 1,
      'san.limited': 1,
      'san.unknown': 1,
      'san.safelyManaged': 0,
      'san.persons.total': 6,
      'san.persons.basic': 2,
      'san.persons.limited': 3,
      'san.persons.unknown': 1,
      'slum.households': 3,
      'slum.deprived': 1,
      'slum.notDeprived': 1,
      'slum.unknown': 1,
      'slum.persons': 6,
      'slum.personsDeprived': 3,
      'slum.personsUnknown': 1,
      'slum.dep.water': 1,
      'slum.dep.durability': 1,
      'slum.dep.sanitation': 0,
      // iBangga: F1 answers all nine (jkn unknown → not known); headNotDivorced known for all three.
      'ibangga.worship.known': 1,
      'ibangga.worship.met': 1,
      'ibangga.headNotDivorced.known': 3,
      'ibangga.headNotDivorced.met': 3,
      'ibangga.livableHouse.known': 2,
      'ibangga.livableHouse.met': 1,
      'ibangga.index.families': 0, // nobody has every member's JKN answered
    });
  });
});
