import { describe, expect, it } from 'vitest';
import { checkScorecardWeights, DEFAULT_SCORECARD_WEIGHTS } from './scorecardWeights.js';

describe('checkScorecardWeights', () => {
  it('accepts the defaults and sums exact on decimals (0.1 + 0.2 + 0.7 = 1)', () => {
    expect(checkScorecardWeights(DEFAULT_SCORECARD_WEIGHTS)).toEqual([]);
    expect(
      checkScorecardWeights({
        ...DEFAULT_SCORECARD_WEIGHTS,
        pillars: { policy: 0.1, intervention: 0.2, community: 0.7 },
      }),
    ).toEqual([]);
  });
  it('names negative, missing, unknown and non-numeric weights by path, in both languages', () => {
    const issues = checkScorecardWeights({
      pillars: { policy: 0.3, intervention: 0.3, community: 0.4 },
      components: {
        policy: { regulation: 0.6, pokjaDecree: -0.1, mentor: 0.2, fundingSources: 0.3 },
        intervention: { agencies: 0.4, sectionCoverage: 0.6 },
        community: { cprChange: '0.5', mkjpChange: 0.5, unmetNeedChange: 0, poktanParticipation: 0, tfr: 0 },
        extra: {},
      },
    });
    expect(issues.map((i) => i.path)).toEqual([
      'components.extra',
      'components.policy.pokjaDecree',
      'components.intervention.proposalsAddressed',
      'components.community.tfr',
      'components.community.cprChange',
    ]);
    expect(issues[1]?.message).toEqual({
      id: 'components.policy.pokjaDecree: bobot -0.1 negatif',
      en: 'components.policy.pokjaDecree: weight -0.1 is negative',
    });
  });
  it('reports a set that does not sum to 1', () => {
    const issues = checkScorecardWeights({
      ...DEFAULT_SCORECARD_WEIGHTS,
      components: {
        ...DEFAULT_SCORECARD_WEIGHTS.components,
        intervention: { agencies: 0.4, sectionCoverage: 0.3, proposalsAddressed: 0.2 },
      },
    });
    expect(issues).toEqual([
      {
        path: 'components.intervention',
        message: {
          id: 'components.intervention: jumlah bobot 0,9, harus 1',
          en: 'components.intervention: the weights sum to 0.9, not 1',
        },
      },
    ]);
  });
  it('rejects what is not an object', () => {
    expect(checkScorecardWeights(null)[0]?.path).toBe('');
    expect(checkScorecardWeights({ pillars: [] }).map((i) => i.path)).toEqual(['pillars', 'components']);
  });
});
