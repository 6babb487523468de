import type { Intervention } from '@kampung-kb/model';
import { formatNumber } from '../../internal/formatCell.js';
import type { ReportCell, ReportChart, ReportTable } from '../../reportDocument.js';
import { type MatrixContext, NONE, sum } from './interventionMatrixContext.js';
import { relationsOf } from './interventionMatrixRelations.js';
import { mt } from './matrixTexts.js';

/** The kampung × agency matrix, with its agency columns and their totals (for the agency chart). */
export interface AgencyMatrix {
  readonly table: ReportTable;
  /** The agencies that appear (code-list order), then "no agency named" when some intervention names none. */
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  /** Per column, the interventions that involve it. */
  readonly totals: readonly number[];
}

const involved = (i: Intervention, key: string) =>
  key === NONE ? i.agencies.length === 0 : i.agencies.includes(key as never);

/**
 * Part (a): every kampung × every agency that appears, the number of interventions; a joint intervention
 * counts once for each of its agencies, so the row total "agency involvements" can exceed the row's number
 * of interventions (shown beside it).
 */
export function agencyMatrix(c: MatrixContext): AgencyMatrix {
  const { lang, list } = c;
  const columns: { key: string; label: string }[] = [
    ...c.agencyItems.map((a) => ({ key: a.code as string, label: a.label[lang] })),
    ...(c.hasNone ? [{ key: NONE, label: mt('noAgency', lang) }] : []),
  ];
  const rows: ReportCell[][] = c.kampung.map((k) => {
    const mine = list.filter((i) => i.kampungId === k.id);
    const counts = columns.map((col) => mine.filter((i) => involved(i, col.key)).length);
    return [k.name, k.district, ...counts, sum(counts), mine.length];
  });
  const totals = columns.map((col) => list.filter((i) => involved(i, col.key)).length);
  const a0 = 2;
  const involvementsColumn = a0 + columns.length;
  const table: ReportTable = {
    kind: 'table',
    id: 'matrix',
    caption: mt('matrixCaption', lang),
    columns: [
      { title: mt('kampung', lang), align: 'left' },
      { title: mt('kecamatan', lang), align: 'left' },
      ...columns.map((col) => ({ title: col.label, align: 'right' as const })),
      { title: mt('agencyTotal', lang), align: 'right' },
      { title: mt('interventions', lang), align: 'right' },
    ],
    rows,
    footer: [[mt('total', lang), '', ...totals, sum(totals), list.length]],
    relations: relationsOf(
      rows.length,
      Array.from({ length: columns.length + 2 }, (_, k) => a0 + k),
      [{ total: involvementsColumn, parts: columns.map((_, k) => a0 + k) }],
    ),
  };
  return { table, columns, totals };
}

/** Part (d): interventions per agency (`barHorizontal`), most first, ties in column order. */
export function agencyChart(c: MatrixContext, m: AgencyMatrix): ReportChart {
  const lang = c.lang;
  const ranked = m.columns
    .map((col, k) => ({ label: col.label, n: m.totals[k] as number, order: k }))
    .sort((a, b) => b.n - a.n || a.order - b.order);
  return {
    kind: 'chart',
    id: 'chart-interventions-by-agency',
    mark: 'barHorizontal',
    title: mt('agencyChart', lang),
    description: mt('agencyChartDesc', lang, {
      top: ranked[0] === undefined ? '—' : `${ranked[0].label} (${formatNumber(ranked[0].n, lang)})`,
    }),
    xTitle: mt('interventions', lang),
    yTitle: mt('agency', lang),
    unit: 'count',
    table: {
      kind: 'table',
      id: 'chart-interventions-by-agency-data',
      columns: [
        { title: mt('agency', lang), align: 'left' },
        { title: mt('interventions', lang), align: 'right' },
      ],
      rows: ranked.map((r) => [r.label, r.n]),
    },
  };
}
