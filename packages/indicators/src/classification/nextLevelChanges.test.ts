import { describe, expect, it } from 'vitest';
import { intervention, monthly, population, profile } from '../__fixtures__/records.js';
import { type ClassificationInputs, classifyKampung } from './classifyKampung.js';
import { nextLevelChanges } from './nextLevelChanges.js';

const NONE: ClassificationInputs = { profile: null, population: null, monthly: null, interventions: [] };

// Input 3.2: Pokja with members and trained 4, 2 funding sources 3, 3 poktan 3, 2 facilities 3,
// mentor and regulation 3 → 16 / 5.
const STRONG_INPUT = {
  pokja: { exists: true, decree: true, members: 12, trained: true },
  fundingSources: ['apbd' as const, 'selfFunded' as const],
  poktan: ['bkb' as const, 'bkr' as const, 'bkl' as const],
  facilities: { secretariat: true, rumahDataku: true },
  mentor: true,
  regulation: { exists: true, kinds: ['villageHead' as const] },
};

// Output 2.75 with PUS 200: poktan 40 % of every target → 4; CPR 86/200 = 43 % → 3;
// MKJP 20/86 = 23.26 → 23 % → 3; unmet (20 + 10)/200 = 15 % → 1. Sum 11 / 4 = 2.75.
const OUTPUT_275 = {
  population: population({ pus: 200 }),
  monthly: monthly({
    users: { iud: 20, injectable: 66 },
    nonUsers: { iat: 20, tial: 10 },
    poktan: { bkb: 40, bkr: 40, bkl: 40, uppka: 160, pikr: 40 },
  }),
};

// Output 3.25: as above with unmet (10 + 6)/200 = 8 % → 3. Sum 13 / 4.
const OUTPUT_325 = {
  population: population({ pus: 200 }),
  monthly: monthly({
    users: { iud: 20, injectable: 66 },
    nonUsers: { iat: 10, tial: 6 },
    poktan: { bkb: 40, bkr: 40, bkl: 40, uppka: 160, pikr: 40 },
  }),
};

const fourAgencies = [
  intervention('2020-02-01', ['dinas_perhubungan', 'dinas_kelautan']),
  intervention('2020-03-01', ['dinas_pariwisata', 'dinas_esdm']),
];

