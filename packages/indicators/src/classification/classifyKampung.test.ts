import {
  type AgencyCode,
  agencies,
  type DataSourceCode,
  type FundingSourceCode,
  type OperationalMechanismCode,
  PORTAL_METHODS,
  type PoktanCode,
  type RegulationCode,
} from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervention, monthly, population, profile } from '../__fixtures__/records.js';
import type { SubIndicatorId } from './classificationSubIndicators.js';
import { type ClassificationInputs, classifyKampung, type SubIndicatorScore } from './classifyKampung.js';

const NONE: ClassificationInputs = { profile: null, population: null, monthly: null, interventions: [] };

function sub(inputs: Partial<ClassificationInputs>, id: SubIndicatorId, options = {}): SubIndicatorScore {
  const s = classifyKampung({ ...NONE, ...inputs }, options).subIndicators.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no sub-indicator ${id}`);
  return s;
}

const scoreOf = (inputs: Partial<ClassificationInputs>, id: SubIndicatorId, options = {}): number =>
  sub(inputs, id, options).score;

/** Agencies that count as cross-sector, in code-list order. */
const SECTOR: AgencyCode[] = agencies.items.filter((a) => !a.excludedFromCrossSector).map((a) => a.code);

describe('classifyKampung: output percentages at every band edge', () => {
  it('CPR: 29 → 1, 30 → 2, 40 → 2, 41 → 3, 50 → 3, 51 → 4 (PUS 100)', () => {
    const cpr = (n: number) =>
      sub({ population: population({ pus: 100 }), monthly: monthly({ users: { injectable: n } }) }, 'cpr');
    expect([29, 30, 40, 41, 50, 51].map((n) => [cpr(n).basis, cpr(n).score])).toEqual([
      [29, 1],
      [30, 2],
      [40, 2],
      [41, 3],
      [50, 3],
      [51, 4],
    ]);
  });
  it('CPR rounds halves to even before banding: 81/200 = 40.5 → 40 (score 2), 101/200 = 50.5 → 50 (score 3)', () => {
    const cpr = (n: number) =>
      sub({ population: population({ pus: 200 }), monthly: monthly({ users: { pill: n } }) }, 'cpr');
    expect([cpr(81).basis, cpr(81).score]).toEqual([40, 2]);
    expect([cpr(101).basis, cpr(101).score]).toEqual([50, 3]);
    // 59/200 = 29.5 → 30 (even): score 2
    expect([cpr(59).basis, cpr(59).score]).toEqual([30, 2]);
  });
  it('CPR counts the seven portal methods only, not MAL or traditional methods', () => {
    // 10 of each of the 7 methods = 70 users of PUS 200 = 35 % → 2; 60 MAL + traditional users change nothing.
    const users = Object.fromEntries(PORTAL_METHODS.map((m) => [m, 10]));
    const s = sub(
      {
        population: population({ pus: 200 }),
        monthly: monthly({ users: { ...users, mal: 30, traditional: 30 } }),
      },
      'cpr',
    );
    expect([s.basis, s.score]).toEqual([35, 2]);
  });
  it('MKJP share: 19 → 1, 20 → 2, 22 → 2, 23 → 3, 24 → 3, 25 → 4 (of 100 users)', () => {
    const mkjp = (k: number) =>
      sub(
        { population: population(), monthly: monthly({ users: { iud: k, injectable: 100 - k } }) },
        'mkjpShare',
      );
    expect([19, 20, 22, 23, 24, 25].map((k) => [mkjp(k).basis, mkjp(k).score])).toEqual([
      [19, 1],
      [20, 2],
      [22, 2],
      [23, 3],
      [24, 3],
      [25, 4],
    ]);
  });
  it('MKJP share halves: 45/200 = 22.5 → 22 (score 2), 49/200 = 24.5 → 24 (score 3)', () => {
    // implant + MOW + MOP count as MKJP too: 40 + 3 + 2 = 45 of 200 users
    const a = sub(
      { population: population(), monthly: monthly({ users: { implant: 40, mow: 3, mop: 2, condom: 155 } }) },
      'mkjpShare',
    );
    expect([a.basis, a.score]).toEqual([22, 2]);
    const b = sub(
      { population: population(), monthly: monthly({ users: { iud: 49, pill: 151 } }) },
      'mkjpShare',
    );
    expect([b.basis, b.score]).toEqual([24, 3]);
  });
  it('unmet need: 6 → 4, 7 → 3, 9 → 3, 10 → 2, 12 → 2, 13 → 1 (PUS 100)', () => {
    const unmet = (k: number) =>
      sub({ population: population({ pus: 100 }), monthly: monthly({ nonUsers: { iat: k } }) }, 'unmetNeed');
    expect([6, 7, 9, 10, 12, 13].map((k) => [unmet(k).basis, unmet(k).score])).toEqual([
      [6, 4],
      [7, 3],
      [9, 3],
      [10, 2],
      [12, 2],
      [13, 1],
    ]);
  });
  it('unmet need halves from real counts: 13/200 = 6.5 → 6 (4), 25/200 = 12.5 → 12 (2), 19/200 = 9.5 → 10 (2)', () => {
    const unmet = (iat: number, tial: number) =>
      sub(
        { population: population({ pus: 200 }), monthly: monthly({ nonUsers: { iat, tial } }) },
        'unmetNeed',
      );
    expect([unmet(7, 6).basis, unmet(7, 6).score]).toEqual([6, 4]);
    expect([unmet(20, 5).basis, unmet(20, 5).score]).toEqual([12, 2]);
    expect([unmet(10, 9).basis, unmet(10, 9).score]).toEqual([10, 2]);
    // pregnant and IAS are not unmet need
    expect(
      sub(
        { population: population({ pus: 200 }), monthly: monthly({ nonUsers: { pregnant: 50, ias: 50 } }) },
        'unmetNeed',
      ).basis,
    ).toBe(0);
  });
  it('poktan participation: mean of five integer percentages, 9 → 1, 10 → 2, 20 → 2, 21 → 3, 30 → 3, 31 → 4', () => {
    // All five targets are 100, so each percentage is the participant count.
    const part = (n: number) =>
      sub(
        {
          population: population({
            familiesWithUnderFives: 100,
            familiesWithAdolescents: 100,
            familiesWithElderly: 100,
            families: 100,
            adolescents: 100,
          }),
          monthly: monthly({ poktan: { bkb: n, bkr: n, bkl: n, uppka: n, pikr: n } }),
        },
        'poktanParticipation',
      );
    expect([9, 10, 20, 21, 30, 31].map((n) => [part(n).basis, part(n).score])).toEqual([
      [9, 1],
      [10, 2],
      [20, 2],
      [21, 3],
      [30, 3],
      [31, 4],
    ]);
  });
  it('poktan participation rounds each ratio, then the mean; a zero target counts as 0 % and the sum is still ÷5', () => {
    // BKB 40/120 = 33.3 → 33; BKR 30/150 = 20; BKL 25/90 = 27.8 → 28; UPPKA 20/410 = 4.9 → 5;
    // PIK-R 35/230 = 15.2 → 15. Sum 101 / 5 = 20.2 → 20 → score 2.
    const pop = population({
      familiesWithUnderFives: 120,
      familiesWithAdolescents: 150,
      familiesWithElderly: 90,
      families: 410,
      adolescents: 230,
    });
    const m = monthly({ poktan: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 } });
    const s = sub({ population: pop, monthly: m }, 'poktanParticipation');
    expect([s.basis, s.score]).toEqual([20, 2]);
    // No adolescents: PIK-R counts 0 %. 50 % × 4 = 200 / 5 = 40 → 4 (not 50, as a mean of four would give).
    const z = sub(
      {
        population: population({
          familiesWithUnderFives: 100,
          familiesWithAdolescents: 100,
          familiesWithElderly: 100,
          families: 100,
          adolescents: 0,
        }),
        monthly: monthly({ poktan: { bkb: 50, bkr: 50, bkl: 50, uppka: 50, pikr: 0 } }),
      },
      'poktanParticipation',
    );
    expect([z.basis, z.score]).toEqual([40, 4]);
  });
});

describe('classifyKampung: profile and intervention sub-indicators', () => {
  it('Pokja: none 1; formed 2; formed with members or training 3; with both 4; null members are not > 0', () => {
    const pokja = (p: { exists: boolean; members: number | null; trained: boolean }) =>
      scoreOf({ profile: profile({ pokja: { ...p, decree: false } }) }, 'pokja');
    expect(pokja({ exists: false, members: 20, trained: true })).toBe(1);
    expect(pokja({ exists: true, members: null, trained: false })).toBe(2);
    expect(pokja({ exists: true, members: 0, trained: false })).toBe(2);
    expect(pokja({ exists: true, members: 12, trained: false })).toBe(3);
    expect(pokja({ exists: true, members: null, trained: true })).toBe(3);
    expect(pokja({ exists: true, members: 12, trained: true })).toBe(4);
  });
  it('funding sources: 0 → 1, 1 → 2, 2 → 3, 4 → 3, 5 → 4, 6 → 4', () => {
    const all: FundingSourceCode[] = ['apbn', 'apbd', 'danaDesa', 'communityDonation', 'csr', 'selfFunded'];
    const score = (n: number) =>
      scoreOf({ profile: profile({ fundingSources: all.slice(0, n) }) }, 'fundingSources');
    expect([0, 1, 2, 4, 5, 6].map(score)).toEqual([1, 2, 3, 3, 4, 4]);
  });
  it('poktan present: 0 → 1, 1 → 2, 2 → 2, 3 → 3, 4 → 3, 5 → 4', () => {
    const all: PoktanCode[] = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'];
    const score = (n: number) => scoreOf({ profile: profile({ poktan: all.slice(0, n) }) }, 'poktan');
    expect([0, 1, 2, 3, 4, 5].map(score)).toEqual([1, 2, 2, 3, 3, 4]);
  });
  it('facilities: none 1, one 2, both 3 (max 3)', () => {
    const score = (secretariat: boolean, rumahDataku: boolean) =>
      sub({ profile: profile({ facilities: { secretariat, rumahDataku } }) }, 'facilities');
    expect([score(false, false).score, score(false, true).score, score(true, true).score]).toEqual([1, 2, 3]);
    expect(score(true, true).maxScore).toBe(3);
  });
  it('mentor and regulation: neither 1, one 2, both 3 (max 3)', () => {
    const score = (mentor: boolean, exists: boolean) =>
      scoreOf({ profile: profile({ mentor, regulation: { exists, kinds: [] } }) }, 'mentorRegulation');
    expect([score(false, false), score(true, false), score(false, true), score(true, true)]).toEqual([
      1, 2, 2, 3,
    ]);
  });
  it('data use: 0 → 1, 1 → 2, 2 → 3, 3 → 3, 4 → 4, 5 → 4', () => {
    const all: DataSourceCode[] = ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral', 'other'];
    const score = (n: number) => scoreOf({ profile: profile({ dataSources: all.slice(0, n) }) }, 'dataUse');
    expect([0, 1, 2, 3, 4, 5].map(score)).toEqual([1, 2, 3, 3, 4, 4]);
  });
  it('operational mechanisms: 0 → 1, 1 → 2, 2 → 2, 3 → 3, 4 → 3, 5 → 4', () => {
    const all: OperationalMechanismCode[] = [
      'planningMeeting',
      'coordinationMeeting',
      'socialisation',
      'monitoringEvaluation',
      'reporting',
    ];
    const score = (n: number) => scoreOf({ profile: profile({ operations: all.slice(0, n) }) }, 'operations');
    expect([0, 1, 2, 3, 4, 5].map(score)).toEqual([1, 2, 2, 3, 3, 4]);
  });
  it('cross-sector: distinct agencies 0 → 1, 1 → 2, 3 → 2, 4 → 3, 6 → 3, 7 → 4; repeats count once', () => {
    const score = (n: number) =>
      sub(
        {
          // every agency twice, in two interventions
          interventions: [
            intervention('2020-05-01', SECTOR.slice(0, n)),
            intervention('2020-06-01', SECTOR.slice(0, n)),
          ],
        },
        'crossSector',
      );
    expect([0, 1, 3, 4, 6, 7].map((n) => [score(n).basis, score(n).score])).toEqual([
      [0, 1],
      [1, 2],
      [3, 2],
      [4, 3],
      [6, 3],
      [7, 4],
    ]);
  });
  it('cross-sector leaves out the KB office and the BKKBN representative unless told otherwise', () => {
    const interventions = [
      intervention('2020-02-01', ['odp_ppkb', 'dinas_kesehatan']),
      intervention('2020-03-01', ['perwakilan_bkkbn', 'puskesmas', 'odp_ppkb']),
    ];
    // default: dinas_kesehatan, puskesmas = 2 → score 2
    expect(sub({ interventions }, 'crossSector').basis).toBe(2);
    expect(sub({ interventions }, 'crossSector').score).toBe(2);
    // counting every agency: 4 → score 3
    expect(sub({ interventions }, 'crossSector', { crossSectorExclusions: [] }).basis).toBe(4);
    expect(sub({ interventions }, 'crossSector', { crossSectorExclusions: [] }).score).toBe(3);
    // a custom exclusion list
    expect(sub({ interventions }, 'crossSector', { crossSectorExclusions: ['puskesmas'] }).basis).toBe(3);
  });
});

describe('classifyKampung: index rounding', () => {
  it('rounds the process mean 8/3 to 2.67 and the input mean 14/5 to 2.8', () => {
    const c = classifyKampung({
      ...NONE,
      profile: profile({
        // pokja 4, funding 1 source → 2, poktan 3 → 3, facilities 1 → 2, mentor + regulation → 3: 14 / 5 = 2.8
        pokja: { exists: true, decree: true, members: 9, trained: true },
        fundingSources: ['apbd'],
        poktan: ['bkb', 'bkr', 'bkl'],
        facilities: { secretariat: true, rumahDataku: false },
        mentor: true,
        regulation: { exists: true, kinds: ['villageHead'] },
        // data 2 → 3, operations 3 → 3; cross-sector 1 agency → 2: 8 / 3 = 2.67
        dataSources: ['pk', 'sectoral'],
        operations: ['planningMeeting', 'reporting', 'socialisation'],
      }),
      interventions: [intervention('2020-01-01', ['dinas_sosial'])],
    });
    expect(c.indexDetails.map((i) => [i.id, i.scoreSum, i.subIndicatorCount, i.value])).toEqual([
      ['input', 14, 5, 2.8],
      ['process', 8, 3, 2.67],
      ['output', 4, 4, 1],
    ]);
    expect(c.indices).toEqual({ input: 2.8, process: 2.67, output: 1 });
  });
});

/** A strong profile: input 4+3+3+3+3 = 16 → 3.2; data 2 → 3, operations 5 → 4. */
const strongProfile = profile({
  pokja: { exists: true, decree: true, members: 17, trained: true },
  fundingSources: ['apbd', 'selfFunded'],
  poktan: ['bkb', 'bkr', 'bkl'],
  facilities: { secretariat: true, rumahDataku: true },
  mentor: true,
  regulation: { exists: true, kinds: ['villageHead'] },
  dataSources: ['pk', 'bkkbnRoutine'],
  operations: [
    'planningMeeting',
    'coordinationMeeting',
    'socialisation',
    'monitoringEvaluation',
    'reporting',
  ],
});
const pop = population({
  pus: 260,
  families: 410,
  familiesWithUnderFives: 120,
  familiesWithAdolescents: 150,
  familiesWithElderly: 90,
  adolescents: 230,
});
/**
 * Users 12 + 6 + 1 + 30 + 80 + 35 + 6 = 170 of PUS 260 = 65.38 → 65 % → 4; MKJP 49/170 = 28.8 → 29 → 4;
 * unmet (10 + 8)/260 = 6.92 → 7 → 3; poktan 33 + 20 + 28 + 5 + 15 = 101 / 5 = 20.2 → 20 → 2.
 * Output 13 / 4 = 3.25.
 */
const goodMonthly = monthly({
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 10, tial: 8 },
  poktan: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
});
const fourAgencies = [
  intervention('2020-03-14', ['dinas_dukcapil', 'puskesmas']),
  intervention('2020-07-01', ['dinas_kesehatan', 'pemerindah_desa', 'odp_ppkb']),
];

describe('classifyKampung: one worked kampung per level', () => {
  it('Berkelanjutan: input 3.2, process (3 + 4 + 3) / 3 = 3.33, output 3.25', () => {
    const c = classifyKampung({
      profile: strongProfile,
      population: pop,
      monthly: goodMonthly,
      interventions: fourAgencies,
    });
    expect(c.subIndicators.map((s) => s.score)).toEqual([4, 3, 3, 3, 3, 3, 4, 3, 2, 4, 4, 3]);
    expect(c.subIndicators.map((s) => s.basis)).toEqual([3, 2, 3, 2, 2, 2, 5, 4, 20, 65, 29, 7]);
    expect(c.indices).toEqual({ input: 3.2, process: 3.33, output: 3.25 });
    expect(c.level).toBe('berkelanjutan');
    expect(c.levelLabel).toEqual({ id: 'Berkelanjutan', en: 'Sustainable' });
  });
  it('Mandiri: the same output with a weaker process, (2 + 2 + 3) / 3 = 2.33', () => {
    const weaker = {
      ...strongProfile,
      dataSources: ['pk' as const],
      operations: ['reporting' as const, 'socialisation' as const],
    };
    const c = classifyKampung({
      profile: weaker,
      population: pop,
      monthly: goodMonthly,
      interventions: fourAgencies,
    });
    expect(c.indices).toEqual({ input: 3.2, process: 2.33, output: 3.25 });
    expect(c.level).toBe('mandiri');
  });
  it('Berkembang: strong input and process, weak output (1 + 1 + 3 + 2) / 4 = 1.75', () => {
    // 70 injectable users of PUS 260 = 26.9 → 27 % → 1; MKJP 0 of 70 = 0 % → 1; unmet 7 % → 3; poktan 20 → 2
    const weakMonthly = {
      ...goodMonthly,
      users: { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 70, pill: 0, condom: 0 },
    };
    const c = classifyKampung({
      profile: strongProfile,
      population: pop,
      monthly: weakMonthly,
      interventions: fourAgencies,
    });
    expect(c.subIndicators.filter((s) => s.index === 'output').map((s) => [s.basis, s.score])).toEqual([
      [20, 2],
      [27, 1],
      [0, 1],
      [7, 3],
    ]);
    expect(c.indices).toEqual({ input: 3.2, process: 3.33, output: 1.75 });
    expect(c.level).toBe('berkembang');
  });
  it('Dasar: no profile (input 5 × 1 = 1.00), 7 agencies give process (1 + 1 + 4) / 3 = 2, only output ≥ 3', () => {
    const c = classifyKampung({
      profile: null,
      population: pop,
      monthly: goodMonthly,
      interventions: [intervention('2020-01-05', SECTOR.slice(0, 7))],
    });
    expect(c.subIndicators.slice(0, 7).map((s) => [s.basis, s.score, s.note])).toEqual(
      Array.from({ length: 7 }, () => [null, 1, 'missing-record']),
    );
    expect(c.subIndicators.find((s) => s.id === 'crossSector')?.score).toBe(4);
    expect(c.indices).toEqual({ input: 1, process: 2, output: 3.25 });
    expect(c.level).toBe('dasar');
    expect(c.levelLabel.en).toBe('Basic');
  });
});

describe('classifyKampung: explanations', () => {
  const c = classifyKampung({
    profile: strongProfile,
    population: pop,
    monthly: goodMonthly,
    interventions: fourAgencies,
  });
  const ex = (id: SubIndicatorId) => c.subIndicators.find((s) => s.id === id)?.explanation;
  it('states the basis, the band and the score in both languages', () => {
    expect(ex('cpr')).toEqual({ id: 'CPR 65 % (> 50) → skor 4', en: 'CPR 65 % (> 50) → score 4' });
    expect(ex('unmetNeed')).toEqual({
      id: 'Unmet need 7 % (6,1–9) → skor 3',
      en: 'Unmet need 7 % (6.1–9) → score 3',
    });
    expect(ex('fundingSources')).toEqual({
      id: 'Sumber dana: 2 sumber (2–4) → skor 3',
      en: 'Funding sources: 2 sources (2–4) → score 3',
    });
    expect(ex('pokja')).toEqual({
      id: 'Pokja: Pokja ada, dengan anggota dan sudah dilatih → skor 4',
      en: 'Pokja (working group): Pokja formed, with members and trained → score 4',
    });
    expect(ex('crossSector')?.id).toBe('Dukungan lintas sektor: 4 instansi (4–6) → skor 3');
  });
  it('names the missing record', () => {
    const m = classifyKampung({ ...NONE, population: pop });
    const e = (id: SubIndicatorId) => m.subIndicators.find((s) => s.id === id)?.explanation;
    expect(e('pokja')).toEqual({
      id: 'Pokja: profil kampung tidak ada → skor 1',
      en: 'Pokja (working group): no kampung profile → score 1',
    });
    expect(e('cpr')).toEqual({
      id: 'CPR: laporan bulanan tidak ada → skor 1',
      en: 'CPR: no monthly report → score 1',
    });
    const none = classifyKampung(NONE).subIndicators.find((s) => s.id === 'mkjpShare')?.explanation;
    expect(none?.id).toBe('Kesertaan MKJP: data penduduk dan laporan bulanan tidak ada → skor 1');
  });
});

describe('classifyKampung: zero denominators and missing records', () => {
  const zeroPus = {
    ...NONE,
    population: population({ pus: 0 }),
    monthly: monthly({ users: { pill: 5 }, nonUsers: { iat: 3 } }),
  };
  it('portal mode: PUS = 0 is 0 %: CPR scores 1 and unmet need scores 4', () => {
    const cpr = sub(zeroPus, 'cpr');
    const unmet = sub(zeroPus, 'unmetNeed');
    expect([cpr.basis, cpr.score, cpr.note]).toEqual([0, 1, 'zero-denominator']);
    expect([unmet.basis, unmet.score, unmet.note]).toEqual([0, 4, 'zero-denominator']);
    expect(unmet.explanation).toEqual({
      id: 'Unmet need 0 % (< 6,1) → skor 4. PUS = 0: dihitung 0 % seperti di portal.',
      en: 'Unmet need 0 % (< 6.1) → score 4. PUS = 0: counted as 0 %, as the portal does.',
    });
  });
  it("'missing' mode: a zero denominator is a missing value, null and score 1", () => {
    const opts = { zeroDenominator: 'missing' as const };
    const cpr = sub(zeroPus, 'cpr', opts);
    const unmet = sub(zeroPus, 'unmetNeed', opts);
    expect([cpr.basis, cpr.score, cpr.note]).toEqual([null, 1, 'zero-denominator']);
    expect([unmet.basis, unmet.score, unmet.note]).toEqual([null, 1, 'zero-denominator']);
    expect(unmet.explanation.id).toBe('Unmet need: PUS = 0, persentase tidak dapat dihitung → skor 1');
    // output index: poktan 1 (0 participants) + CPR 1 + MKJP 1 (0 MKJP of 5 users) + unmet 1 = 1.00, against 1.75 in portal mode
    expect(classifyKampung(zeroPus, opts).indices.output).toBe(1);
    expect(classifyKampung(zeroPus).indices.output).toBe(1.75);
  });
  it('no contraceptive users: MKJP share 0 % → 1 (portal) or null → 1 (missing)', () => {
    const noUsers = { ...NONE, population: population(), monthly: monthly() };
    expect([sub(noUsers, 'mkjpShare').basis, sub(noUsers, 'mkjpShare').score]).toEqual([0, 1]);
    const m = sub(noUsers, 'mkjpShare', { zeroDenominator: 'missing' });
    expect([m.basis, m.score, m.note]).toEqual([null, 1, 'zero-denominator']);
  });
  it('all poktan targets 0: participation 0 → 1 (portal) or null → 1 (missing)', () => {
    const noTargets = {
      ...NONE,
      population: population({
        families: 0,
        familiesWithUnderFives: 0,
        familiesWithAdolescents: 0,
        familiesWithElderly: 0,
        adolescents: 0,
      }),
      monthly: monthly({ poktan: { bkb: 3 } }),
    };
    expect([
      sub(noTargets, 'poktanParticipation').basis,
      sub(noTargets, 'poktanParticipation').score,
    ]).toEqual([0, 1]);
    expect(sub(noTargets, 'poktanParticipation', { zeroDenominator: 'missing' }).basis).toBeNull();
  });
  it('a missing monthly report scores every output sub-indicator 1', () => {
    const c = classifyKampung({ ...NONE, profile: strongProfile, population: pop });
    expect(
      c.subIndicators.filter((s) => s.index === 'output').map((s) => [s.basis, s.score, s.note]),
    ).toEqual(Array.from({ length: 4 }, () => [null, 1, 'missing-record']));
    expect(c.indices.output).toBe(1);
  });
  it('a missing population snapshot: unmet need 0 % → 4 as in the portal (1 in missing mode), the rest 1', () => {
    const inputs = { ...NONE, monthly: goodMonthly };
    const c = classifyKampung(inputs);
    expect(c.subIndicators.filter((s) => s.index === 'output').map((s) => [s.basis, s.score])).toEqual([
      [null, 1],
      [null, 1],
      [null, 1],
      [0, 4],
    ]);
    expect(sub(inputs, 'unmetNeed').explanation.en).toBe(
      'Unmet need 0 % (< 6.1) → score 4. No population snapshot: counted as 0 %, as the portal does.',
    );
    expect(sub(inputs, 'unmetNeed', { zeroDenominator: 'missing' }).score).toBe(1);
  });
});

const count = fc.nat({ max: 400 });
const monthlyArb = fc.record({
  users: fc.record({
    iud: count,
    mow: count,
    mop: count,
    implant: count,
    injectable: count,
    pill: count,
    condom: count,
  }),
  nonUsers: fc.record({ pregnant: count, ias: count, iat: count, tial: count }),
  poktan: fc.record({ bkb: count, bkr: count, bkl: count, uppka: count, pikr: count }),
});
const populationArb = fc.record({
  pus: count,
  families: count,
  familiesWithUnderFives: count,
  familiesWithAdolescents: count,
  familiesWithElderly: count,
  adolescents: count,
});
const profileArb = fc.record({
  pokja: fc.record({
    exists: fc.boolean(),
    decree: fc.boolean(),
    members: fc.option(fc.nat({ max: 30 })),
    trained: fc.boolean(),
  }),
  fundingSources: fc.subarray<FundingSourceCode>([
    'apbn',
    'apbd',
    'danaDesa',
    'communityDonation',
    'csr',
    'selfFunded',
  ]),
  poktan: fc.subarray<PoktanCode>(['bkb', 'bkr', 'bkl', 'uppka', 'pikr']),
  facilities: fc.record({ secretariat: fc.boolean(), rumahDataku: fc.boolean() }),
  mentor: fc.boolean(),
  regulation: fc.record({ exists: fc.boolean(), kinds: fc.constant<RegulationCode[]>([]) }),
  dataSources: fc.subarray<DataSourceCode>(['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral', 'other']),
  operations: fc.subarray<OperationalMechanismCode>([
    'planningMeeting',
    'coordinationMeeting',
    'socialisation',
    'monitoringEvaluation',
    'reporting',
  ]),
});
const inputsArb = fc.record({
  profile: fc.option(profileArb.map((p) => profile(p))),
  population: fc.option(populationArb.map((p) => population(p))),
  monthly: fc.option(monthlyArb.map((m) => monthly(m))),
  interventions: fc
    .array(fc.subarray(agencies.items.map((a) => a.code)), { maxLength: 4 })
    .map((lists) => lists.map((l) => intervention('2020-01-01', l))),
});

/**
 * The portal's level rule written out by hand for every combination of indices reached (≥ 3), in the order
 * input, process, output: no index or one index is Dasar; input and process without output is Berkembang;
 * output with one of the others is Mandiri; all three is Berkelanjutan.
 */
const PORTAL_LEVEL_RULE: Readonly<Record<string, string>> = {
  '000': 'dasar',
  '100': 'dasar',
  '010': 'dasar',
  '001': 'dasar',
  '110': 'berkembang',
  '101': 'mandiri',
  '011': 'mandiri',
  '111': 'berkelanjutan',
};

describe('classifyKampung: properties', () => {
  it('every score is within 1..maxScore, indices are the rounded means, the level follows the indices', () => {
    fc.assert(
      fc.property(inputsArb, fc.constantFrom('portal' as const, 'missing' as const), (inputs, mode) => {
        const c = classifyKampung(inputs, { zeroDenominator: mode });
        expect(c.subIndicators).toHaveLength(12);
        for (const s of c.subIndicators) {
          expect(Number.isInteger(s.score)).toBe(true);
          expect(s.score).toBeGreaterThanOrEqual(1);
          expect(s.score).toBeLessThanOrEqual(s.maxScore);
        }
        for (const i of c.indexDetails) {
          // Two decimals, within half a hundredth of the mean score.
          expect(Number.isInteger(Math.round(i.value * 100 * 1e6) / 1e6)).toBe(true);
          expect(Math.abs(i.value - i.scoreSum / i.subIndicatorCount)).toBeLessThanOrEqual(0.005 + 1e-12);
          expect(i.value).toBeGreaterThanOrEqual(1);
          expect(i.value).toBeLessThanOrEqual(4);
        }
        const reached = (['input', 'process', 'output'] as const)
          .map((k) => (c.indices[k] >= 3 ? '1' : '0'))
          .join('');
        expect(c.level).toBe(PORTAL_LEVEL_RULE[reached]);
      }),
    );
  });
  it('adding contraceptive users never lowers the CPR score', () => {
    fc.assert(
      fc.property(
        populationArb,
        monthlyArb,
        fc.constantFrom(...PORTAL_METHODS),
        fc.integer({ min: 1, max: 500 }),
        (p, m, method, extra) => {
          const before = monthly(m);
          const after = monthly({ ...m, users: { ...m.users, [method]: m.users[method] + extra } });
          const a = scoreOf({ population: population(p), monthly: before }, 'cpr');
          const b = scoreOf({ population: population(p), monthly: after }, 'cpr');
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
  it('adding IAT or TIAL couples never raises the unmet-need score while PUS > 0', () => {
    fc.assert(
      fc.property(
        populationArb,
        monthlyArb,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (p, m, iat, tial) => {
          fc.pre(p.pus > 0 && iat + tial > 0);
          const a = scoreOf({ population: population(p), monthly: monthly(m) }, 'unmetNeed');
          const nonUsers = { ...m.nonUsers, iat: m.nonUsers.iat + iat, tial: m.nonUsers.tial + tial };
          const more = monthly({ ...m, nonUsers });
          expect(scoreOf({ population: population(p), monthly: more }, 'unmetNeed')).toBeLessThanOrEqual(a);
        },
      ),
    );
  });
  it('unmet need counts IAT and TIAL alike: 7 IAT or 7 TIAL of PUS 100 are both 7 % (score 3), 3 + 4 too', () => {
    const pop = population({ pus: 100 });
    const score = (iat: number, tial: number) =>
      sub({ population: pop, monthly: monthly({ nonUsers: { iat, tial } }) }, 'unmetNeed');
    for (const [iat, tial] of [
      [7, 0],
      [0, 7],
      [3, 4],
    ] as const) {
      expect(score(iat, tial)).toMatchObject({ basis: 7, score: 3 });
    }
    expect(score(6, 0)).toMatchObject({ basis: 6, score: 4 });
    expect(score(10, 3)).toMatchObject({ basis: 13, score: 1 });
  });
});

describe('classifyKampung: explanation units', () => {
  it('uses the singular for a count of one', () => {
    const s = sub({ profile: profile({ fundingSources: ['apbd'] }) }, 'fundingSources');
    expect(s.explanation).toEqual({
      id: 'Sumber dana: 1 sumber (1) → skor 2',
      en: 'Funding sources: 1 source (1) → score 2',
    });
    const z = sub({ interventions: [intervention('2020-01-01', ['bps'])] }, 'crossSector');
    expect(z.explanation.en).toBe('Cross-sector support: 1 agency (1–3) → score 2');
  });
});
