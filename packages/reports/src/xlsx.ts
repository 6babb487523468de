/**
 * `@kampung-kb/reports/xlsx`: a report as an Excel workbook ({@link reportToXlsx}). A subpath of its own
 * because exceljs is large; the main entry (`@kampung-kb/reports`) stays light for browsers.
 *
 * @packageDocumentation
 */

export { reportToXlsx } from './export/reportToXlsx.js';
