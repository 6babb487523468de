import {
  defaultIndicatorCatalogue,
  type EvaluationScorecardOptions,
  evaluationScorecard,
  type KampungScorecard,
  roundDecimal,
  roundRatio,
  type ScorecardComponentId,
  type ScorecardPillarId,
  TargetLookup,
} from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { readinessSection } from '../internal/readinessSection.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type { ReportBlock, ReportCell, ReportChart, ReportDocument, ReportTable } from '../reportDocument.js';
import { hiddenBehaviour, resultsByMonth } from './internal/evaluationDisclosure.js';
import { et } from './internal/evaluationTexts.js';
import { orderedKampung } from './internal/matrixKampungOrder.js';

/**
 * What the evaluation report is built from.
 *
 * @example
 * ```ts
 * const input: EvaluationReportInput = { dataset, period: '2020-12', scorecard: { baseline: 'designation' } };
 * ```
 */
export interface EvaluationReportInput {
  /** The data set: kampung, profiles, monthly reports, interventions, proposals. */
  readonly dataset: Dataset;
  /** The report's month `YYYY-MM` (any period id `evaluationScorecard` reads: the scorecard is as of its last month). */
  readonly period: string;
  /** Weights and baseline of {@link evaluationScorecard} (defaults: the SDK's weights, previous year). */
  readonly scorecard?: EvaluationScorecardOptions;
}

const HIDDEN: ReportCell = { kind: 'hidden' };
const PILLARS: readonly ScorecardPillarId[] = ['policy', 'intervention', 'community'];
/** The behaviour-change indicators: the kampung result's field, the scorecard component, the catalogue id. */
const BEHAVIOUR = [
  { field: 'cpr', component: 'cprChange', indicator: 'cpr-portal' },
  { field: 'mkjpShare', component: 'mkjpChange', indicator: 'mkjp-share' },
  { field: 'unmetNeed', component: 'unmetNeedChange', indicator: 'unmet-need' },
] as const;
const decimalsOf = (id: string) => defaultIndicatorCatalogue.find((d) => d.id === id)?.decimals ?? 1;

/** The mean of scores with 2 decimals, rounded once to 2 decimals; `null` without any. */
function meanScore(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundRatio(
    roundDecimal(
      values.reduce((a, b) => a + b, 0),
      2,
    ),
    values.length,
    2,
  );
}

/**
 * The seed programme's evaluation on its three axes, from `evaluationScorecard` of @kampung-kb/indicators
 * (its scores are shown, never recomputed):
 *
 * - **City summary**: per axis (policy, interventions, behaviour change) and overall, the weight, the mean
 *   score of the kampung that have one, how many have one and the mean weight coverage; then each
 *   component's mean (Pokja decrees, regulation, mentor, funding sources; agencies, section coverage,
 *   proposals addressed; CPR, MKJP, unmet need and poktan).
 * - **Scores by kampung** (by kecamatan, then name: the same order whether public or not, so a rank never
 *   hints at a hidden score): the three axis scores and the overall score, and a `bar` chart of them.
 * - **Policy**: the city's readiness checklist (`assessReadiness` on `ctx.programme.readiness`) when
 *   present.
 * - **Behaviour change against targets**: per indicator (CPR, MKJP share, unmet need) each kampung's
 *   baseline and current value (catalogue decimals), the scorecard's change, and the city's target for the
 *   year (`ctx.targets`, found by `TargetLookup`: the kampung's own, else its region's) with the achievement
 *   and whether it is on track.
 * - **Component explanations**: the scorecard's bilingual explanation of every component.
 *
 * In a public report a kampung's behaviour-change values, changes, component scores and explanations are
 * hidden when its public monthly report of that month or of the baseline month hides the figures they come
 * from (the monthly report's own disclosure pattern), and so are its behaviour-change axis score, its
 * overall score and the city means that include them.
 *
 * @example
 * ```ts
 * const doc = evaluationReport({ dataset, period: '2020-12' }, { lang: 'id', programme, targets });
 * writeFileSync('evaluation-2020-12.html', renderHtml(doc));
 * ```
 */
