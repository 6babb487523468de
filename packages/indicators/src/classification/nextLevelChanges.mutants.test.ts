import { describe, expect, it } from 'vitest';
import type { ClassificationLevelCode } from './classificationLevels.js';
import { classificationSubIndicators, type SubIndicatorId } from './classificationSubIndicators.js';
import type { KampungClassification, SubIndicatorScore } from './classifyKampung.js';
import type { ClassificationIndices } from './levelOfIndices.js';
import { nextLevelChanges } from './nextLevelChanges.js';

// Hand-built classifications: every score and basis is chosen, and the level and indices are stated (worked
// by hand in each test), so the search sees exactly the rooms (maximum − score) each test needs. Maxima:
// input 4, 4, 4, 3, 3 (threshold 15 of 5); process 4, 4, 4 (9 of 3); output 4, 4, 4, 4 (12 of 4).
type Scores = Record<SubIndicatorId, readonly [score: number, basis: number]>;

function classification(
  level: ClassificationLevelCode,
  indices: ClassificationIndices,
  scores: Scores,
  order: readonly SubIndicatorId[] = classificationSubIndicators.map((d) => d.id),
): KampungClassification {
  const subIndicators = order.map((id): SubIndicatorScore => {
    const def = classificationSubIndicators.find((d) => d.id === id);
    if (def === undefined) throw new Error(id);
    const [score, basis] = scores[id];
    return {
      id,
      index: def.index,
      label: def.label,
      score,
      maxScore: def.maxScore,
      basis,
      basisKind: def.basisKind,
      note: null,
      band: def.bands.find((b) => b.score === score) ?? null,
      explanation: def.label,
    };
  });
  return { level, levelLabel: { id: level, en: level }, indices, indexDetails: [], subIndicators };
}

// Process 3 + 3 + 3 = 9 / 3 = 3 (2 data sources, 3 mechanisms, 4 agencies).
const PROCESS_3 = { dataUse: [3, 2], operations: [3, 3], crossSector: [3, 4] } as const;

// Input 2 + 3 + 3 + 2 + 3 = 13 / 5 = 2.6; rooms 2, 1, 1, 1, 0: the 2 missing points fit on Pokja alone.
const INPUT_POKJA_ROOM_2 = {
  pokja: [2, 1],
  fundingSources: [3, 2],
  poktan: [3, 3],
  facilities: [2, 1],
  mentorRegulation: [3, 2],
} as const;

// Input 3 + 3 + 3 + 2 + 2 = 13 / 5 = 2.6; rooms 1 each: 2 missing points need 2 sub-indicators.
const INPUT_ROOMS_1 = {
  pokja: [3, 2],
  fundingSources: [3, 2],
  poktan: [3, 3],
  facilities: [2, 1],
  mentorRegulation: [2, 1],
} as const;

const changeRows = (cs: readonly { id: string; fromScore: number; toScore: number }[]) =>
  cs.map((c) => [c.id, c.fromScore, c.toScore]);

describe('nextLevelChanges: within an index, fewer sub-indicators before the first ones', () => {
  it('Mandiri with input 2.6: one raise of 2 on funding sources beats two raises of 1 on earlier ones', () => {
    // Input 3 + 2 + 3 + 2 + 3 = 13 / 5 = 2.6, rooms 1, 2, 1, 1, 0: 2 points needed. Only funding sources
    // (2 → 4) takes both alone; Pokja + funding sources (+1 each) are earlier but 2 changes.
    const c = classification(
      'mandiri',
      { input: 2.6, process: 3, output: 3 },
      {
        pokja: [3, 2],
        fundingSources: [2, 1],
        poktan: [3, 3],
        facilities: [2, 1],
        mentorRegulation: [3, 2],
        ...PROCESS_3,
        poktanParticipation: [3, 25],
        cpr: [3, 45],
        mkjpShare: [3, 23],
        unmetNeed: [3, 8],
      },
    );
    const next = nextLevelChanges(c);
    expect(next.to).toBe('berkelanjutan');
    expect(changeRows(next.changes)).toEqual([['fundingSources', 2, 4]]);
    expect(next.pointsAdded).toBe(2);
    // 15 / 5 = 3.
    expect(next.indicesAfter).toEqual({ input: 3, process: 3, output: 3 });
    expect(next.changes[0]?.toBasis).toEqual({ bound: 'atLeast', value: 5 });
  });
});

