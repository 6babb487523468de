import { type Dataset, emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile, proposal } from '../__fixtures__/records.js';
import { evaluationScorecard, type KampungScorecard } from './evaluationScorecard.js';
import { DEFAULT_SCORECARD_WEIGHTS } from './scorecardWeights.js';

function only(r: ReturnType<typeof evaluationScorecard>, id = 'k1'): KampungScorecard {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  const k = r.kampung.find((x) => x.kampungId === id);
  if (k === undefined) throw new Error(id);
  return k;
}

function component(k: KampungScorecard, id: string) {
  const c = k.pillars.flatMap((p) => p.components).find((x) => x.id === id);
  if (c === undefined) throw new Error(id);
  return c;
}

/** k1 (designated 2016-11-10) with a population of 200 PUS and the given monthly reports. */
function withReports(...periods: string[]): Dataset {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'));
  ds.population.push(population({ pus: 200 }, '2016-01'));
  for (const p of periods) ds.monthly.push(monthly({ users: { injectable: 70 } }, p));
  return ds;
}

describe('evaluationScorecard: designation baseline month', () => {
  it('takes a report in the designation month itself', () => {
    const k = only(
      evaluationScorecard(withReports('2016-11', '2020-12'), '2020-12', { baseline: 'designation' }),
    );
    expect(k.baselinePeriod).toBe('2016-11');
  });

  it('ignores reports before designation, in the scorecard month and after it', () => {
    const ds = withReports('2016-10', '2020-12', '2021-01');
    expect(only(evaluationScorecard(ds, '2020-12', { baseline: 'designation' })).baselinePeriod).toBeNull();
  });

  it('takes the earliest month, whatever the order of the reports', () => {
    const ds = withReports('2019-05', '2017-03', '2018-01', '2020-12');
    expect(only(evaluationScorecard(ds, '2020-12', { baseline: 'designation' })).baselinePeriod).toBe(
      '2017-03',
    );
  });
});

describe('evaluationScorecard: change components', () => {
  it('has no change score when the baseline month exists but the current month has no report', () => {
    // A report a year earlier (2019-12) but none in 2020-12: the current CPR is null.
    const k = only(evaluationScorecard(withReports('2019-12'), '2020-12'));
    expect(k.baselinePeriod).toBe('2019-12');
    expect([component(k, 'cprChange').score, component(k, 'cprChange').raw]).toEqual([null, null]);
    expect(k.pillars[2]?.score).toBeNull();
  });

  it('signs a rise with +, a fall with − only and no change without a sign', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.population.push(population({ pus: 200 }, '2016-01'));
    // CPR 70/200 = 35 → 76/200 = 38 (+3 pp); MKJP share 0 → 0 (0 pp); unmet need 20/200 = 10 → 14/200 = 7 (−3 pp).
    ds.monthly.push(
      monthly({ users: { injectable: 70 }, nonUsers: { iat: 20 } }, '2019-12'),
      monthly({ users: { injectable: 76 }, nonUsers: { iat: 14 } }, '2020-12'),
    );
    const k = only(evaluationScorecard(ds, '2020-12'));
    expect(component(k, 'cprChange').explanation.en).toBe('35 → 38 (+3 pp vs 2019-12) → 80');
    expect(component(k, 'mkjpChange').explanation.en).toBe('0 → 0 (0 pp vs 2019-12) → 50');
    // Lower is better: −3 pp → 50 + 30 = 80.
    expect(component(k, 'unmetNeedChange').explanation.en).toBe('10 → 7 (-3 pp vs 2019-12) → 80');
  });
});

describe('evaluationScorecard: policy components', () => {
  it('scores the Pokja decree only when the Pokja exists and has one', () => {
    for (const [pokja, score] of [
      [{ exists: false, decree: true, members: 0, trained: false }, 0],
      [{ exists: true, decree: false, members: 5, trained: false }, 0],
      [{ exists: true, decree: true, members: 5, trained: false }, 100],
    ] as const) {
      const ds = emptyDataset();
      ds.kampung.push(kampung('k1'));
      ds.profiles.push(profile({ pokja }));
      expect(component(only(evaluationScorecard(ds, '2020-12')), 'pokjaDecree').score).toBe(score);
    }
  });
});

