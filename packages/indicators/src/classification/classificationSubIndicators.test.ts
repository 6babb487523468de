import { describe, expect, it } from 'vitest';
import {
  classificationIndices,
  classificationSubIndicators,
  PORTAL_CLASSIFICATION_SQL,
} from './classificationSubIndicators.js';

describe('classificationSubIndicators', () => {
  it('lists 5 input, 3 process and 4 output sub-indicators, matching classificationIndices', () => {
    const byIndex = (i: string) => classificationSubIndicators.filter((s) => s.index === i).map((s) => s.id);
    expect(byIndex('input')).toEqual(['pokja', 'fundingSources', 'poktan', 'facilities', 'mentorRegulation']);
    expect(byIndex('process')).toEqual(['dataUse', 'operations', 'crossSector']);
    expect(byIndex('output')).toEqual(['poktanParticipation', 'cpr', 'mkjpShare', 'unmetNeed']);
    for (const index of classificationIndices) expect(index.subIndicators).toEqual(byIndex(index.id));
  });
  it('gives every whole number from 0 to 300 exactly one band, with scores 1..maxScore all used', () => {
    for (const def of classificationSubIndicators) {
      for (let v = 0; v <= 300; v++) {
        const hits = def.bands.filter(
          (b) => (b.min === null || v >= b.min) && (b.max === null || v <= b.max),
        );
        expect(hits, `${def.id} at ${v}`).toHaveLength(1);
      }
      const scores = def.bands.map((b) => b.score).sort();
      expect(scores).toEqual(Array.from({ length: def.maxScore }, (_, i) => i + 1));
      expect(def.missingScore).toBe(1);
    }
  });
  it('cites the portal SQL column of every rule', () => {
    const cpr = classificationSubIndicators.find((s) => s.id === 'cpr');
    expect(cpr?.citation).toBe(`${PORTAL_CLASSIFICATION_SQL}, column output_cpr`);
    for (const def of classificationSubIndicators) expect(def.citation).toContain('kampung.sql, column ');
  });
  it('keeps the portal unmet-need edges and spells them with a decimal comma in Indonesian', () => {
    const unmet = classificationSubIndicators.find((s) => s.id === 'unmetNeed');
    expect(
      unmet?.bands.map((b) => [b.score, b.min, b.max, b.portalCondition, b.label.id, b.label.en]),
    ).toEqual([
      [1, 13, null, 'is null or > 12.1', '> 12,1', '> 12.1'],
      [2, 10, 12, 'between 9.1 and 12', '9,1–12', '9.1–12'],
      [3, 7, 9, 'between 6.1 and 9', '6,1–9', '6.1–9'],
      [4, null, 6, '< 6.1', '< 6,1', '< 6.1'],
    ]);
  });
  it('labels count bands by their range', () => {
    const funding = classificationSubIndicators.find((s) => s.id === 'fundingSources');
    expect(funding?.bands.map((b) => b.label.en)).toEqual(['0', '1', '2–4', '> 4']);
    const cpr = classificationSubIndicators.find((s) => s.id === 'cpr');
    expect(cpr?.bands.map((b) => b.label.id)).toEqual(['< 30', '30–40', '41–50', '> 50']);
  });
});
