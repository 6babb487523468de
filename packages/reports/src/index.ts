/**
 * `@kampung-kb/reports`: report templates (monthly kampung report, city recap) that build a
 * {@link ReportDocument} in Indonesian or English, and renderers to Markdown and self-contained HTML.
 *
 * @packageDocumentation
 */

export { type CityRecapInput, cityRecap } from './cityRecap.js';
export { dateLabel, monthLabel } from './monthLabel.js';
export { type MonthlyKampungReportInput, monthlyKampungReport } from './monthlyKampungReport.js';
export { escapeHtml, renderHtml } from './renderHtml.js';
export { renderMarkdown } from './renderMarkdown.js';
export { type ReportContext, type ReportProgramme, smallCellThreshold } from './reportContext.js';
export type {
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportSection,
  ReportTable,
} from './reportDocument.js';
export { suppressCount, suppressPercent } from './suppressSmallCells.js';
