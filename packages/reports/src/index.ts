/**
 * `@kampung-kb/reports`: report templates (monthly kampung report, city recap) that build a
 * {@link ReportDocument} in Indonesian or English, and renderers to Markdown and self-contained HTML.
 *
 * ## Public reports and disclosure control
 *
 * With `public: true` in the {@link ReportContext} (`kkb report --public`) a report is fit to publish:
 * - **Primary suppression**: every count from 1 to threshold − 1 (the programme's
 *   `publicReport.smallCellThreshold`, default 5) is hidden. Zeros are shown.
 * - **Complementary suppression** ({@link suppressTable}): further counts are hidden so that no hidden
 *   count can be worked out from a total or a linked figure: the method table's total, the CPR numerator
 *   (the seven methods), the MKJP numerator (IUD + MOW + MOP + implant), the unmet-need numerator
 *   (IAT + TIAL) and PUS = users + non-users. An audit by linear programming over all of them together
 *   ({@link disclosedCells}) checks that every hidden count can still take at least two values.
 * - Every hidden figure is shown with the same mark, `×`, so a reader cannot tell a small count from a
 *   complementary one.
 * - **Derived figures**: a percentage is hidden when its numerator or denominator is (method shares, the
 *   indicators, poktan percentages, poktan participation when any of its ten figures is hidden, last
 *   month's column by last month's own pattern, the city recap by each kampung's pattern, a pooled city
 *   value when any kampung's figure behind it is hidden). A classification explanation computed from a
 *   hidden figure keeps its band and score but not its percentage, and when a score band alone would pin
 *   a hidden numerator, the denominator is hidden too.
 * - **Echoed values**: data-quality messages, which quote counts, are replaced by a text without figures
 *   naming the rule.
 * - **Audit**: {@link auditDocumentDisclosure} compares a public document with the same one built without
 *   disclosure control and lists every hidden figure a reader could work out (from the tables' sums, their
 *   footers and row totals, or a percentage beside it), every small count left shown among protected ones
 *   and any difference in shape; the tests run it on every template in both languages.
 *
 * The practice is the statistical offices' for tables (primary then secondary suppression so that no
 * suppressed cell can be recalculated from marginal totals; Hundepool et al., _Statistical Disclosure
 * Control_, Wiley 2012, ch. 5). Reports that are not public show every figure as before.
 *
 * @packageDocumentation
 */

export { chartSvg } from './charts/chartSvg.js';
export {
  type IndicatorTrendScope,
  type IndicatorTrends,
  type IndicatorTrendUnit,
  indicatorTrendChart,
  indicatorTrends,
} from './charts/indicatorTrendChart.js';
export { type CityRecapInput, cityRecap } from './cityRecap.js';
export { auditDocumentDisclosure, type DisclosureFinding } from './disclosure/auditDocumentDisclosure.js';
export { reportToCsv } from './export/reportToCsv.js';
export { dateLabel, monthLabel } from './monthLabel.js';
export { type MonthlyKampungReportInput, monthlyKampungReport } from './monthlyKampungReport.js';
export { escapeHtml, renderHtml } from './renderHtml.js';
export { renderMarkdown } from './renderMarkdown.js';
export { type ReportContext, type ReportProgramme, smallCellThreshold } from './reportContext.js';
export type {
  ReportBlock,
  ReportCell,
  ReportCellRef,
  ReportChart,
  ReportDocument,
  ReportSection,
  ReportTable,
  ReportTableRelation,
} from './reportDocument.js';
export { suppressCount, suppressPercent } from './suppressSmallCells.js';
export {
  disclosedCells,
  isSuppressed,
  type LinearRelation,
  type SuppressionPattern,
  type SuppressTableInput,
  suppressTable,
  tableWithTotals,
} from './suppressTable.js';
export {
  type ClassificationReportInput,
  classificationReport,
} from './templates/classificationReport.js';
export { type EvaluationReportInput, evaluationReport } from './templates/evaluationReport.js';
export { type InterventionMatrixInput, interventionMatrix } from './templates/interventionMatrix.js';
export { type KampungProfileInput, kampungProfile } from './templates/kampungProfile.js';
export { type ProposalFollowUpInput, proposalFollowUp } from './templates/proposalFollowUp.js';