export function evaluationReport(input: EvaluationReportInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { dataset, period } = input;
  const threshold = smallCellThreshold(ctx);
  const regions = ctx.regions ?? dataset.regions;
  const n = (x: number) => formatNumber(x, lang);
  const sc = evaluationScorecard(dataset, period, input.scorecard ?? {});
  const footnotes = [et('scoreNote', lang)];
  if (threshold !== undefined) footnotes.push(et('publicNote', lang));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  const head = {
    lang,
    title: `${et('title', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(
      ctx,
      lang,
      sc.ok ? et('asOf', lang, { month: monthLabel(sc.asOf, lang) }) : period,
    ),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
  };
  if (!sc.ok || sc.kampung.length === 0) {
    const items = sc.ok ? [et('noKampung', lang)] : sc.issues.map((i) => i.message[lang]);
    return {
      ...head,
      sections: [
        {
          title: et('citySection', lang),
          blocks: [
            { kind: 'notice', tone: 'warning', text: et('invalid', lang) },
            { kind: 'list', items },
          ],
        },
      ],
      footnotes,
    };
  }
  const asOf = sc.asOf;
  const results = resultsByMonth(dataset, asOf, sc.kampung);
  const hidden = hiddenBehaviour(dataset, asOf, sc.kampung, results, threshold);
  const order = orderedKampung(dataset.kampung, regions);
  const rank = new Map(order.map((k, i) => [k.id, i]));
  const district = new Map(order.map((k) => [k.id, k.district]));
  const cards = [...sc.kampung].sort((a, b) => (rank.get(a.kampungId) ?? 0) - (rank.get(b.kampungId) ?? 0));
  const pillarOf = (k: KampungScorecard, pid: ScorecardPillarId) => k.pillars.find((p) => p.id === pid);
  const componentOf = (k: KampungScorecard, cid: ScorecardComponentId) =>
    k.pillars.flatMap((p) => p.components).find((c) => c.id === cid);
  const hides = (k: KampungScorecard, cid: ScorecardComponentId) =>
    hidden.get(k.kampungId)?.has(cid) === true;
  /** The community axis (and so the overall score) hides when a hidden component has a score. */
  const communityHidden = (k: KampungScorecard) =>
    (pillarOf(k, 'community')?.components ?? []).some((c) => c.score !== null && hides(k, c.id));
  const pillarScore = (
    k: KampungScorecard,
    pid: ScorecardPillarId,
  ): { value: number | null; hidden: boolean } => ({
    value: pillarOf(k, pid)?.score ?? null,
    hidden: pid === 'community' && communityHidden(k),
  });
  const overallScore = (k: KampungScorecard) => ({ value: k.overall, hidden: communityHidden(k) });
  const cell = (s: { value: number | null; hidden: boolean }): ReportCell =>
    s.value !== null && s.hidden ? HIDDEN : s.value;
  /** A city mean: hidden when any kampung's score behind it is. */
  const cityMean = (scores: readonly { value: number | null; hidden: boolean }[]): ReportCell => {
    const withValue = scores.filter((s) => s.value !== null);
    if (withValue.some((s) => s.hidden)) return HIDDEN;
    return meanScore(withValue.map((s) => s.value as number));
  };
  const count = (scores: readonly { value: number | null }[]) =>
    scores.filter((s) => s.value !== null).length;

  // — city summary —
  const pillarRows: ReportCell[][] = PILLARS.map((pid) => {
    const scores = cards.map((k) => pillarScore(k, pid));
    const coverage = roundRatio(
      roundDecimal(cards.reduce((s, k) => s + (pillarOf(k, pid)?.coverage ?? 0), 0) * 100, 4),
      cards.length,
      1,
    );
    return [
      pillarOf(cards[0] as KampungScorecard, pid)?.label[lang] ?? pid,
      sc.weights.pillars[pid],
      cityMean(scores),
      count(scores),
      { kind: 'percent', value: coverage, decimals: 1 },
    ];
  });
  const overalls = cards.map(overallScore);
  const cityTable: ReportTable = {
    kind: 'table',
    id: 'evaluation-city',
    columns: [
      { title: et('pillar', lang), align: 'left' },
      { title: et('weight', lang), align: 'right' },
      { title: et('meanScore', lang), align: 'right' },
      { title: et('scored', lang), align: 'right' },
      { title: et('coverage', lang), align: 'right' },
    ],
    rows: pillarRows,
    footer: [[et('overall', lang), 1, cityMean(overalls), count(overalls), null]],
  };
  const componentRows: ReportCell[][] = PILLARS.flatMap((pid) =>
    (pillarOf(cards[0] as KampungScorecard, pid)?.components ?? []).map((c0) => {
      const scores = cards.map((k) => ({
        value: componentOf(k, c0.id)?.score ?? null,
        hidden: hides(k, c0.id),
      }));
      return [
        pillarOf(cards[0] as KampungScorecard, pid)?.label[lang] ?? pid,
        c0.label[lang],
        c0.weight,
        cityMean(scores),
        count(scores),
      ];
    }),
  );
  const componentTable: ReportTable = {
    kind: 'table',
    id: 'evaluation-components',
    caption: et('componentsTable', lang),
    columns: [
      { title: et('pillar', lang), align: 'left' },
      { title: et('component', lang), align: 'left' },
      { title: et('weight', lang), align: 'right' },
      { title: et('meanScore', lang), align: 'right' },
      { title: et('scored', lang), align: 'right' },
    ],
    rows: componentRows,
  };

  // — scores by kampung —
  const pillarTitles = PILLARS.map((pid) => ({
    title: pillarOf(cards[0] as KampungScorecard, pid)?.label[lang] ?? pid,
    align: 'right' as const,
  }));
  const kampungTable: ReportTable = {
    kind: 'table',
    id: 'evaluation-kampung',
    columns: [
      { title: et('kampung', lang), align: 'left' },
      { title: et('kecamatan', lang), align: 'left' },
      { title: et('baselineMonth', lang), align: 'left' },
      ...pillarTitles,
      { title: et('overall', lang), align: 'right' },
    ],
    rows: cards.map((k) => [
      k.name,
      district.get(k.kampungId) ?? '—',
      k.baselinePeriod === null ? null : monthLabel(k.baselinePeriod, lang),
      ...PILLARS.map((pid) => cell(pillarScore(k, pid))),
      cell(overallScore(k)),
    ]),
  };
  const meanText = (c: ReportCell) => (typeof c === 'number' ? n(c) : c === null ? '—' : '×');
  const chart: ReportChart = {
    kind: 'chart',
    id: 'chart-evaluation-pillars',
    mark: 'bar',
    title: et('chart', lang),
    description: et('chartDesc', lang, {
      policy: meanText(pillarRows[0]?.[2] ?? null),
      intervention: meanText(pillarRows[1]?.[2] ?? null),
      community: meanText(pillarRows[2]?.[2] ?? null),
    }),
    xTitle: et('kampung', lang),
    yTitle: et('score', lang),
    unit: 'count',
    table: {
      kind: 'table',
      id: 'chart-evaluation-pillars-data',
      columns: [{ title: et('kampung', lang), align: 'left' }, ...pillarTitles],
      rows: cards.map((k) => [k.name, ...PILLARS.map((pid) => cell(pillarScore(k, pid)))]),
    },
  };

  // — policy: readiness —
  const readiness = ctx.programme?.readiness;
  const policyBlocks: ReportBlock[] =
    readiness === undefined
      ? [{ kind: 'notice', tone: 'info', text: et('noReadiness', lang) }]
      : readinessSection(readiness, lang).blocks.map((b) =>
          b.kind === 'table' ? { ...b, id: 'evaluation-readiness' } : b,
        );

  // — behaviour change against targets —
  const lookup = new TargetLookup(ctx.targets ?? []);
  for (const k of dataset.kampung) lookup.setKampungRegion(k.id, k.regionCode);
  const periodId = asOf.replace('-', '');
  const now = results.get(asOf);
  const behaviourTables: ReportTable[] = BEHAVIOUR.map((b) => {
    const decimals = decimalsOf(b.indicator);
    const pct = (value: number | null): ReportCell => ({ kind: 'percent', value, decimals });
    return {
      kind: 'table',
      id: `evaluation-${b.indicator}`,
      caption: componentOf(cards[0] as KampungScorecard, b.component)?.label[lang] ?? b.component,
      columns: [
        { title: et('kampung', lang), align: 'left' },
        { title: et('baselineMonth', lang), align: 'left' },
        { title: et('baseline', lang), align: 'right' },
        { title: et('now', lang), align: 'right' },
        { title: et('change', lang), align: 'right' },
        { title: et('target', lang), align: 'right' },
        { title: et('achievement', lang), align: 'right' },
        { title: et('onTrack', lang), align: 'left' },
      ],
      rows: cards.map((k) => {
        const current = now?.get(k.kampungId)?.indicators[b.field].value ?? null;
        const before =
          k.baselinePeriod === null
            ? null
            : (results.get(k.baselinePeriod)?.get(k.kampungId)?.indicators[b.field].value ?? null);
        const target = lookup.result(b.indicator, 'kampung', k.kampungId, periodId, current);
        const h = hides(k, b.component);
        const guard = (c: ReportCell): ReportCell =>
          h && c !== null && !(typeof c === 'object' && c.kind === 'percent' && c.value === null)
            ? HIDDEN
            : c;
        return [
          k.name,
          k.baselinePeriod === null ? null : monthLabel(k.baselinePeriod, lang),
          guard(pct(before)),
          guard(pct(current)),
          guard(componentOf(k, b.component)?.raw ?? null),
          target === undefined ? null : pct(target.value),
          target === undefined ? null : guard({ kind: 'percent', value: target.achievement, decimals: 2 }),
          target === undefined || target.onTrack === null
            ? null
            : guard(target.onTrack ? et('yes', lang) : et('no', lang)),
        ];
      }),
    };
  });

  // — component explanations —
  const explanations: ReportTable = {
    kind: 'table',
    id: 'evaluation-explanations',
    columns: [
      { title: et('kampung', lang), align: 'left' },
      { title: et('pillar', lang), align: 'left' },
      { title: et('component', lang), align: 'left' },
      { title: et('score', lang), align: 'right' },
      { title: et('explanation', lang), align: 'left' },
    ],
    rows: cards.flatMap((k) =>
      k.pillars.flatMap((p) =>
        p.components.map((c) => {
          const h = hides(k, c.id) && c.score !== null;
          return [
            k.name,
            p.label[lang],
            c.label[lang],
            h ? HIDDEN : c.score,
            h ? et('hidden', lang) : c.explanation[lang],
          ];
        }),
      ),
    ),
  };

  return {
    ...head,
    sections: [
      {
        title: et('citySection', lang),
        blocks: [
          {
            kind: 'paragraph',
            text: et('intro', lang, {
              baseline: et(sc.baseline === 'designation' ? 'designation' : 'previousYear', lang),
            }),
          },
          cityTable,
          componentTable,
        ],
      },
      { title: et('kampungSection', lang), blocks: [kampungTable, chart] },
      { title: et('policySection', lang), blocks: policyBlocks },
      {
        title: et('behaviourSection', lang),
        blocks: [{ kind: 'paragraph', text: et('behaviourIntro', lang) }, ...behaviourTables],
      },
      { title: et('explanationSection', lang), blocks: [explanations] },
    ],
    footnotes,
  };
}
