import {
  classificationLevels,
  classificationSubIndicators,
  type KampungIndicators,
  NO_REPORT_LABEL,
} from '@kampung-kb/indicators';
import type { Dataset, Lang } from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { type KampungDisclosure, kampungDisclosure } from '../internal/kampungDisclosure.js';
import { MonthlyReportIndex } from '../internal/monthlyReportIndex.js';
import { outcomeCell } from '../internal/outcomeCell.js';
import { regionNames } from '../internal/regionNames.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type { ReportCell, ReportChart, ReportDocument, ReportTable } from '../reportDocument.js';
import { planRow } from './internal/classificationPlans.js';
import { pt } from './internal/profileTexts.js';

/**
 * What the classification report is built from.
 *
 * @example
 * ```ts
 * const input: ClassificationReportInput = {
 *   dataset, period: '2020-12', results: computeKampungIndicators(dataset, '2020-12'),
 * };
 * ```
 */
export interface ClassificationReportInput {
  /** The data set the results were computed from (region names, monthly reports for public reports). */
  readonly dataset: Dataset;
  /** The report's month, `YYYY-MM`. */
  readonly period: string;
  /** Every kampung's result for the month: `computeKampungIndicators(dataset, period)`. */
  readonly results: readonly KampungIndicators[];
}

/**
 * The classification report of a month: how many kampung sit at each level (a `barHorizontal` chart and a
 * table; counts of kampung, never hidden), every kampung's twelve sub-indicator scores with the input,
 * process and output indices and the level (sorted by kecamatan, then name), the kampung ranked by the
 * output index (a `barHorizontal` chart), and, for each kampung, the smallest set of score raises that
 * would lift it one level (`nextLevelChanges`, in words in the report's language, with the alternative
 * one step up from Dasar).
 *
 * A kampung without a monthly report for the month is shown as "Tidak ada laporan" / "No report", never as
 * Dasar: it is counted apart, its output scores and output index are not assessed (`—`, not plotted,
 * ranked last) and it gets no plan. In a public report the scores, indices and levels are shown as the
 * kampung's own public monthly report shows them (scores and bands, no percentages), and a raise whose
 * current value is computed from a figure that report hides does not quote it (see the monthly report's
 * hidden explanations and {@link suppressTable}).
 *
 * @example
 * ```ts
 * const results = computeKampungIndicators(dataset, '2020-12');
 * const doc = classificationReport({ dataset, period: '2020-12', results }, { lang: 'en', programme });
 * writeFileSync('classification-2020-12.md', renderMarkdown(doc));
 * ```
 */
