import { roundDecimal } from '@kampung-kb/indicators';
import {
  agencies,
  codeLabel,
  type Dataset,
  fundingSources,
  type Intervention,
  type InterventionOutputItem,
  interventionOutputs,
  lastDayOfMonth,
  parseMonth,
  pokjaSections,
} from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { dateLabel, monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportTable,
  ReportTableRelation,
} from '../reportDocument.js';
import { isSuppressed, type SuppressionPattern } from '../suppressTable.js';
import { type OutputPartition, outputPattern, rowCell, TOTAL_CELL } from './internal/matrixDisclosure.js';
import { type OrderedKampung, orderedKampung } from './internal/matrixKampungOrder.js';
import { mt } from './internal/matrixTexts.js';

/**
 * What the intervention matrix is built from.
 *
 * @example
 * ```ts
 * const input: InterventionMatrixInput = { dataset, period: '2020-12' };
 * ```
 */
export interface InterventionMatrixInput {
  /** The data set: kampung, regions (unless the context has them) and interventions. */
  readonly dataset: Dataset;
  /** The report's month `YYYY-MM`: every intervention dated up to its last day is counted. */
  readonly period: string;
}

const HIDDEN: ReportCell = { kind: 'hidden' };
/** Attribution of an intervention with several agencies, and of one without an agency. */
const JOINT = '_joint';
const NONE = '_none';

function attribution(i: Intervention): string {
  if (i.agencies.length === 1) return i.agencies[0] as string;
  return i.agencies.length === 0 ? NONE : JOINT;
}

/** A sum free of binary noise (metres with decimals: 0.1 + 0.2 is 0.3). */
function sum(values: readonly number[]): number {
  const s = values.reduce((a, b) => a + b, 0);
  return Number.isInteger(s) ? s : roundDecimal(s, 10);
}

function groupBy(list: readonly Intervention[], key: (i: Intervention) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of list) {
    const k = key(i);
    const ids = out.get(k);
    if (ids === undefined) out.set(k, [i.id]);
    else ids.push(i.id);
  }
  return out;
}

/** The relations "footer = Σ rows" for the given columns, and "total column = Σ part columns" per row. */
function relationsOf(
  rowCount: number,
  sumColumns: readonly number[],
  rowSums: readonly { total: number; parts: readonly number[] }[],
): ReportTableRelation[] {
  const rows = Array.from({ length: rowCount }, (_, r) => r);
  const out: ReportTableRelation[] = sumColumns.map((column) => ({
    total: { row: rowCount, column },
    parts: rows.map((row) => ({ row, column })),
  }));
  for (const s of rowSums) {
    if (s.parts.length === 0) continue;
    for (const row of [...rows, rowCount]) {
      out.push({ total: { row, column: s.total }, parts: s.parts.map((column) => ({ row, column })) });
    }
  }
  return out;
}

/**
 * The agency × kampung intervention matrix of a city up to the end of a month: which agency (SKPD/OPD,
 * vertical office, company, community group: the agencies code list), CSR partner (`partner`) or community
 * did what, where and when, and what it produced and spent. Four parts:
 *
 * 1. **Matrix**: every kampung (by kecamatan, then name) × every agency that appears (in code-list order),
 *    the number of interventions; a joint intervention counts once for each of its agencies, so the row
 *    total "agency involvements" can exceed the row's number of interventions (shown beside it).
 * 2. **Outputs and spend** per kampung, per agency and per year: the total of each output kind that appears
 *    (code list `interventionOutputs`, in its unit: metres with decimals, counts as whole numbers), the
 *    spend in rupiah and the spend by funding source. **Joint attribution**: outputs and spend of an
 *    intervention with several agencies are put once in the row "Several agencies (joint)" (and those of an
 *    intervention naming none in "No agency named"), so every table's total counts each intervention once
 *    and the three tables share the same totals. A footnote says so.
 * 3. **List** of the interventions by date, then id.
 * 4. **Charts**: spend per year by funding source (`stackedBar`) and interventions per agency
 *    (`barHorizontal`).
 *
 * In a public report the outputs that count people or households (`counts` `people`/`households`:
 * participants, houses renovated, toilets, water connections) get primary and complementary suppression
 * over the three tables and their shared totals, with each intervention's own figure taken as an unknown
 * a reader can place in its kampung, agency and year (so a kampung's hidden figure is not given away by an
 * agency or year with the same interventions); the list shows those figures as `×`. Counts of
 * interventions, rupiah, metres, waste banks, groups and trainings are shown. Every sum shown is declared
 * in `relations`.
 *
 * @example
 * ```ts
 * const doc = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'id', programme, public: true });
 * writeFileSync('interventions-2020-12.html', renderHtml(doc));
 * ```
 */
