import { describe, expect, it } from 'vitest';
import {
  classificationSubIndicators,
  type ScoreBand,
  type SubIndicatorDefinition,
  type SubIndicatorId,
} from './classificationSubIndicators.js';
import { describeScoreChange, lowerIsBetter } from './describeScoreChange.js';

function def(id: SubIndicatorId): SubIndicatorDefinition {
  const d = classificationSubIndicators.find((s) => s.id === id);
  if (d === undefined) throw new Error(id);
  return d;
}

const band = (score: number, min: number | null, max: number | null): ScoreBand => ({
  score,
  min,
  max,
  label: { id: `b${score}`, en: `b${score}` },
  portalCondition: `band ${score}`,
});

// Custom band tables (the public function takes any definition) to reach the edges of lowerIsBetter.
const withBands = (bands: readonly ScoreBand[]): SubIndicatorDefinition => ({ ...def('cpr'), bands });

describe('lowerIsBetter', () => {
  it('reads the score-1 band wherever it is listed, not the first band', () => {
    // Score 2 open above is listed first; the score-1 band (≤ 0) is closed above: higher is better.
    expect(lowerIsBetter(withBands([band(2, 5, null), band(1, null, 0)]))).toBe(false);
    // And the reverse: the score-1 band open above, listed after a closed one.
    expect(lowerIsBetter(withBands([band(2, 1, 4), band(1, 5, null)]))).toBe(true);
  });
  it('a score-1 band closed on both sides is not lower-is-better', () => {
    expect(lowerIsBetter(withBands([band(1, 1, 1), band(2, 2, null)]))).toBe(false);
  });
  it('a score-1 band open on both sides is not lower-is-better', () => {
    expect(lowerIsBetter(withBands([band(1, null, null)]))).toBe(false);
  });
  it('no score-1 band: false, without failing', () => {
    expect(lowerIsBetter(withBands([band(2, 0, null)]))).toBe(false);
  });
});

describe('describeScoreChange: edges of the band data', () => {
  it('a count without a unit says the bare number', () => {
    const { unit: _unit, ...noUnit } = def('fundingSources');
    // Funding sources 1 → band 3 (2–4): add 2 − 1 = 1.
    expect(describeScoreChange(noUnit, 1, 2, 3)?.text).toEqual({
      id: 'Sumber dana: tambah 1, dari 1 ke 2 (skor 2 → 3)',
      en: 'Funding sources: add 1, from 1 to 2 (score 2 → 3)',
    });
    expect(describeScoreChange(noUnit, null, 1, 3)?.text.en).toBe(
      'Funding sources: no data yet; reach ≥ 2 (score 1 → 3)',
    );
  });
  it('flags from a score with no band: says no data yet rather than a band label', () => {
    // Pokja basis 1 but from score 0, which has no band.
    expect(describeScoreChange(def('pokja'), 1, 0, 2)?.text.en).toBe(
      "Pokja (working group): from no data yet to 'Pokja formed, no members recorded and not trained' (score 0 → 2)",
    );
  });
});
