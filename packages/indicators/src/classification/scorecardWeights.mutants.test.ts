import { describe, expect, it } from 'vitest';
import { checkScorecardWeights, DEFAULT_SCORECARD_WEIGHTS } from './scorecardWeights.js';

function pillars(p: Record<string, unknown>): unknown {
  return { ...DEFAULT_SCORECARD_WEIGHTS, pillars: p };
}

describe('checkScorecardWeights', () => {
  it('names a missing weight as required, not as a non-number', () => {
    const issues = checkScorecardWeights(pillars({ policy: 0.5, intervention: 0.5 }));
    expect(issues.map((i) => i.message.en)).toEqual(['pillars.community: weight is required']);
  });

  it('rejects a weight given as a string', () => {
    const issues = checkScorecardWeights(pillars({ policy: '0.5', intervention: 0.5, community: 0 }));
    expect(issues.map((i) => i.message.en)).toEqual(['pillars.policy: must be a number']);
  });

  it('rejects a non-finite number weight', () => {
    const issues = checkScorecardWeights(pillars({ policy: Number.NaN, intervention: 0.5, community: 0.5 }));
    expect(issues.map((i) => i.message.en)).toEqual(['pillars.policy: must be a number']);
    const inf = checkScorecardWeights(
      pillars({ policy: Number.POSITIVE_INFINITY, intervention: 0, community: 0 }),
    );
    expect(inf.map((i) => i.path)).toEqual(['pillars.policy']);
  });

  it('accepts whole-number weights summing to exactly 1 (1 + 0 + 0)', () => {
    expect(checkScorecardWeights(pillars({ policy: 1, intervention: 0, community: 0 }))).toEqual([]);
  });

  it('reports a whole-number sum above 1 without throwing', () => {
    // 10 + 0 + 0 = 10: the decimal sum has exponent 0, mantissa 10 ≠ 1.
    const issues = checkScorecardWeights(pillars({ policy: 10, intervention: 0, community: 0 }));
    expect(issues.map((i) => i.message.en)).toEqual(['pillars: the weights sum to 10, not 1']);
  });

  it('names an unknown top-level key and still checks the rest', () => {
    const issues = checkScorecardWeights({ ...DEFAULT_SCORECARD_WEIGHTS, extra: 1 });
    expect(issues).toEqual([
      { path: 'extra', message: { id: 'extra: tidak dikenal', en: 'extra: unknown' } },
    ]);
  });

  it('accepts exactly the keys pillars and components', () => {
    expect(
      checkScorecardWeights({
        components: DEFAULT_SCORECARD_WEIGHTS.components,
        pillars: DEFAULT_SCORECARD_WEIGHTS.pillars,
      }),
    ).toEqual([]);
  });
});
