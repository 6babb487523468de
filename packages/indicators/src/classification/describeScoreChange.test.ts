import { describe, expect, it } from 'vitest';
import { classificationSubIndicators, type SubIndicatorId } from './classificationSubIndicators.js';
import { describeScoreChange, lowerIsBetter } from './describeScoreChange.js';

function def(id: SubIndicatorId) {
  const d = classificationSubIndicators.find((s) => s.id === id);
  if (d === undefined) throw new Error(id);
  return d;
}

describe('describeScoreChange', () => {
  it('percent, higher is better: the band minimum', () => {
    const d = describeScoreChange(def('cpr'), 43, 3, 4);
    expect(d?.target).toEqual({ bound: 'atLeast', value: 51 });
    expect(d?.text).toEqual({
      id: 'CPR dari 43 % ke ≥ 51 % (skor 3 → 4)',
      en: 'CPR from 43 % to ≥ 51 % (score 3 → 4)',
    });
  });
  it('unmet need, lower is better: the band maximum on integer percentages (6.1–9 → ≤ 9)', () => {
    expect(lowerIsBetter(def('unmetNeed'))).toBe(true);
    expect(lowerIsBetter(def('cpr'))).toBe(false);
    const d = describeScoreChange(def('unmetNeed'), 15, 1, 3);
    expect(d?.target).toEqual({ bound: 'atMost', value: 9 });
    expect(d?.text.id).toBe('Unmet need dari 15 % ke ≤ 9 % (skor 1 → 3)');
  });
  it('counts: how many to add, in the unit', () => {
    expect(describeScoreChange(def('fundingSources'), 1, 2, 3)?.text).toEqual({
      id: 'Sumber dana: tambah 1 sumber, dari 1 ke 2 (skor 2 → 3)',
      en: 'Funding sources: add 1 source, from 1 to 2 (score 2 → 3)',
    });
    expect(describeScoreChange(def('crossSector'), 3, 2, 3)?.text.en).toBe(
      'Cross-sector support: add 1 agency, from 3 to 4 (score 2 → 3)',
    );
  });
  it('flags: from band to band', () => {
    expect(describeScoreChange(def('mentorRegulation'), 1, 2, 3)?.text.en).toBe(
      "PKB/PLKB mentor and regulation: from 'a mentor or a regulation' to 'a mentor and a regulation' (score 2 → 3)",
    );
    expect(describeScoreChange(def('pokja'), null, 1, 2)?.text.id).toBe(
      "Pokja: dari belum ada data ke 'Pokja ada, tanpa anggota tercatat dan belum dilatih' (skor 1 → 2)",
    );
  });
  it('undefined for a score without a band', () => {
    expect(describeScoreChange(def('facilities'), 2, 3, 4)).toBeUndefined();
  });
});