describe('nextLevelChanges: from Dasar, plans ordered by changes, then points, then level', () => {
  // Dasar: input 2.6 and output below 3, process 3 — lifting input gives Berkembang, lifting output Mandiri.
  it('equal changes: the plan with fewer points comes first even when it goes to Mandiri', () => {
    // Output 3 + 3 + 3 + 2 = 11 / 4 = 2.75: 1 point (poktan participation 3 → 4, 25 % → ≥ 31 %).
    // Input 2.6 with Pokja room 2: 2 points on Pokja. Both 1 change; Mandiri has 1 point against 2.
    const c = classification(
      'dasar',
      { input: 2.6, process: 3, output: 2.75 },
      {
        ...INPUT_POKJA_ROOM_2,
        ...PROCESS_3,
        poktanParticipation: [3, 25],
        cpr: [3, 45],
        mkjpShare: [3, 23],
        unmetNeed: [2, 11],
      },
    );
    const next = nextLevelChanges(c);
    expect(next.to).toBe('mandiri');
    expect(next.toLabel).toEqual({ id: 'Mandiri', en: 'Self-reliant' });
    expect(changeRows(next.changes)).toEqual([['poktanParticipation', 3, 4]]);
    expect(next.changes[0]?.toBasis).toEqual({ bound: 'atLeast', value: 31 });
    expect(next.pointsAdded).toBe(1);
    // Output 12 / 4 = 3.
    expect(next.indicesAfter).toEqual({ input: 2.6, process: 3, output: 3 });
    expect(next.summary).toEqual({
      id: 'Dasar → Mandiri: 1 subindikator, +1 poin skor',
      en: 'Basic → Self-reliant: 1 sub-indicator, +1 score point',
    });
    expect(next.alternative?.to).toBe('berkembang');
    expect(changeRows(next.alternative?.changes ?? [])).toEqual([['pokja', 2, 4]]);
    expect(next.alternative?.pointsAdded).toBe(2);
    expect(next.alternative?.indicesAfter).toEqual({ input: 3, process: 3, output: 2.75 });
  });

  it('fewer changes first even with more points: 1 change of 3 points to Mandiri before 2 of 1', () => {
    // Output 1 + 3 + 3 + 2 = 9 / 4 = 2.25: 3 points, all on poktan participation (1 → 4, 5 % → ≥ 31 %).
    // Input 2.6 with every room 1: Pokja and funding sources +1 each (2 changes, 2 points).
    const c = classification(
      'dasar',
      { input: 2.6, process: 3, output: 2.25 },
      {
        ...INPUT_ROOMS_1,
        ...PROCESS_3,
        poktanParticipation: [1, 5],
        cpr: [3, 45],
        mkjpShare: [3, 23],
        unmetNeed: [2, 11],
      },
    );
    const next = nextLevelChanges(c);
    expect(next.to).toBe('mandiri');
    expect(changeRows(next.changes)).toEqual([['poktanParticipation', 1, 4]]);
    expect(next.pointsAdded).toBe(3);
    expect(next.summary.en).toBe('Basic → Self-reliant: 1 sub-indicator, +3 score points');
    expect(next.alternative?.to).toBe('berkembang');
    expect(changeRows(next.alternative?.changes ?? [])).toEqual([
      ['pokja', 3, 4],
      ['fundingSources', 3, 4],
    ]);
    expect(next.alternative?.pointsAdded).toBe(2);
  });
});

describe('nextLevelChanges: for one level, the cheapest set of indices', () => {
  it('Dasar with every index below 3: Mandiri via input + output (2 points), not process + output (3)', () => {
    // Input 3 + 3 + 3 + 2 + 3 = 14 / 5 = 2.8: 1 point (Pokja 3 → 4). Process 2 + 3 + 2 = 7 / 3 = 2.33:
    // 2 points, on data use alone (2 → 4). Output 3 + 3 + 3 + 2 = 11 / 4 = 2.75: 1 point (poktan
    // participation 3 → 4). Mandiri: input + output (2 changes, 2 points) or process + output (2 changes,
    // 3 points); Berkembang: input + process (2 changes, 3 points).
    const c = classification(
      'dasar',
      { input: 2.8, process: 2.33, output: 2.75 },
      {
        pokja: [3, 2],
        fundingSources: [3, 2],
        poktan: [3, 3],
        facilities: [2, 1],
        mentorRegulation: [3, 2],
        dataUse: [2, 1],
        operations: [3, 3],
        crossSector: [2, 2],
        poktanParticipation: [3, 25],
        cpr: [3, 45],
        mkjpShare: [3, 23],
        unmetNeed: [2, 11],
      },
    );
    const next = nextLevelChanges(c);
    expect(next.to).toBe('mandiri');
    expect(changeRows(next.changes)).toEqual([
      ['pokja', 3, 4],
      ['poktanParticipation', 3, 4],
    ]);
    expect(next.pointsAdded).toBe(2);
    expect(next.indicesAfter).toEqual({ input: 3, process: 2.33, output: 3 });
    expect(next.alternative?.to).toBe('berkembang');
    expect(changeRows(next.alternative?.changes ?? [])).toEqual([
      ['pokja', 3, 4],
      ['dataUse', 2, 4],
    ]);
    expect(next.alternative?.pointsAdded).toBe(3);
  });
});

describe('nextLevelChanges: changes in the order of the sub-indicator definitions', () => {
  it('sorts the changes even when the classification lists the sub-indicators in another order', () => {
    // Mandiri: input 2.6, process 3, output 3 + 3 + 3 + 3 = 12 / 4 = 3; sub-indicators listed last to first.
    // Every input room is 1, so the search takes the first two it lists: mentor/regulation and facilities
    // (the reversed order), which come out as facilities, mentor/regulation.
    const order = [...classificationSubIndicators.map((d) => d.id)].reverse();
    const c = classification(
      'mandiri',
      { input: 2.6, process: 3, output: 3 },
      {
        ...INPUT_ROOMS_1,
        ...PROCESS_3,
        poktanParticipation: [3, 25],
        cpr: [3, 45],
        mkjpShare: [3, 23],
        unmetNeed: [3, 8],
      },
      order,
    );
    const next = nextLevelChanges(c);
    expect(next.to).toBe('berkelanjutan');
    expect(changeRows(next.changes)).toEqual([
      ['facilities', 2, 3],
      ['mentorRegulation', 2, 3],
    ]);
    expect(next.summary.en).toBe('Self-reliant → Sustainable: 2 sub-indicators, +2 score points');
  });
});
