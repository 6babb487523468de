import {
  agencies,
  codeLabel,
  fundingSources,
  type Intervention,
  type InterventionOutputItem,
  interventionOutputs,
} from '@kampung-kb/model';
import { formatNumber } from '../../internal/formatCell.js';
import type { ReportCell, ReportChart, ReportTable } from '../../reportDocument.js';
import { isSuppressed, type SuppressionPattern } from '../../suppressTable.js';
import {
  attribution,
  groupBy,
  HIDDEN,
  JOINT,
  type MatrixContext,
  NONE,
  sum,
} from './interventionMatrixContext.js';
import { relationsOf } from './interventionMatrixRelations.js';
import { type OutputPartition, outputPattern, rowCell, TOTAL_CELL } from './matrixDisclosure.js';
import { mt } from './matrixTexts.js';

/** A spend column: a funding source that appears, or "not recorded". */
interface FundingColumn {
  readonly key: string;
  readonly label: string;
  readonly has: (i: Intervention) => boolean;
}

/** The rows of the outputs-and-spend tables and what their cells are computed from. */
export interface MatrixOutputs {
  /** The output kinds that appear, in code-list order. */
  readonly outputs: readonly InterventionOutputItem[];
  readonly sources: readonly FundingColumn[];
  /** Row key → the ids of its interventions, per table. */
  readonly kampungRows: ReadonlyMap<string, readonly string[]>;
  readonly agencyKeys: readonly string[];
  readonly agencyRows: ReadonlyMap<string, readonly string[]>;
  readonly yearRows: ReadonlyMap<string, readonly string[]>;
  readonly years: readonly string[];
  /** Per resident output kind of a public report, its suppression pattern. */
  readonly patterns: ReadonlyMap<string, SuppressionPattern>;
}

/** The spend columns: the funding sources of the interventions with a spend, then "not recorded". */
function fundingColumns(c: MatrixContext): FundingColumn[] {
  const lang = c.lang;
  const withSpend = c.list.filter((i) => i.spend !== undefined);
  return [
    ...fundingSources.items
      .filter((f) => withSpend.some((i) => i.fundingSource === f.code))
      .map((f) => ({
        key: f.code as string,
        label: f.label[lang],
        has: (i: Intervention) => i.fundingSource === f.code,
      })),
    ...(withSpend.some((i) => i.fundingSource === undefined)
      ? [
          {
            key: NONE,
            label: mt('unrecordedSource', lang),
            has: (i: Intervention) => i.fundingSource === undefined,
          },
        ]
      : []),
  ];
}

/** Per output kind counting people or households, its suppression pattern over the three partitions. */
function suppressionPatterns(
  c: MatrixContext,
  outputs: readonly InterventionOutputItem[],
  partitions: readonly OutputPartition[],
): Map<string, SuppressionPattern> {
  const patterns = new Map<string, SuppressionPattern>();
  const threshold = c.threshold;
  if (threshold !== undefined) {
    for (const o of outputs.filter((x) => x.counts !== 'things')) {
      const values = new Map(c.list.map((i) => [i.id, i.outputs?.[o.code] ?? 0]));
      patterns.set(o.code, outputPattern({ values, partitions, threshold }));
    }
  }
  return patterns;
}

/**
 * Part (b)'s rows: per kampung, per agency attribution (outputs and spend of a joint intervention go to
 * the row "several agencies", of one naming none to "no agency named") and per year.
 */
export function matrixOutputs(c: MatrixContext): MatrixOutputs {
  const { list } = c;
  const outputs = interventionOutputs.items.filter((o) =>
    list.some((i) => i.outputs?.[o.code] !== undefined),
  );
  const kampungRows = new Map(c.kampung.map((k) => [k.id, [] as string[]]));
  for (const i of list) kampungRows.get(i.kampungId)?.push(i.id);
  const agencyKeys = [
    ...c.agencyItems.map((a) => a.code as string),
    ...(c.hasJoint ? [JOINT] : []),
    ...(c.hasNone ? [NONE] : []),
  ];
  const attributed = groupBy(list, attribution);
  const agencyRows = new Map(agencyKeys.map((k) => [k, attributed.get(k) ?? []]));
  const yearRows = groupBy(list, (i) => i.date.slice(0, 4));
  const partitions: OutputPartition[] = [
    { prefix: 'k', rows: kampungRows },
    { prefix: 'a', rows: agencyRows },
    { prefix: 'y', rows: yearRows },
  ];
  return {
    outputs,
    sources: fundingColumns(c),
    kampungRows,
    agencyKeys,
    agencyRows,
    yearRows,
    years: [...yearRows.keys()].sort(),
    patterns: suppressionPatterns(c, outputs, partitions),
  };
}

/** The spend of the interventions `ids` (those `which` accepts); `null` when none of them has a spend. */
function spendOf(
  c: MatrixContext,
  ids: readonly string[],
  which?: (i: Intervention) => boolean,
): number | null {
  const spent = ids.map((id) => c.byId.get(id) as Intervention).filter((i) => i.spend !== undefined);
  if (spent.length === 0) return null;
  return sum(spent.filter((i) => which === undefined || which(i)).map((i) => i.spend as number));
}