export function interventionMatrix(input: InterventionMatrixInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { dataset, period } = input;
  const regions = ctx.regions ?? dataset.regions;
  const threshold = smallCellThreshold(ctx);
  const month = parseMonth(period);
  const end = month === undefined ? undefined : lastDayOfMonth(month);
  const monthText = month === undefined ? period : monthLabel(month, lang);
  const list = dataset.interventions
    .filter((i) => end !== undefined && i.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kampung = orderedKampung(
    dataset.kampung,
    regions,
    list.map((i) => i.kampungId),
  );
  const kampungName = new Map(kampung.map((k) => [k.id, k.name]));
  const agencyItems = agencies.items.filter((a) => list.some((i) => i.agencies.includes(a.code)));
  const hasNone = list.some((i) => i.agencies.length === 0);
  const hasJoint = list.some((i) => i.agencies.length > 1);
  const byId = new Map(list.map((i) => [i.id, i]));

  const footnotes = [mt('jointRule', lang), mt('spendNote', lang)];
  if (threshold !== undefined) footnotes.push(mt('publicOutputs', lang, { n: threshold - 1 }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  const head = {
    lang,
    title: `${mt('title', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(ctx, lang, mt('upTo', lang, { month: monthText })),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
  };
  if (list.length === 0) {
    return {
      ...head,
      sections: [
        {
          title: mt('matrixSection', lang),
          blocks: [{ kind: 'notice', tone: 'info', text: mt('none', lang, { month: monthText }) }],
        },
      ],
      footnotes,
    };
  }

  // — (a) the matrix —
  const agencyColumns: { key: string; label: string }[] = [
    ...agencyItems.map((a) => ({ key: a.code as string, label: a.label[lang] })),
    ...(hasNone ? [{ key: NONE, label: mt('noAgency', lang) }] : []),
  ];
  const involved = (i: Intervention, key: string) =>
    key === NONE ? i.agencies.length === 0 : i.agencies.includes(key as never);
  const matrixRows: ReportCell[][] = kampung.map((k) => {
    const mine = list.filter((i) => i.kampungId === k.id);
    const counts = agencyColumns.map((c) => mine.filter((i) => involved(i, c.key)).length);
    return [k.name, k.district, ...counts, sum(counts), mine.length];
  });
  const columnTotals = agencyColumns.map((c) => list.filter((i) => involved(i, c.key)).length);
  const a0 = 2;
  const involvementsColumn = a0 + agencyColumns.length;
  const matrix: ReportTable = {
    kind: 'table',
    id: 'matrix',
    caption: mt('matrixCaption', lang),
    columns: [
      { title: mt('kampung', lang), align: 'left' },
      { title: mt('kecamatan', lang), align: 'left' },
      ...agencyColumns.map((c) => ({ title: c.label, align: 'right' as const })),
      { title: mt('agencyTotal', lang), align: 'right' },
      { title: mt('interventions', lang), align: 'right' },
    ],
    rows: matrixRows,
    footer: [[mt('total', lang), '', ...columnTotals, sum(columnTotals), list.length]],
    relations: relationsOf(
      matrixRows.length,
      Array.from({ length: agencyColumns.length + 2 }, (_, k) => a0 + k),
      [{ total: involvementsColumn, parts: agencyColumns.map((_, k) => a0 + k) }],
    ),
  };

  // — (b) outputs and spend per kampung, agency and year —
  const outputs = interventionOutputs.items.filter((o) =>
    list.some((i) => i.outputs?.[o.code] !== undefined),
  );
  const withSpend = list.filter((i) => i.spend !== undefined);
  const sources: { key: string; label: string; has: (i: Intervention) => boolean }[] = [
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
  const kampungRows = new Map(kampung.map((k) => [k.id, [] as string[]]));
  for (const i of list) kampungRows.get(i.kampungId)?.push(i.id);
  const agencyKeys = [
    ...agencyItems.map((a) => a.code as string),
    ...(hasJoint ? [JOINT] : []),
    ...(hasNone ? [NONE] : []),
  ];
  const attributed = groupBy(list, attribution);
  const agencyRows = new Map(agencyKeys.map((k) => [k, attributed.get(k) ?? []]));
  const yearRows = groupBy(list, (i) => i.date.slice(0, 4));
  const partitions: OutputPartition[] = [
    { prefix: 'k', rows: kampungRows },
    { prefix: 'a', rows: agencyRows },
    { prefix: 'y', rows: yearRows },
  ];
  const patterns = new Map<string, SuppressionPattern>();
  if (threshold !== undefined) {
    for (const o of outputs.filter((x) => x.counts !== 'things')) {
      const values = new Map(list.map((i) => [i.id, i.outputs?.[o.code] ?? 0]));
      patterns.set(o.code, outputPattern({ values, partitions, threshold }));
    }
  }
  const outputCell = (o: InterventionOutputItem, cellId: string, ids: readonly string[]): ReportCell => {
    const value = sum(ids.map((id) => byId.get(id)?.outputs?.[o.code] ?? 0));
    return isSuppressed(patterns.get(o.code), cellId) ? HIDDEN : value;
  };
  const spendOf = (ids: readonly string[], which?: (i: Intervention) => boolean): number | null => {
    const spent = ids.map((id) => byId.get(id) as Intervention).filter((i) => i.spend !== undefined);
    if (spent.length === 0) return null;
    return sum(spent.filter((i) => which === undefined || which(i)).map((i) => i.spend as number));
  };
  const figures = (cellId: string, ids: readonly string[]): ReportCell[] => [
    ids.length,
    ...outputs.map((o) => outputCell(o, cellId, ids)),
    spendOf(ids),
    ...sources.map((s) => spendOf(ids, s.has)),
  ];
  const allIds = list.map((i) => i.id);
  const figureColumns = [
    { title: mt('interventions', lang), align: 'right' as const },
    ...outputs.map((o) => ({ title: `${o.label[lang]} (${o.unit[lang]})`, align: 'right' as const })),
    { title: mt('spend', lang), align: 'right' as const },
    ...sources.map((s) => ({ title: `${s.label} (Rp)`, align: 'right' as const })),
  ];
  const outputsTable = (
    id: string,
    caption: string,
    first: readonly { title: string }[],
    rows: readonly { cells: readonly string[]; prefix: string; key: string; ids: readonly string[] }[],
  ): ReportTable => {
    const lead = first.length;
    const spendColumn = lead + 1 + outputs.length;
    const body = rows.map((r) => [...r.cells, ...figures(rowCell(r.prefix, r.key), r.ids)]);
    const footerFigures = figures(TOTAL_CELL, allIds);
    return {
      kind: 'table',
      id,
      caption,
      columns: [...first.map((f) => ({ title: f.title, align: 'left' as const })), ...figureColumns],
      rows: body,
      footer: [[mt('total', lang), ...Array.from({ length: lead - 1 }, () => ''), ...footerFigures]],
      relations: relationsOf(
        body.length,
        Array.from({ length: figureColumns.length }, (_, k) => lead + k),
        [{ total: spendColumn, parts: sources.map((_, k) => spendColumn + 1 + k) }],
      ),
    };
  };
  const agencyLabel = (key: string) =>
    key === JOINT ? mt('joint', lang) : key === NONE ? mt('noAgency', lang) : codeLabel(agencies, key, lang);
  const byKampung = outputsTable(
    'outputs-by-kampung',
    mt('byKampung', lang),
    [{ title: mt('kampung', lang) }, { title: mt('kecamatan', lang) }],
    kampung.map((k: OrderedKampung) => ({
      cells: [k.name, k.district],
      prefix: 'k',
      key: k.id,
      ids: kampungRows.get(k.id) ?? [],
    })),
  );
  const byAgency = outputsTable(
    'outputs-by-agency',
    mt('byAgency', lang),
    [{ title: mt('agency', lang) }],
    agencyKeys.map((key) => ({
      cells: [agencyLabel(key)],
      prefix: 'a',
      key,
      ids: agencyRows.get(key) ?? [],
    })),
  );
  const years = [...yearRows.keys()].sort();
  const byYear = outputsTable(
    'outputs-by-year',
    mt('byYear', lang),
    [{ title: mt('year', lang) }],
    years.map((y) => ({ cells: [y], prefix: 'y', key: y, ids: yearRows.get(y) ?? [] })),
  );

  // — (c) the list —
  const outputsText = (i: Intervention): string =>
    interventionOutputs.items
      .flatMap((o) => {
        const v = i.outputs?.[o.code];
        if (v === undefined) return [];
        const hide = threshold !== undefined && o.counts !== 'things' && v > 0;
        return [`${o.label[lang]}: ${hide ? '×' : formatNumber(v, lang)} ${o.unit[lang]}`];
      })
      .join('; ');
  const listTable: ReportTable = {
    kind: 'table',
    id: 'interventions',
    columns: [
      { title: mt('date', lang), align: 'left' },
      { title: mt('kampung', lang), align: 'left' },
      { title: mt('activity', lang), align: 'left' },
      { title: mt('agenciesPartner', lang), align: 'left' },
      { title: mt('section', lang), align: 'left' },
      { title: mt('outputs', lang), align: 'left' },
      { title: mt('spend', lang), align: 'right' },
    ],
    rows: list.map((i) => [
      dateLabel(i.date, lang),
      kampungName.get(i.kampungId) ?? i.kampungId,
      i.title,
      [
        i.agencies.map((a) => codeLabel(agencies, a, lang)).join(', '),
        i.partner === undefined ? '' : `${mt('partner', lang)}: ${i.partner}`,
      ]
        .filter((x) => x !== '')
        .join(' · '),
      codeLabel(pokjaSections, i.section, lang),
      outputsText(i),
      i.spend === undefined ? null : i.spend,
    ]),
  };

  // — (d) charts —
  const spendSeries =
    sources.length > 0 ? sources : [{ key: 'all', label: mt('spend', lang), has: () => true }];
  const totalSpend = spendOf(allIds) ?? 0;
  const spendChart: ReportChart = {
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
      rows: years.map((y) => [y, ...spendSeries.map((s) => spendOf(yearRows.get(y) ?? [], s.has) ?? 0)]),
    },
  };
  const ranked = agencyColumns
    .map((c, k) => ({ label: c.label, n: columnTotals[k] as number, order: k }))
    .sort((a, b) => b.n - a.n || a.order - b.order);
  const agencyChart: ReportChart = {
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

  const covered = new Set(kampung.filter((k) => (kampungRows.get(k.id)?.length ?? 0) > 0).map((k) => k.id));
  const intro: ReportBlock = {
    kind: 'paragraph',
    text: mt('intro', lang, {
      n: formatNumber(list.length, lang),
      k: formatNumber(covered.size, lang),
      a: formatNumber(agencyItems.length, lang),
      month: monthText,
    }),
  };
  return {
    ...head,
    sections: [
      { title: mt('matrixSection', lang), blocks: [intro, matrix] },
      { title: mt('outputsSection', lang), blocks: [byKampung, byAgency, byYear] },
      { title: mt('listSection', lang), blocks: [listTable] },
      { title: mt('chartsSection', lang), blocks: [spendChart, agencyChart] },
    ],
    footnotes,
  };
}
