import { classificationLevels, type KampungIndicators, NO_REPORT_LABEL } from '@kampung-kb/indicators';
import { type Dataset, emptyDataset, type Lang, type Region } from '@kampung-kb/model';
import { type IndicatorTrends, indicatorTrendChart, indicatorTrends } from './charts/indicatorTrendChart.js';
import { crossSectorSection } from './internal/crossSectorSection.js';
import { type KampungDisclosure, kampungDisclosure } from './internal/kampungDisclosure.js';
import { MonthlyReportIndex } from './internal/monthlyReportIndex.js';
import { outcomeCell } from './internal/outcomeCell.js';
import { readinessSection } from './internal/readinessSection.js';
import { levelsChart, outputRankingChart } from './internal/recapCharts.js';
import { kampungRows, pooled } from './internal/recapRows.js';
import { recapText } from './internal/recapTexts.js';
import { reportSubtitle } from './internal/reportSubtitle.js';
import { t } from './internal/texts.js';
import { monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportCell, ReportDocument, ReportSection } from './reportDocument.js';

/**
 * What the city recap is built from.
 *
 * @example
 * ```ts
 * const input: CityRecapInput = { results: computeKampungIndicators(dataset, '2020-12'), dataset };
 * ```
 */
export interface CityRecapInput {
  /** Every kampung's result for one month, from `computeKampungIndicators`. */
  readonly results: readonly KampungIndicators[];
  /**
   * The data set: region names (optional when the context has regions) and, for a public recap, the
   * monthly reports, so that each kampung's percentages are hidden exactly when its own public report
   * hides them. A public recap without them hides every percentage of a kampung that has a monthly report.
   */
  readonly dataset?: Pick<Dataset, 'regions'> & Partial<Omit<Dataset, 'regions'>>;
  /**
   * The trends for the results' month ({@link indicatorTrends}), when already computed (e.g. for the monthly
   * reports of the same run). Without them the city's 12-month trend is computed from `dataset`; it is left
   * out when the data set has no monthly reports (no monthly history).
   */
  readonly trends?: IndicatorTrends;
}

/**
 * The city recap for one month: how many kampung sit at each classification level, then every kampung
 * with its four indicators, three indices and level (sorted by kecamatan, then name), and a pooled city
 * row computed from summed numerators and denominators (never an average of percentages); charts of the
 * kampung per level and of the kampung ranked by the output index, and the city's 12-month trend of CPR,
 * MKJP share and unmet need ({@link indicatorTrendChart}, with `ctx.targets`; left out when `dataset` has no
 * monthly reports), each chart with its table. Percentages are rounded once to the catalogue indicator's
 * `decimals` (two), the same in a whole column; every table and chart has a stable `id`. In a public report a kampung's percentage is hidden (`×`) exactly when its
 * own public monthly report hides it (a small or complementary figure it is computed from, see
 * {@link suppressTable}), and a pooled percentage when any kampung's figures behind it are hidden.
 *
 * @example
 * ```ts
 * const results = computeKampungIndicators(dataset, '2020-12');
 * const doc = cityRecap({ results, dataset }, { lang: 'en', programme });
 * writeFileSync('recap.md', renderMarkdown(doc));
 * ```
 */
