import { formatNumber } from '../../internal/formatCell.js';
import { monthLabel } from '../../monthLabel.js';
import type { ReportCell, ReportChart, ReportTable } from '../../reportDocument.js';
import {
  type EvaluationContext,
  overallScore,
  PILLARS,
  pillarLabel,
  pillarScore,
  scoreCell,
} from './evaluationReportContext.js';
import { et } from './evaluationTexts.js';

const pillarTitles = (c: EvaluationContext) =>
  PILLARS.map((pid) => ({ title: pillarLabel(c, pid), align: 'right' as const }));

/** The three axis scores and the overall score of every kampung, in report order. */
export function kampungTable(c: EvaluationContext): ReportTable {
  const lang = c.lang;
  return {
    kind: 'table',
    id: 'evaluation-kampung',
    columns: [
      { title: et('kampung', lang), align: 'left' },
      { title: et('kecamatan', lang), align: 'left' },
      { title: et('baselineMonth', lang), align: 'left' },
      ...pillarTitles(c),
      { title: et('overall', lang), align: 'right' },
    ],
    rows: c.cards.map((k) => [
      k.name,
      c.district.get(k.kampungId) ?? '—',
      k.baselinePeriod === null ? null : monthLabel(k.baselinePeriod, lang),
      ...PILLARS.map((pid) => scoreCell(pillarScore(c, k, pid))),
      scoreCell(overallScore(c, k)),
    ]),
  };
}

/** A `bar` chart of the axis scores per kampung; its description names the city means (`pillarRows`). */
export function pillarsChart(
  c: EvaluationContext,
  pillarRows: readonly (readonly ReportCell[])[],
): ReportChart {
  const lang = c.lang;
  const meanText = (x: ReportCell) =>
    typeof x === 'number' ? formatNumber(x, lang) : x === null ? '—' : '×';
  return {
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
      columns: [{ title: et('kampung', lang), align: 'left' }, ...pillarTitles(c)],
      rows: c.cards.map((k) => [k.name, ...PILLARS.map((pid) => scoreCell(pillarScore(c, k, pid)))]),
    },
  };
}
