import { HIDDEN_MARK } from '../internal/formatCell.js';
import type { ReportCell, ReportDocument } from '../reportDocument.js';
import { exportedColumnTitle, exportedTables } from './internal/exportedTables.js';
import { machineNumber } from './internal/machineNumber.js';

/** The byte order mark that tells Excel a CSV file is UTF-8. */
const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula: starting with `=`, `+`, `-`, `@`, tab or carriage return
 * and followed by more (a lone `-` is text to every spreadsheet), unless it is a number.
 */
const FORMULA_START = /^[=+\-@\t\r][\s\S]/;

function csvValue(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    return FORMULA_START.test(cell) && Number.isNaN(Number(cell)) ? `'${cell}` : cell;
  }
  if (typeof cell === 'number') return machineNumber(cell);
  switch (cell.kind) {
    case 'hidden':
      return HIDDEN_MARK;
    case 'suppressed':
      return `<${cell.below}`;
    case 'percent':
      return cell.value === null ? '' : machineNumber(cell.value, cell.decimals ?? 1);
    case 'level':
      return cell.label;
  }
}

/** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every table of a report and every chart's numbers as CSV files, one per table, to paste into a
 * spreadsheet or load into a program.
 *
 * - **Names**: `<id>.csv` from the table's or chart's `id`; a table without an `id` is
 *   `table-<section>-<block>.csv` (its position, counted from 1, so the name is the same in `id` and `en`);
 *   a name already used gets `-2`, `-3` ….
 * - **Rows**: the column titles, the body rows, then the footer (total) rows last.
 * - **Numbers** are plain machine numbers (`1234.5`: decimal point, no grouping) so any spreadsheet or
 *   program reads them as numbers; a percentage is its number with the cell's decimals (`43.5`), and its
 *   column title says `(%)` unless it already has a `%`.
 * - **Missing** values are empty. A figure **hidden** by the disclosure control of a public report is `×`,
 *   the mark the HTML and Markdown reports use: it is text, so a spreadsheet never sums it as 0, and a
 *   reader can tell a withheld figure from a missing one. A small count suppressed on its own is `<5`.
 * - Text starting with `=`, `+`, `-`, `@`, tab or CR, longer than that character and not a number, gets a
 *   leading `'` so a spreadsheet shows it rather than running it as a formula (CSV injection).
 * - **Encoding**: UTF-8 with a byte order mark, CRLF line ends, quoting per RFC 4180. Without the mark,
 *   Excel (in an Indonesian locale as in others) reads the file in the system's code page and garbles
 *   `×`, `≥` or names with accents.
 *
 * Pure and deterministic: the same document gives the same files, in document order.
 *
 * @example
 * ```ts
 * const files = reportToCsv(cityRecap({ results, dataset }, { lang: 'en' }));
 * files[0]; // { path: 'kampung-indicators.csv', content: '\uFEFFKampung,CPR (%),…\r\n…' }
 * ```
 */
export function reportToCsv(doc: ReportDocument): { path: string; content: string }[] {
  return exportedTables(doc).map(({ name, table }) => {
    const lines = [table.columns.map((_, c) => csvField(exportedColumnTitle(table, c))).join(',')];
    for (const row of [...table.rows, ...(table.footer ?? [])]) {
      lines.push(table.columns.map((_, c) => csvField(csvValue(row[c] ?? null))).join(','));
    }
    return { path: `${name}.csv`, content: `${BOM}${lines.join('\r\n')}\r\n` };
  });
}
