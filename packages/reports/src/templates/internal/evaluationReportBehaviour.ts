import { defaultIndicatorCatalogue, type KampungScorecard, TargetLookup } from '@kampung-kb/indicators';
import { monthLabel } from '../../monthLabel.js';
import type { ReportContext } from '../../reportContext.js';
import type { ReportCell, ReportTable } from '../../reportDocument.js';
import { componentOf, type EvaluationContext, firstCard, HIDDEN, hides } from './evaluationReportContext.js';
import { et } from './evaluationTexts.js';

/** The behaviour-change indicators: the kampung result's field, the scorecard component, the catalogue id. */
const BEHAVIOUR = [
  { field: 'cpr', component: 'cprChange', indicator: 'cpr-portal' },
  { field: 'mkjpShare', component: 'mkjpChange', indicator: 'mkjp-share' },
  { field: 'unmetNeed', component: 'unmetNeedChange', indicator: 'unmet-need' },
] as const;
type Behaviour = (typeof BEHAVIOUR)[number];

const decimalsOf = (id: string) => defaultIndicatorCatalogue.find((d) => d.id === id)?.decimals ?? 1;

/** One kampung's row: baseline month, baseline, now, change, target, achievement, on track. */
function behaviourRow(
  c: EvaluationContext,
  lookup: TargetLookup,
  b: Behaviour,
  k: KampungScorecard,
): ReportCell[] {
  const lang = c.lang;
  const decimals = decimalsOf(b.indicator);
  const pct = (value: number | null): ReportCell => ({ kind: 'percent', value, decimals });
  const current = c.results.get(c.sc.asOf)?.get(k.kampungId)?.indicators[b.field].value ?? null;
  const before =
    k.baselinePeriod === null
      ? null
      : (c.results.get(k.baselinePeriod)?.get(k.kampungId)?.indicators[b.field].value ?? null);
  const target = lookup.result(b.indicator, 'kampung', k.kampungId, c.sc.asOf.replace('-', ''), current);
  const h = hides(c, k, b.component);
  const guard = (x: ReportCell): ReportCell =>
    h && x !== null && !(typeof x === 'object' && x.kind === 'percent' && x.value === null) ? HIDDEN : x;
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
}

/**
 * Per indicator (CPR, MKJP share, unmet need), each kampung's baseline and current value, the scorecard's
 * change and the city's target for the year (the kampung's own, else its region's) with the achievement.
 */
export function behaviourTables(c: EvaluationContext, targets: ReportContext['targets']): ReportTable[] {
  const lang = c.lang;
  const lookup = new TargetLookup(targets ?? []);
  for (const k of c.dataset.kampung) lookup.setKampungRegion(k.id, k.regionCode);
  return BEHAVIOUR.map((b) => ({
    kind: 'table',
    id: `evaluation-${b.indicator}`,
    caption: componentOf(firstCard(c), b.component)?.label[lang] ?? b.component,
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
    rows: c.cards.map((k) => behaviourRow(c, lookup, b, k)),
  }));
}

/** The scorecard's explanation of every component of every kampung (hidden where the score is). */
export function explanationsTable(c: EvaluationContext): ReportTable {
  const lang = c.lang;
  return {
    kind: 'table',
    id: 'evaluation-explanations',
    columns: [
      { title: et('kampung', lang), align: 'left' },
      { title: et('pillar', lang), align: 'left' },
      { title: et('component', lang), align: 'left' },
      { title: et('score', lang), align: 'right' },
      { title: et('explanation', lang), align: 'left' },
    ],
    rows: c.cards.flatMap((k) =>
      k.pillars.flatMap((p) =>
        p.components.map((x) => {
          const h = hides(c, k, x.id) && x.score !== null;
          return [
            k.name,
            p.label[lang],
            x.label[lang],
            h ? HIDDEN : x.score,
            h ? et('hidden', lang) : x.explanation[lang],
          ];
        }),
      ),
    ),
  };
}
