import { type Dataset, emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile, proposal } from '../__fixtures__/records.js';
import { evaluationScorecard, type KampungScorecard } from './evaluationScorecard.js';
import { DEFAULT_SCORECARD_WEIGHTS } from './scorecardWeights.js';

function dataset(): Dataset {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'), kampung('k2'));
  ds.profiles.push(
    profile({
      pokja: { exists: true, decree: true, members: 10, trained: false },
      fundingSources: ['apbd', 'selfFunded'],
      regulation: { exists: true, kinds: ['regentMayor'] },
    }),
  );
  ds.population.push(population({ pus: 200 }, '2018-01'));
  ds.monthly.push(
    monthly({ users: { injectable: 70 } }, '2018-06'),
    monthly({ users: { iud: 20, injectable: 60 }, nonUsers: { iat: 20, tial: 6 } }, '2019-12'),
    monthly(
      {
        users: { iud: 20, injectable: 66 },
        nonUsers: { iat: 14, tial: 6 },
        poktan: { bkb: 15, bkr: 15, bkl: 15, uppka: 60, pikr: 15 },
      },
      '2020-12',
    ),
  );
  ds.interventions.push(
    intervention('2020-02-01', ['dinas_perhubungan', 'dinas_kelautan']),
    { ...intervention('2020-06-01', ['dinas_pariwisata', 'odp_ppkb']), section: 'education' },
    intervention('2019-06-01', ['dinas_esdm']),
  );
  ds.proposals.push(
    proposal('p1', '2020-02-10', 'addressed', '2020-05-01'),
    proposal('p2', '2020-03-10', 'addressed', '2020-11-01'),
    proposal('p3', '2020-04-10', 'addressed', '2021-01-15'),
    proposal('p4', '2019-12-10', 'addressed', '2020-01-20'),
  );
  return ds;
}

function only(r: ReturnType<typeof evaluationScorecard>, id: string): KampungScorecard {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  const k = r.kampung.find((x) => x.kampungId === id);
  if (k === undefined) throw new Error(id);
  return k;
}

function scores(k: KampungScorecard): Record<string, number | null> {
  return Object.fromEntries(k.pillars.flatMap((p) => p.components.map((c) => [c.id, c.score])));
}

describe('evaluationScorecard: hand-worked kampung', () => {
  it('scores the three pillars against the previous year', () => {
    const k1 = only(evaluationScorecard(dataset(), '2020-12'), 'k1');
    expect(k1.baselinePeriod).toBe('2019-12');
    expect(scores(k1)).toEqual({
      // Regulation and Pokja SK 100, no mentor 0, 2 of 6 funding sources 33.33.
      regulation: 100,
      pokjaDecree: 100,
      mentor: 0,
      fundingSources: 33.33,
      // 2020: dinas_perhubungan, dinas_kelautan, dinas_pariwisata (odp_ppkb excluded; 2019 out of window) = 3/7.
      agencies: 42.86,
      // protection, education: 2 of 8 sections.
      sectionCoverage: 25,
      // Raised in 2020: p1, p2, p3; addressed by 2020-12-31: p1, p2 → 2/3.
      proposalsAddressed: 66.67,
      // CPR 80/200 = 40 → 86/200 = 43: +3 pp → 50 + 30 = 80.
      cprChange: 80,
      // MKJP 20/80 = 25 → 20/86 = 23.26: −1.74 pp → 50 − 17.4 = 32.6.
      mkjpChange: 32.6,
      // Unmet 26/200 = 13 → 20/200 = 10: −3 pp, lower is better → 80.
      unmetNeedChange: 80,
      // Poktan 15 % of every target → 15 / 30 → 50.
      poktanParticipation: 50,
    });
    // Policy: 0.35·100 + 0.15·100 + 0.2·0 + 0.3·33.33 = 59.999 → 60.
    // Intervention: 0.4·42.86 + 0.3·25 + 0.3·66.67 = 17.144 + 7.5 + 20.001 = 44.645 → 44.65 (half away from zero).
    // Community: 0.35·80 + 0.2·32.6 + 0.25·80 + 0.2·50 = 28 + 6.52 + 20 + 10 = 64.52.
    expect(k1.pillars.map((p) => [p.id, p.score, p.coverage])).toEqual([
      ['policy', 60, 1],
      ['intervention', 44.65, 1],
      ['community', 64.52, 1],
    ]);
    // Overall: 0.3·60 + 0.3·44.65 + 0.4·64.52 = 18 + 13.395 + 25.808 = 57.203 → 57.2.
    expect(k1.overall).toBe(57.2);
    expect(k1.pillars[0]?.components[3]?.explanation).toEqual({
      id: '2 dari 6 sumber dana → 33,33',
      en: '2 of 6 funding sources → 33.33',
    });
  });

  it('measures change since designation: the first report from the designation month', () => {
    const k1 = only(evaluationScorecard(dataset(), '2020Q4', { baseline: 'designation' }), 'k1');
    // Designated 2016-11; first report 2018-06: CPR 70/200 = 35 → 43: +8 pp → 130, capped at 100.
    expect(k1.baselinePeriod).toBe('2018-06');
    expect(scores(k1)['cprChange']).toBe(100);
    // 2018-06 has no IUD users: MKJP 0 → 23.26: +23.26 → 100; unmet 0 → 10: +10 → 0.
    expect([scores(k1)['mkjpChange'], scores(k1)['unmetNeedChange']]).toEqual([100, 0]);
  });

  it('leaves out components without data and rescales the weights', () => {
    const k2 = only(evaluationScorecard(dataset(), '2020-12'), 'k2');
    // No profile, no reports: only agencies (0) and section coverage (0) have data.
    const [policy, intervention, community] = k2.pillars;
    expect([policy?.score, policy?.coverage]).toEqual([null, 0]);
    expect([intervention?.score, intervention?.coverage]).toEqual([0, 0.7]);
    expect(community?.score).toBeNull();
    expect(k2.overall).toBe(0);
    expect(k2.baselinePeriod).toBeNull();
  });

  it('uses a city’s weights', () => {
    const weights = {
      ...DEFAULT_SCORECARD_WEIGHTS,
      pillars: { policy: 0.1, intervention: 0.2, community: 0.7 },
    };
    const k1 = only(evaluationScorecard(dataset(), '2020-12', { weights }), 'k1');
    // 0.1·60 + 0.2·44.65 + 0.7·64.52 = 6 + 8.93 + 45.164 = 60.094 → 60.09.
    expect(k1.overall).toBe(60.09);
  });

  it('returns issues for bad weights or period, never throws', () => {
    const r = evaluationScorecard(dataset(), '2020Q5', {
      weights: { ...DEFAULT_SCORECARD_WEIGHTS, pillars: { policy: 0.5, intervention: 0.5, community: 0.5 } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['pillars', 'period']);
    expect(r.issues[0]?.message).toEqual({
      id: 'pillars: jumlah bobot 1,5, harus 1',
      en: 'pillars: the weights sum to 1.5, not 1',
    });
  });
});
