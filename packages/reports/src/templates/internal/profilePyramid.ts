import { ageBands, type Lang, type PopulationSnapshot } from '@kampung-kb/model';
import { cellText } from '../../internal/formatCell.js';
import { monthLabel } from '../../monthLabel.js';
import type { ReportCell, ReportChart, ReportTable, ReportTableRelation } from '../../reportDocument.js';
import {
  isSuppressed,
  type SuppressionPattern,
  suppressTable,
  tableWithTotals,
} from '../../suppressTable.js';
import { pt } from './profileTexts.js';

const HIDDEN: ReportCell = { kind: 'hidden' };

/** The population pyramid of a snapshot: its chart, its table with totals, and the families count. */
export interface ProfilePyramid {
  readonly chart: ReportChart;
  readonly table: ReportTable;
  readonly families: ReportCell;
}

/**
 * The relations of the pyramid table (rows: the sixteen age bands, then the footer; columns: band, male,
 * female, total): each band's total is male + female, the footer of each count column is the column's sum,
 * and the grand total is male + female.
 */
export function pyramidRelations(bands: number): ReportTableRelation[] {
  const footer = bands;
  const body = Array.from({ length: bands }, (_, i) => i);
  return [
    ...body.map((row) => ({
      total: { row, column: 3 },
      parts: [
        { row, column: 1 },
        { row, column: 2 },
      ],
    })),
    ...[1, 2, 3].map((column) => ({
      total: { row: footer, column },
      parts: body.map((row) => ({ row, column })),
    })),
    {
      total: { row: footer, column: 3 },
      parts: [
        { row: footer, column: 1 },
        { row: footer, column: 2 },
      ],
    },
  ];
}

/**
 * Population by age band and sex, with band totals, column totals and the grand total. In a public report
 * the counts go through {@link suppressTable} over every sum the table shows ({@link tableWithTotals}:
 * `r<i>c0` male, `r<i>c1` female, `r<i>` band total, `c0`/`c1` column totals, `total`), and the chart plots
 * the same cells (hidden ones not at all). The families count stands alone (no sum shows it): primary
 * suppression only.
 */
export function profilePyramid(
  population: PopulationSnapshot,
  threshold: number | undefined,
  lang: Lang,
): ProfilePyramid {
  const values = ageBands.items.map((b) => [population.male[b.code], population.female[b.code]]);
  const grid = tableWithTotals(values);
  const pattern: SuppressionPattern | undefined =
    threshold === undefined ? undefined : suppressTable({ ...grid, threshold });
  const cell = (id: string): ReportCell => {
    const v = grid.cells[id] ?? null;
    return v !== null && isSuppressed(pattern, id) ? HIDDEN : v;
  };
  const rows = ageBands.items.map((b, i): ReportCell[] => [
    b.label[lang],
    cell(`r${i}c0`),
    cell(`r${i}c1`),
    cell(`r${i}`),
  ]);
  const footer: ReportCell[] = [pt('people', lang), cell('c0'), cell('c1'), cell('total')];
  const columns = [
    { title: pt('ageBand', lang), align: 'left' as const },
    { title: pt('male', lang), align: 'right' as const },
    { title: pt('female', lang), align: 'right' as const },
  ];
  const month = monthLabel(population.period, lang);
  const table: ReportTable = {
    kind: 'table',
    id: 'population-by-age-sex',
    caption: pt('populationTable', lang, { month }),
    columns: [...columns, { title: pt('people', lang), align: 'right' }],
    rows,
    footer: [footer],
    relations: pyramidRelations(rows.length),
  };
  const chart: ReportChart = {
    kind: 'chart',
    id: 'population-pyramid',
    mark: 'pyramid',
    title: pt('pyramidTitle', lang, { month }),
    description: pt('pyramidDescription', lang, {
      male: cellText(footer[1] as ReportCell, lang),
      female: cellText(footer[2] as ReportCell, lang),
      total: cellText(footer[3] as ReportCell, lang),
    }),
    xTitle: pt('people', lang),
    yTitle: pt('ageBand', lang),
    unit: 'count',
    table: { kind: 'table', columns, rows: rows.map((r) => r.slice(0, 3)) },
  };
  const f = population.families;
  const families: ReportCell = threshold !== undefined && f > 0 && f < threshold ? HIDDEN : f;
  return { chart, table, families };
}