describe('nextLevelChanges: one kampung per starting level, worked by hand', () => {
  it('Dasar with input 2.8 and process 2.67 → Berkembang: one point in each (rounding included)', () => {
    // Input: Pokja 4, 1 funding source 2, 3 poktan 3, 2 facilities 3, mentor only 2 → 14 / 5 = 2.8.
    // Process: 2 data sources 3, 3 mechanisms 3, 1 agency 2 → 8 / 3 = 2.67. Output: no records → 1.
    const c = classifyKampung({
      ...NONE,
      profile: profile({
        ...STRONG_INPUT,
        fundingSources: ['apbd'],
        regulation: { exists: false, kinds: [] },
        dataSources: ['pk', 'bkkbnRoutine'],
        operations: ['planningMeeting', 'reporting', 'socialisation'],
      }),
      interventions: [intervention('2020-02-01', ['dinas_dukcapil'])],
    });
    expect([c.level, c.indices]).toEqual(['dasar', { input: 2.8, process: 2.67, output: 1 }]);
    const next = nextLevelChanges(c);
    // 2.8 needs 15 points of 5 (+1); 2.67 needs 9 of 3 (+1). Mandiri needs output 4 → 12 (+8, three
    // sub-indicators) plus one more: 4 changes against Berkembang's 2.
    expect(next.to).toBe('berkembang');
    expect(next.pointsAdded).toBe(2);
    expect(next.indicesAfter).toEqual({ input: 3, process: 3, output: 1 });
    // Ties go to the first sub-indicator with room: funding sources (Pokja is at its maximum), data use.
    expect(next.changes.map((x) => [x.id, x.fromScore, x.toScore, x.fromBasis, x.toBasis])).toEqual([
      ['fundingSources', 2, 3, 1, { bound: 'atLeast', value: 2 }],
      ['dataUse', 3, 4, 2, { bound: 'atLeast', value: 4 }],
    ]);
    expect(next.changes.map((x) => x.description)).toEqual([
      {
        id: 'Sumber dana: tambah 1 sumber, dari 1 ke 2 (skor 2 → 3)',
        en: 'Funding sources: add 1 source, from 1 to 2 (score 2 → 3)',
      },
      {
        id: 'Penggunaan data: tambah 2 sumber data, dari 2 ke 4 (skor 3 → 4)',
        en: 'Data use: add 2 data sources, from 2 to 4 (score 3 → 4)',
      },
    ]);
    expect(next.summary.en).toBe('Basic → Developing: 2 sub-indicators, +2 score points');
    // The other level one step up: output +8 (1 → 4, 1 → 4, 1 → 3) and input +1.
    expect(next.alternative?.to).toBe('mandiri');
    expect(next.alternative?.pointsAdded).toBe(9);
    expect(next.alternative?.changes.map((x) => [x.id, x.fromScore, x.toScore])).toEqual([
      ['fundingSources', 2, 3],
      ['poktanParticipation', 1, 4],
      ['cpr', 1, 4],
      ['mkjpShare', 1, 3],
    ]);
    expect(next.alternative?.changes[2]?.description.en).toBe('CPR from no data yet to ≥ 51 % (score 1 → 4)');
  });

  it('Dasar with output ≥ 3 can only become Mandiri: the cheaper of input and process', () => {
    // No profile: input 5/5 = 1, process 3/3 = 1; output 3.25. Process needs 9 (+6: two raises of 3),
    // input needs 15 (+10: four raises). Berkembang needs output < 3: unreachable by raises.
    const c = classifyKampung({ ...NONE, ...OUTPUT_325 });
    expect([c.level, c.indices]).toEqual(['dasar', { input: 1, process: 1, output: 3.25 }]);
    const next = nextLevelChanges(c);
    expect(next.to).toBe('mandiri');
    expect(next.alternative).toBeNull();
    expect(next.changes.map((x) => [x.id, x.fromScore, x.toScore])).toEqual([
      ['dataUse', 1, 4],
      ['operations', 1, 4],
    ]);
    expect(next.changes[0]?.description).toEqual({
      id: 'Penggunaan data: belum ada data; capai ≥ 4 sumber data (skor 1 → 4)',
      en: 'Data use: no data yet; reach ≥ 4 data sources (score 1 → 4)',
    });
    expect(next.indicesAfter).toEqual({ input: 1, process: 3, output: 3.25 });
  });

  it('Berkembang with output 2.75 → Berkelanjutan: CPR from 43 % to ≥ 51 %', () => {
    const c = classifyKampung({
      ...OUTPUT_275,
      profile: profile({
        ...STRONG_INPUT,
        dataSources: ['pk', 'bkkbnRoutine'],
        operations: ['planningMeeting', 'reporting', 'socialisation'],
      }),
      interventions: fourAgencies,
    });
    expect([c.level, c.indices]).toEqual(['berkembang', { input: 3.2, process: 3, output: 2.75 }]);
    const next = nextLevelChanges(c);
    // Output 11 → 12: one point; poktan participation is at 4, CPR is the first with room.
    expect(next.to).toBe('berkelanjutan');
    expect(next.changes).toHaveLength(1);
    expect(next.changes[0]?.description).toEqual({
      id: 'CPR dari 43 % ke ≥ 51 % (skor 3 → 4)',
      en: 'CPR from 43 % to ≥ 51 % (score 3 → 4)',
    });
    expect(next.indicesAfter).toEqual({ input: 3.2, process: 3, output: 3 });
    expect(next.alternative).toBeNull();
    expect(next.summary.id).toBe('Berkembang → Berkelanjutan: 1 subindikator, +1 poin skor');
  });

  it('Mandiri with process 2.67 → Berkelanjutan: operations from 3 to 5 mechanisms', () => {
    // Process: 4 data sources 4, 3 mechanisms 3, no agency 1 → 8 / 3 = 2.67; +1 on operations (3 → 4).
    const c = classifyKampung({
      ...NONE,
      ...OUTPUT_325,
      profile: profile({
        ...STRONG_INPUT,
        dataSources: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
        operations: ['planningMeeting', 'reporting', 'socialisation'],
      }),
    });
    expect([c.level, c.indices]).toEqual(['mandiri', { input: 3.2, process: 2.67, output: 3.25 }]);
    const next = nextLevelChanges(c);
    expect(next.to).toBe('berkelanjutan');
    expect(next.changes.map((x) => x.description.en)).toEqual([
      'Operational mechanisms: add 2 mechanisms, from 3 to 5 (score 3 → 4)',
    ]);
    expect(next.indicesAfter.process).toBe(3);
  });

  it('Berkelanjutan has no next level', () => {
    const c = classifyKampung({
      ...OUTPUT_325,
      profile: profile({
        ...STRONG_INPUT,
        dataSources: ['pk', 'bkkbnRoutine'],
        operations: ['planningMeeting', 'reporting', 'socialisation'],
      }),
      interventions: fourAgencies,
    });
    expect(c.level).toBe('berkelanjutan');
    const next = nextLevelChanges(c);
    expect([next.to, next.changes, next.pointsAdded, next.alternative]).toEqual([null, [], 0, null]);
    expect(next.summary.en).toBe('Sustainable: already the highest level');
  });

  it('prefers fewer sub-indicators over fewer points', () => {
    // Input 1 (no profile) needs +10 over five sub-indicators (room 3, 3, 3, 2, 2): four changes at least;
    // process needs +6 with two raises of 3. Output 3.25: Mandiri via process (2 changes, 6 points).
    const next = nextLevelChanges(classifyKampung({ ...NONE, ...OUTPUT_325 }));
    expect([next.changes.length, next.pointsAdded]).toEqual([2, 6]);
  });
});
