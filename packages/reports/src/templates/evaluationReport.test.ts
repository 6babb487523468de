import { assessReadiness, evaluationScorecard, type Target } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { programmeDataset } from '../__fixtures__/programmeDataset.js';
import { chartById, shape, tableById } from '../__fixtures__/programmeHelpers.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportProgramme } from '../reportContext.js';
import type { ReportCell } from '../reportDocument.js';
import { evaluationReport } from './evaluationReport.js';

const dataset = programmeDataset();
const targets: Target[] = [
  {
    indicatorId: 'cpr-portal',
    regionCode: '63.71',
    year: 2020,
    value: 50,
    direction: 'higherIsBetter',
    source: 'RPJMD',
  },
];
const en = evaluationReport({ dataset, period: '2020-12' }, { lang: 'en', targets });
const id = evaluationReport({ dataset, period: '2020-12' }, { lang: 'id', targets });
const pub = evaluationReport({ dataset, period: '2020-12' }, { lang: 'en', targets, public: true });
const pubId = evaluationReport({ dataset, period: '2020-12' }, { lang: 'id', targets, public: true });
const sc = evaluationScorecard(dataset, '2020-12');
if (!sc.ok) throw new Error('scorecard');
const card = (k: string) => sc.kampung.find((x) => x.kampungId === k);
const pillar = (k: string, p: string) => card(k)?.pillars.find((x) => x.id === p)?.score ?? null;
const H: ReportCell = { kind: 'hidden' };
const pct = (value: number | null, decimals = 2) => ({ kind: 'percent', value, decimals });

