import { roundDecimal, roundRatio } from '@kampung-kb/indicators';
import type { ReportCell, ReportTable } from '../../reportDocument.js';
import {
  cityMean,
  componentOf,
  countScored,
  type EvaluationContext,
  firstCard,
  hides,
  overallScore,
  PILLARS,
  pillarLabel,
  pillarOf,
  pillarScore,
} from './evaluationReportContext.js';
import { et } from './evaluationTexts.js';

/** Per axis: label, weight, city mean score, kampung scored, mean weight coverage (%). */
export function pillarRows(c: EvaluationContext): ReportCell[][] {
  const { cards } = c;
  return PILLARS.map((pid) => {
    const scores = cards.map((k) => pillarScore(c, k, pid));
    const coverage = roundRatio(
      roundDecimal(cards.reduce((s, k) => s + (pillarOf(k, pid)?.coverage ?? 0), 0) * 100, 4),
      cards.length,
      1,
    );
    return [
      pillarLabel(c, pid),
      c.sc.weights.pillars[pid],
      cityMean(scores),
      countScored(scores),
      { kind: 'percent', value: coverage, decimals: 1 },
    ];
  });
}

/** The city summary per axis, with the overall score in the footer. */
export function cityTable(c: EvaluationContext, rows: ReportCell[][]): ReportTable {
  const lang = c.lang;
  const overalls = c.cards.map((k) => overallScore(c, k));
  return {
    kind: 'table',
    id: 'evaluation-city',
    columns: [
      { title: et('pillar', lang), align: 'left' },
      { title: et('weight', lang), align: 'right' },
      { title: et('meanScore', lang), align: 'right' },
      { title: et('scored', lang), align: 'right' },
      { title: et('coverage', lang), align: 'right' },
    ],
    rows,
    footer: [[et('overall', lang), 1, cityMean(overalls), countScored(overalls), null]],
  };
}

/** Each component's city mean score and how many kampung have one. */
export function componentTable(c: EvaluationContext): ReportTable {
  const lang = c.lang;
  const rows: ReportCell[][] = PILLARS.flatMap((pid) =>
    (pillarOf(firstCard(c), pid)?.components ?? []).map((c0) => {
      const scores = c.cards.map((k) => ({
        value: componentOf(k, c0.id)?.score ?? null,
        hidden: hides(c, k, c0.id),
      }));
      return [pillarLabel(c, pid), c0.label[lang], c0.weight, cityMean(scores), countScored(scores)];
    }),
  );
  return {
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
    rows,
  };
}