describe('evaluationScorecard: intervention window', () => {
  it('counts agencies from the first day eleven months back to the last day of the month', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.interventions.push(
      intervention('2019-12-31', ['dinas_esdm']),
      intervention('2020-01-01', ['dinas_perhubungan']),
      intervention('2020-12-31', ['dinas_kelautan']),
      intervention('2021-01-01', ['dinas_pariwisata']),
    );
    // 2020-01-01 … 2020-12-31: dinas_perhubungan and dinas_kelautan.
    expect(component(only(evaluationScorecard(ds, '2020-12')), 'agencies').raw).toBe(2);
  });

  it('does not count the section other', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.interventions.push(intervention('2020-05-01', []), {
      ...intervention('2020-06-01', []),
      section: 'other',
    });
    // Only protection: 1 of 8 sections.
    const c = component(only(evaluationScorecard(ds, '2020-12')), 'sectionCoverage');
    expect([c.raw, c.score]).toEqual([1, 12.5]);
  });

  it('counts proposals raised within the window and addressed by its end', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.proposals.push(
      proposal('p1', '2019-12-31', 'addressed', '2020-01-05'), // raised before the window
      proposal('p2', '2020-01-01', 'addressed', '2020-12-31'), // addressed on the last day
      proposal('p3', '2020-12-31', 'raised'), // not addressed
      proposal('p4', '2020-06-01', 'addressed'), // addressed, no date
      proposal('p5', '2021-01-01', 'addressed', '2021-01-02'), // raised after the window
    );
    // Raised p2, p3, p4; addressed p2, p4 → 2/3 = 66.67.
    const c = component(only(evaluationScorecard(ds, '2020-12')), 'proposalsAddressed');
    expect([c.score, c.explanation.en]).toEqual([66.67, '2 of 3 proposals addressed → 66.67']);
  });
});

describe('evaluationScorecard: weighted means', () => {
  it('gives a pillar and the overall score null when only zero-weight components have data', () => {
    const weights = {
      ...DEFAULT_SCORECARD_WEIGHTS,
      components: {
        ...DEFAULT_SCORECARD_WEIGHTS.components,
        intervention: { agencies: 0, sectionCoverage: 0, proposalsAddressed: 1 },
      },
    };
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    // No profile, no reports, no proposals: only agencies and sections (weight 0) have a score.
    const k = only(evaluationScorecard(ds, '2020-12', { weights }));
    expect(k.pillars.map((p) => p.score)).toEqual([null, null, null]);
    expect(k.overall).toBeNull();
  });

  it('leaves pillars without a score out of the overall score', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.interventions.push(intervention('2020-05-01', ['dinas_perhubungan']));
    // Only the intervention pillar: 0.4·14.29 + 0.3·12.5 = 5.716 + 3.75 = 9.466 / 0.7 = 13.5228… → 13.52.
    const k = only(evaluationScorecard(ds, '2020-12'));
    expect(k.pillars.map((p) => p.score)).toEqual([null, 13.52, null]);
    expect(k.overall).toBe(13.52);
  });
});

describe('evaluationScorecard: result', () => {
  it('returns issues for bad weights with a valid period', () => {
    const r = evaluationScorecard(withReports('2020-12'), '2020-12', {
      weights: { ...DEFAULT_SCORECARD_WEIGHTS, pillars: { policy: 0.5, intervention: 0.5, community: 0.5 } },
    });
    expect(r.ok).toBe(false);
  });

  it('sorts the kampung by id whatever their order in the data set', () => {
    for (const order of [
      ['k3', 'k1', 'k2'],
      ['k2', 'k3', 'k1'],
      ['k1', 'k3', 'k2'],
      ['k3', 'k2', 'k1'],
    ]) {
      const ds = emptyDataset();
      ds.kampung.push(...order.map((id) => kampung(id)));
      const r = evaluationScorecard(ds, '2020-12');
      expect(r.ok && r.kampung.map((k) => k.kampungId)).toEqual(['k1', 'k2', 'k3']);
    }
  });
});