describe('evaluationReport', () => {
  it('shows the scorecard’s own scores per kampung (report order: kecamatan, then name)', () => {
    const t = tableById(en, 'evaluation-kampung');
    expect(t.rows.map((r) => r[0])).toEqual([
      'Kampung KB Melayu',
      'Kampung KB Alalak',
      'Kampung KB Sungai Andai',
    ]);
    expect(t.rows.map((r) => r.slice(3))).toEqual(
      ['k3', 'k2', 'k1'].map((k) => [
        pillar(k, 'policy'),
        pillar(k, 'intervention'),
        pillar(k, 'community'),
        card(k)?.overall,
      ]),
    );
    // k3 has no profile: no policy score.
    expect(t.rows[0]?.[3]).toBeNull();
    expect(t.rows[0]?.[2]).toBe('December 2019');
    const chart = chartById(en, 'chart-evaluation-pillars');
    expect(chart.mark).toBe('bar');
    expect(chart.table.rows).toEqual(t.rows.map((r) => [r[0], r[3], r[4], r[5]]));
  });

  it('gives city means of the kampung scores with coverage (worked by hand)', () => {
    const t = tableById(en, 'evaluation-city');
    expect(t.rows).toEqual([
      // (40 + 85) / 2; k3 has no profile: weight coverage (0 + 1 + 1) / 3.
      ['Policy and regulation support', 0.3, 62.5, 2, pct(66.7, 1)],
      // (15.18 + 18.93 + 35.18) / 3 = 23.0966…
      ['Agency and partner intervention', 0.3, 23.1, 3, pct(100, 1)],
      // (28.97 + 46.69 + 88.41) / 3 = 54.69
      ['Community behaviour change', 0.4, 54.69, 3, pct(100, 1)],
    ]);
    expect([
      pillar('k3', 'intervention'),
      pillar('k2', 'intervention'),
      pillar('k1', 'intervention'),
    ]).toEqual([15.18, 18.93, 35.18]);
    expect([pillar('k3', 'community'), pillar('k2', 'community'), pillar('k1', 'community')]).toEqual([
      28.97, 46.69, 88.41,
    ]);
    // (23.06 + 36.36 + 71.42) / 3 = 43.6133…
    expect(t.footer).toEqual([['Overall score', 1, 43.61, 3, null]]);
    const c = tableById(en, 'evaluation-components');
    expect(c.rows.find((r) => r[1] === 'Proposals addressed')).toEqual([
      'Agency and partner intervention',
      'Proposals addressed',
      0.3,
      22.22, // (0 + 0 + 66.67) / 3
      3,
    ]);
  });

  it('compares CPR, MKJP share and unmet need with the baseline and the target (worked by hand)', () => {
    expect(tableById(en, 'evaluation-cpr-portal').rows).toEqual([
      // 4 / 100 against 50 / 100: −46 points; 4 / 50 = 8 % of the target.
      ['Kampung KB Melayu', 'December 2019', pct(50), pct(4), -46, pct(50), pct(8), 'no'],
      ['Kampung KB Alalak', 'December 2019', pct(50), pct(49), -1, pct(50), pct(98), 'no'],
      ['Kampung KB Sungai Andai', 'December 2019', pct(40), pct(45), 5, pct(50), pct(90), 'no'],
    ]);
    expect(tableById(en, 'evaluation-mkjp-share').rows[2]).toEqual([
      'Kampung KB Sungai Andai',
      'December 2019',
      pct(37.5),
      pct(42.22), // 38 / 90
      4.72,
      null,
      null,
      null,
    ]);
    expect(tableById(en, 'evaluation-unmet-need').rows[0]?.slice(2, 5)).toEqual([pct(20), pct(36), 16]);
  });

  it('explains every component with the scorecard’s bilingual explanation', () => {
    const t = tableById(id, 'evaluation-explanations');
    expect(t.rows).toHaveLength(3 * 11);
    const k1 = card('k1');
    const cpr = k1?.pillars.flatMap((p) => p.components).find((c) => c.id === 'cprChange');
    expect(t.rows.find((r) => r[0] === 'Kampung KB Sungai Andai' && r[2] === 'Perubahan CPR')).toEqual([
      'Kampung KB Sungai Andai',
      'Perubahan perilaku masyarakat',
      'Perubahan CPR',
      100,
      cpr?.explanation.id,
    ]);
    expect(cpr?.explanation.en).toBe('40 → 45 (+5 pp vs 2019-12) → 100');
    expect(id.title).toBe('Evaluasi program Kampung KB');
    expect(renderMarkdown(id)).toContain('62,5');
  });

  it('hides in a public report what k3’s public monthly report hides (4 users: CPR and MKJP share)', () => {
    expect(shape(pub)).toEqual(shape(en));
    expect(shape(pubId)).toEqual(shape(id));
    expect(tableById(pub, 'evaluation-cpr-portal').rows[0]).toEqual([
      'Kampung KB Melayu',
      'December 2019',
      H,
      H,
      H,
      pct(50),
      H,
      H,
    ]);
    expect(tableById(pub, 'evaluation-mkjp-share').rows[0]?.slice(2, 5)).toEqual([H, H, H]);
    // Unmet need (36 of 100) is shown by k3's monthly report, and so here.
    expect(tableById(pub, 'evaluation-unmet-need').rows[0]).toEqual(
      tableById(en, 'evaluation-unmet-need').rows[0],
    );
    expect(tableById(pub, 'evaluation-cpr-portal').rows.slice(1)).toEqual(
      tableById(en, 'evaluation-cpr-portal').rows.slice(1),
    );
    // Its behaviour axis and overall score, and the city means built on them.
    expect(tableById(pub, 'evaluation-kampung').rows[0]?.slice(3)).toEqual([null, 15.18, H, H]);
    expect(tableById(pub, 'evaluation-kampung').rows.slice(1)).toEqual(
      tableById(en, 'evaluation-kampung').rows.slice(1),
    );
    expect(tableById(pub, 'evaluation-city').rows[2]?.[2]).toEqual(H);
    expect(tableById(pub, 'evaluation-city').footer?.[0]?.[2]).toEqual(H);
    expect(tableById(pub, 'evaluation-city').rows[1]).toEqual(tableById(en, 'evaluation-city').rows[1]);
    const ex = tableById(pub, 'evaluation-explanations').rows.find(
      (r) => r[0] === 'Kampung KB Melayu' && r[2] === 'CPR change',
    );
    expect(ex?.slice(3)).toEqual([H, 'hidden (public report)']);
    expect(chartById(pub, 'chart-evaluation-pillars').table.rows[0]?.[3]).toEqual(H);
    expect(chartById(pub, 'chart-evaluation-pillars').description).toContain('×');
  });

  it('shows the city’s readiness checklist when the programme has one', () => {
    const programme: ReportProgramme = {
      name: { id: 'Kampung KB Kota X', en: 'Kampung KB of X City' },
      city: { code: '63.71', name: 'Kota X' },
      readiness: { rpjmdPriority: { status: 'done' }, apbdBudget: { status: 'inProgress' } },
    };
    const doc = evaluationReport({ dataset, period: '2020-12' }, { lang: 'en', programme });
    const t = tableById(doc, 'evaluation-readiness');
    const a = assessReadiness(programme.readiness ?? {});
    expect(t.footer).toEqual([['', '', a.maxPoints, a.points, '', '']]);
    expect(doc.title).toBe('Kampung KB programme evaluation: Kota X');
    expect(en.sections[2]?.blocks[0]).toMatchObject({ kind: 'notice' });
  });

  it('returns the scorecard’s issues for invalid weights, without throwing', () => {
    const weights = {
      pillars: { policy: 0.5, intervention: 0.5, community: 0.5 },
      components: sc.weights.components,
    };
    const doc = evaluationReport({ dataset, period: '2020-12', scorecard: { weights } }, { lang: 'en' });
    expect(doc.sections[0]?.blocks[1]).toEqual({
      kind: 'list',
      items: ['pillars: the weights sum to 1.5, not 1'],
    });
  });

  it('measures against the first report since designation when asked', () => {
    const doc = evaluationReport(
      { dataset, period: '2020-12', scorecard: { baseline: 'designation' } },
      { lang: 'en' },
    );
    const d = evaluationScorecard(dataset, '2020-12', { baseline: 'designation' });
    if (!d.ok) throw new Error('scorecard');
    expect(tableById(doc, 'evaluation-kampung').rows.map((r) => r[6])).toEqual(
      ['k3', 'k2', 'k1'].map((k) => d.kampung.find((x) => x.kampungId === k)?.overall),
    );
    expect(renderMarkdown(doc)).toContain('the first report since designation');
  });
});