export function classificationReport(input: ClassificationReportInput, ctx: ReportContext): ReportDocument {
  const { dataset, period } = input;
  const lang = ctx.lang;
  const threshold = smallCellThreshold(ctx);
  const regions = ctx.regions ?? dataset.regions;
  const month = monthLabel(period, lang);
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB');
  const reports = new MonthlyReportIndex(dataset.monthly);
  const entries = input.results
    .map((r) => ({
      r,
      names: regionNames(regions, r.regionCode),
      show: kampungDisclosure(r, reports.get(r.kampungId, r.period), threshold),
    }))
    .sort(
      (a, b) =>
        collator.compare(a.names.district, b.names.district) ||
        collator.compare(a.r.name, b.r.name) ||
        collator.compare(a.r.kampungId, b.r.kampungId),
    );

  const noReport = input.results.filter((r) => r.outcome.level === null).length;
  const [levelChart, levelTable] = levelBlocks(input.results, month, lang);
  const scoreTable = subScoreTable(entries, input.results, lang);
  const rankChart = outputRankingChart(entries, month, noReport, collator, lang);
  const planTable: ReportTable = {
    kind: 'table',
    id: 'next-level',
    columns: [
      { title: t('kampung', lang), align: 'left' },
      { title: pt('levelNow', lang), align: 'left' },
      { title: pt('levelNext', lang), align: 'left' },
      { title: pt('pointsToAdd', lang), align: 'right' },
      { title: pt('changesNeeded', lang), align: 'left' },
    ],
    rows: entries.map(({ r, show }) => planRow(r, show, lang)),
  };

  const footnotes = [t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('hiddenPublic', lang, { n: threshold - 1 }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  return {
    lang,
    title: `${pt('classificationTitle', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(ctx, lang, month),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    sections: [
      { title: t('levels', lang), blocks: [levelChart, levelTable] },
      {
        title: pt('subScores', lang),
        blocks: [{ kind: 'paragraph', text: pt('subScoresNote', lang, { month }) }, scoreTable],
      },
      { title: pt('ranking', lang), blocks: [rankChart] },
      {
        title: pt('nextLevel', lang),
        blocks: [{ kind: 'paragraph', text: pt('nextLevelNote', lang) }, planTable],
      },
    ],
    footnotes,
  };
}

/** A kampung of the report with its region names and how its figures are shown. */
interface Entry {
  readonly r: KampungIndicators;
  readonly names: ReturnType<typeof regionNames>;
  readonly show: KampungDisclosure;
}

/** The kampung per level: a chart and its table (kampung without a report counted apart, never as Dasar). */
function levelBlocks(
  results: readonly KampungIndicators[],
  month: string,
  lang: Lang,
): [ReportChart, ReportTable] {
  const levelRows: ReportCell[][] = classificationLevels.items.map((l) => [
    { kind: 'level', level: l.code, label: l.label[lang] },
    results.filter((r) => r.outcome.level === l.code).length,
  ]);
  const noReport = results.filter((r) => r.outcome.level === null).length;
  if (noReport > 0) {
    levelRows.push([
      outcomeCell({ level: null, label: NO_REPORT_LABEL, reason: 'noMonthlyReport' }, lang),
      noReport,
    ]);
  }
  const levelColumns = [
    { title: t('level', lang), align: 'left' as const },
    { title: t('kampung', lang), align: 'right' as const },
  ];
  const levelTable: ReportTable = {
    kind: 'table',
    id: 'kampung-per-level',
    columns: levelColumns,
    rows: levelRows,
    footer: [[t('total', lang), results.length]],
    relations: [
      {
        total: { row: levelRows.length, column: 1 },
        parts: levelRows.map((_, row) => ({ row, column: 1 })),
      },
    ],
  };
  const levelChart: ReportChart = {
    kind: 'chart',
    id: 'kampung-per-level-chart',
    mark: 'barHorizontal',
    title: pt('levelsTitle', lang, { month }),
    description: pt('levelsDescription', lang, {
      total: results.length,
      parts: levelRows
        .map((r) => `${(r[0] as { label: string }).label} ${formatNumber(r[1] as number, lang)}`)
        .join(', '),
    }),
    xTitle: t('kampung', lang),
    yTitle: t('level', lang),
    unit: 'count',
    table: { kind: 'table', columns: levelColumns, rows: levelRows },
  };
  return [levelChart, levelTable];
}

/** Every kampung's sub-indicator scores, indices and level (no output scores without a monthly report). */
function subScoreTable(
  entries: readonly Entry[],
  results: readonly KampungIndicators[],
  lang: Lang,
): ReportTable {
  const subs = classificationSubIndicators;
  const scoreRows = entries.map(({ r, names }): ReportCell[] => {
    const assessed = r.outcome.level !== null;
    const score = (id: string): ReportCell => {
      const s = r.classification.subIndicators.find((x) => x.id === id);
      if (s === undefined || (!assessed && s.index === 'output')) return null;
      return s.score;
    };
    const idx = r.classification.indices;
    return [
      r.name,
      names.district,
      ...subs.map((d) => score(d.id)),
      idx.input,
      idx.process,
      assessed ? idx.output : null,
      outcomeCell(r.outcome, lang),
    ];
  });
  const indexLabel = (id: string) =>
    results[0]?.classification.indexDetails.find((i) => i.id === id)?.label[lang] ?? id;
  return {
    kind: 'table',
    id: 'sub-indicator-scores',
    columns: [
      { title: t('kampung', lang), align: 'left' },
      { title: t('kecamatan', lang), align: 'left' },
      ...subs.map((d) => ({ title: d.label[lang], align: 'right' as const })),
      { title: indexLabel('input'), align: 'right' },
      { title: indexLabel('process'), align: 'right' },
      { title: indexLabel('output'), align: 'right' },
      { title: t('level', lang), align: 'left' },
    ],
    rows: scoreRows,
  };
}

/** The kampung ranked by the output index (those without a report last), as a chart with its table. */
function outputRankingChart(
  entries: readonly Entry[],
  month: string,
  noReport: number,
  collator: Intl.Collator,
  lang: Lang,
): ReportChart {
  const ranked = [...entries].sort((a, b) => {
    const va = a.r.outcome.level === null ? null : a.r.classification.indices.output;
    const vb = b.r.outcome.level === null ? null : b.r.classification.indices.output;
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return vb - va;
    }
    return collator.compare(a.r.name, b.r.name) || collator.compare(a.r.kampungId, b.r.kampungId);
  });
  const rankRows = ranked.map(({ r }): ReportCell[] => [
    r.name,
    r.outcome.level === null ? null : r.classification.indices.output,
  ]);
  const assessed = rankRows.filter((row) => row[1] !== null);
  const top = assessed[0];
  const bottom = assessed[assessed.length - 1];
  return {
    kind: 'chart',
    id: 'output-index-ranking',
    mark: 'barHorizontal',
    title: pt('rankingTitle', lang, { month }),
    description:
      top && bottom
        ? pt('rankingDescription', lang, {
            top: top[0] as string,
            topValue: formatNumber(top[1] as number, lang),
            bottom: bottom[0] as string,
            bottomValue: formatNumber(bottom[1] as number, lang),
            noReport,
          })
        : pt('rankingEmpty', lang, { month }),
    xTitle: pt('outputIndex', lang),
    yTitle: t('kampung', lang),
    unit: 'count',
    table: {
      kind: 'table',
      columns: [
        { title: t('kampung', lang), align: 'left' },
        { title: pt('outputIndex', lang), align: 'right' },
      ],
      rows: rankRows,
    },
  };
}
