/**
 * `@kampung-kb/workbook`: Excel data-entry workbooks for Kampung KB (templates and imports).
 *
 * @packageDocumentation
 */
export {};