export function cityRecap(input: CityRecapInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { results } = input;
  const regions = ctx.regions ?? input.dataset?.regions;
  const period = results[0]?.period ?? '';
  const threshold = smallCellThreshold(ctx);
  const reports = new MonthlyReportIndex(input.dataset?.monthly);
  const shows = results.map((r) => kampungDisclosure(r, reports.get(r.kampungId, r.period), threshold));
  const trend = cityTrend(input, period, ctx);

  const footnotes = [t('pooledNote', lang), t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('hiddenPublic', lang, { n: threshold - 1 }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);

  return {
    lang,
    title: `${t('recapTitle', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(ctx, lang, period ? monthLabel(period, lang) : undefined),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    sections: [
      levelsSection(results, lang),
      allKampungSection(results, shows, regions, lang),
      ...(trend ? [{ title: recapText('trendSection', lang), blocks: [trend] }] : []),
      // — urun rembug warga and budget of the report's year (catalogue indicators, city level) —
      ...crossSector(input.dataset, period, lang),
      // — readiness (kkb readiness) —
      ...(ctx.programme?.readiness ? [readinessSection(ctx.programme.readiness, lang)] : []),
    ],
    footnotes,
  };
}

/** How many kampung sit at each level (and without a report), as a table and a chart. */
function levelsSection(results: readonly KampungIndicators[], lang: Lang): ReportSection {
  const counts: ReportCell[][] = classificationLevels.items.map((l) => [
    { kind: 'level', level: l.code, label: l.label[lang] },
    results.filter((r) => r.outcome.level === l.code).length,
  ]);
  // Kampung without a monthly report for the month: counted apart, never as Dasar.
  const noReport = results.filter((r) => r.outcome.level === null).length;
  if (noReport > 0)
    counts.push([
      outcomeCell({ level: null, label: NO_REPORT_LABEL, reason: 'noMonthlyReport' }, lang),
      noReport,
    ]);
  return {
    title: t('levels', lang),
    blocks: [
      {
        kind: 'table',
        id: 'kampung-levels',
        columns: [
          { title: t('level', lang), align: 'left' },
          { title: t('count', lang), align: 'right' },
        ],
        rows: counts,
        footer: [[t('total', lang), results.length]],
        // Counts of kampung (not of residents): never suppressed, but the total is declared.
        relations: [
          {
            total: { row: counts.length, column: 1 },
            parts: counts.map((_, row) => ({ row, column: 1 })),
          },
        ],
      },
      levelsChart(counts, results.length, lang),
    ],
  };
}

/** Every kampung with its indicators, indices and level, the pooled city row, and the output ranking. */
function allKampungSection(
  results: readonly KampungIndicators[],
  shows: readonly KampungDisclosure[],
  regions: readonly Region[] | undefined,
  lang: Lang,
): ReportSection {
  return {
    title: t('allKampung', lang),
    blocks: [
      {
        kind: 'table',
        id: 'all-kampung',
        columns: [
          { title: t('kampung', lang), align: 'left' },
          { title: t('kelurahan', lang), align: 'left' },
          { title: t('kecamatan', lang), align: 'left' },
          { title: t('cpr', lang), align: 'right' },
          { title: t('mkjp', lang), align: 'right' },
          { title: t('unmetNeed', lang), align: 'right' },
          { title: t('poktanShort', lang), align: 'right' },
          { title: t('input', lang), align: 'right' },
          { title: t('process', lang), align: 'right' },
          { title: t('output', lang), align: 'right' },
          { title: t('level', lang), align: 'left' },
        ],
        rows: kampungRows(results, shows, regions, lang),
        footer: [
          [
            t('cityTotal', lang),
            '',
            '',
            pooled(results, shows, 'cpr'),
            pooled(results, shows, 'mkjpShare'),
            pooled(results, shows, 'unmetNeed'),
            '',
            '',
            '',
            '',
            '',
          ],
        ],
      },
      outputRankingChart(results, lang),
    ],
  };
}

/** The proposals-and-budget section when the data set has proposals or budgets (see {@link crossSectorSection}). */
function crossSector(dataset: CityRecapInput['dataset'], period: string, lang: Lang): ReportSection[] {
  if (dataset === undefined || !/^\d{4}/.test(period)) return [];
  const section = crossSectorSection(dataset, period.slice(0, 4), lang);
  return section === undefined ? [] : [section];
}

/** The city's 12-month trend chart, or `undefined` without monthly history (see {@link CityRecapInput}). */
function cityTrend(input: CityRecapInput, period: string, ctx: ReportContext) {
  const dataset = input.dataset;
  if (!/^\d{4}-\d{2}$/.test(period)) return undefined;
  let trends = input.trends?.period === period ? input.trends : undefined;
  if (!trends) {
    if (!dataset?.monthly?.length || !dataset.kampung?.length) return undefined;
    trends = indicatorTrends({ dataset: { ...emptyDataset(), ...dataset }, period }, ctx);
  }
  return indicatorTrendChart(trends, { city: true }, ctx, { id: 'city-trend' });
}