/** A row's figures: interventions, each output kind (hidden where suppressed), spend, spend by source. */
function figures(c: MatrixContext, o: MatrixOutputs, cellId: string, ids: readonly string[]): ReportCell[] {
  const outputCell = (out: InterventionOutputItem): ReportCell => {
    const value = sum(ids.map((id) => c.byId.get(id)?.outputs?.[out.code] ?? 0));
    return isSuppressed(o.patterns.get(out.code), cellId) ? HIDDEN : value;
  };
  return [
    ids.length,
    ...o.outputs.map(outputCell),
    spendOf(c, ids),
    ...o.sources.map((s) => spendOf(c, ids, s.has)),
  ];
}

function figureColumns(c: MatrixContext, o: MatrixOutputs) {
  const lang = c.lang;
  return [
    { title: mt('interventions', lang), align: 'right' as const },
    ...o.outputs.map((out) => ({ title: `${out.label[lang]} (${out.unit[lang]})`, align: 'right' as const })),
    { title: mt('spend', lang), align: 'right' as const },
    ...o.sources.map((s) => ({ title: `${s.label} (Rp)`, align: 'right' as const })),
  ];
}

/** A published row: its leading cells, its cell id (prefix and key) and its interventions. */
interface OutputRow {
  readonly cells: readonly string[];
  readonly prefix: string;
  readonly key: string;
  readonly ids: readonly string[];
}

function outputsTable(
  c: MatrixContext,
  o: MatrixOutputs,
  id: string,
  caption: string,
  first: readonly { title: string }[],
  rows: readonly OutputRow[],
): ReportTable {
  const lead = first.length;
  const spendColumn = lead + 1 + o.outputs.length;
  const columns = figureColumns(c, o);
  const body = rows.map((r) => [...r.cells, ...figures(c, o, rowCell(r.prefix, r.key), r.ids)]);
  const footerFigures = figures(c, o, TOTAL_CELL, c.allIds);
  return {
    kind: 'table',
    id,
    caption,
    columns: [...first.map((f) => ({ title: f.title, align: 'left' as const })), ...columns],
    rows: body,
    footer: [[mt('total', c.lang), ...Array.from({ length: lead - 1 }, () => ''), ...footerFigures]],
    relations: relationsOf(
      body.length,
      Array.from({ length: columns.length }, (_, k) => lead + k),
      [{ total: spendColumn, parts: o.sources.map((_, k) => spendColumn + 1 + k) }],
    ),
  };
}

/** Part (b): outputs and spend per kampung, per agency and per year; the three share their totals. */
export function outputsTables(c: MatrixContext, o: MatrixOutputs): ReportTable[] {
  const lang = c.lang;
  const agencyLabel = (key: string) =>
    key === JOINT ? mt('joint', lang) : key === NONE ? mt('noAgency', lang) : codeLabel(agencies, key, lang);
  return [
    outputsTable(
      c,
      o,
      'outputs-by-kampung',
      mt('byKampung', lang),
      [{ title: mt('kampung', lang) }, { title: mt('kecamatan', lang) }],
      c.kampung.map((k) => ({
        cells: [k.name, k.district],
        prefix: 'k',
        key: k.id,
        ids: o.kampungRows.get(k.id) ?? [],
      })),
    ),
    outputsTable(
      c,
      o,
      'outputs-by-agency',
      mt('byAgency', lang),
      [{ title: mt('agency', lang) }],
      o.agencyKeys.map((key) => ({
        cells: [agencyLabel(key)],
        prefix: 'a',
        key,
        ids: o.agencyRows.get(key) ?? [],
      })),
    ),
    outputsTable(
      c,
      o,
      'outputs-by-year',
      mt('byYear', lang),
      [{ title: mt('year', lang) }],
      o.years.map((y) => ({ cells: [y], prefix: 'y', key: y, ids: o.yearRows.get(y) ?? [] })),
    ),
  ];
}

/** Part (d): spend per year by funding source (`stackedBar`; one series "spend" without any source). */
export function spendChart(c: MatrixContext, o: MatrixOutputs): ReportChart {
  const lang = c.lang;
  const spendSeries =
    o.sources.length > 0 ? o.sources : [{ key: 'all', label: mt('spend', lang), has: () => true }];
  const totalSpend = spendOf(c, c.allIds) ?? 0;
  return {
    kind: 'chart',
    id: 'chart-spend-by-year',
    mark: 'stackedBar',
    title: mt('spendChart', lang),
    description: mt('spendChartDesc', lang, { total: formatNumber(totalSpend, lang) }),
    xTitle: mt('year', lang),
    yTitle: mt('rupiah', lang),
    unit: 'rupiah',
    table: {
      kind: 'table',
      id: 'chart-spend-by-year-data',
      columns: [
        { title: mt('year', lang), align: 'left' },
        ...spendSeries.map((s) => ({ title: s.label, align: 'right' as const })),
      ],
      rows: o.years.map((y) => [
        y,
        ...spendSeries.map((s) => spendOf(c, o.yearRows.get(y) ?? [], s.has) ?? 0),
      ]),
    },
  };
}
