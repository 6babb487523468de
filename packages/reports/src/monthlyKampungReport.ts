import type { KampungIndicators } from '@kampung-kb/indicators';
import type { Dataset, Issue } from '@kampung-kb/model';
import type { IndicatorTrends } from './charts/indicatorTrendChart.js';
import { MonthlyReportIndex } from './internal/monthlyReportIndex.js';
import {
  issueOfMonth,
  locationSection,
  monthlyFootnotes,
  shownMonth,
  trendSection,
} from './internal/monthlyReportParts.js';
import {
  classificationSection,
  dataQualitySection,
  interventionsSection,
  keyIndicatorsSection,
  poktanSection,
  usersSections,
} from './internal/monthlySections.js';
import { reportSubtitle } from './internal/reportSubtitle.js';
import { t } from './internal/texts.js';
import { monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportDocument, ReportSection } from './reportDocument.js';

/**
 * What the monthly kampung report is built from.
 *
 * @example
 * ```ts
 * const result = computeKampungIndicators(dataset, '2020-12').find((r) => r.kampungId === 'sungai-andai')!;
 * const previous = computeKampungIndicators(dataset, '2020-11').find((r) => r.kampungId === 'sungai-andai');
 * const input: MonthlyKampungReportInput = { dataset, result, previous, issues: validateDataset(dataset).issues };
 * ```
 */
export interface MonthlyKampungReportInput {
  /** The data set the result was computed from (for the month's report, interventions and kampung). */
  readonly dataset: Dataset;
  /** The kampung's result for the month, from `computeKampungIndicators`. */
  readonly result: KampungIndicators;
  /** The same kampung's result for the previous month, to show the change (ignored for another kampung). */
  readonly previous?: KampungIndicators;
  /**
   * Validation issues (all of the data set's). The report keeps those of this kampung whose period falls in
   * the month (a month, or a date such as an intervention's), and those of the kampung record itself.
   */
  readonly issues?: readonly Issue[];
  /**
   * The trends of every kampung for the result's month, from {@link indicatorTrends}: give them when
   * building the reports of many kampung, so the engine runs once for all (computed from `dataset` for this
   * report alone when absent or for another month).
   */
  readonly trends?: IndicatorTrends;
}

/**
 * The monthly report of one kampung: key indicators (with a column for last month's values when `previous`
 * is given), the 12-month trend of CPR, MKJP share and unmet need as a line chart with the targets of
 * `ctx.targets` ({@link indicatorTrendChart}), contraceptive users by method (table and bar chart),
 * non-users by reason, poktan participation, the classification
 * with every sub-indicator explained, the interventions dated in the month and the month's data-quality
 * issues. Percentages are rounded once, from the exact numerator and denominator, to the catalogue
 * indicator's `decimals` (two for CPR, MKJP share, unmet need, method mix and poktan participation), the
 * same in a whole column. Every table and chart has a stable `id`.
 *
 * In a public report ({@link ReportContext}) the month's figures go through {@link suppressTable}: counts
 * from 1 to threshold − 1 and the complementary figures that would give them away (from the method total,
 * the CPR and MKJP numerators, unmet need, PUS = users + non-users) are shown `×`, and so are percentages
 * and explanations computed from a hidden figure; last month's column follows last month's own pattern;
 * data-quality messages are replaced by a text without figures. Returns a {@link ReportDocument} in one
 * language; render it with {@link renderMarkdown} or {@link renderHtml}.
 *
 * @example
 * ```ts
 * const [result] = computeKampungIndicators(dataset, '2020-12');
 * const doc = monthlyKampungReport({ dataset, result }, { lang: 'id', programme, regions: dataset.regions });
 * writeFileSync('sungai-andai-2020-12.html', renderHtml(doc));
 * ```
 */
export function monthlyKampungReport(input: MonthlyKampungReportInput, ctx: ReportContext): ReportDocument {
  const { dataset, result } = input;
  const lang = ctx.lang;
  const threshold = smallCellThreshold(ctx);
  const reports = new MonthlyReportIndex(dataset.monthly);
  const month = shownMonth(reports, result, threshold);
  const previous =
    input.previous?.kampungId === result.kampungId
      ? shownMonth(reports, input.previous, threshold)
      : undefined;
  const monthly = reports.get(result.kampungId, result.period);
  const sections: ReportSection[] = [
    locationSection(dataset, result, ctx),
    keyIndicatorsSection(month, previous, monthly !== undefined, lang),
  ];
  const trend = trendSection(dataset, result, input.trends, ctx);
  if (trend) sections.push(trend);
  if (monthly) sections.push(...usersSections(monthly, month.show, lang));
  const poktan = poktanSection(month, lang);
  if (poktan) sections.push(poktan);
  sections.push(classificationSection(month, lang), interventionsSection(dataset, result, lang));
  const issues = (input.issues ?? []).filter((i) => issueOfMonth(i, result.kampungId, result.period));
  sections.push(dataQualitySection(issues, threshold !== undefined, lang));

  const footnotes = monthlyFootnotes(threshold, ctx.generatedOn, lang);
  return {
    lang,
    title: `${t('monthlyTitle', lang)}: ${result.name}`,
    subtitle: reportSubtitle(ctx, lang, monthLabel(result.period, lang)),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    sections,
    footnotes,
  };
}
