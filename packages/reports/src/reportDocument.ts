import type { Lang } from '@kampung-kb/model';

/**
 * A cell of a report table: text, a number (formatted per language: `1.234,5` / `1,234.5`), `null` for a
 * missing value (shown `—`), a percentage (shown to one decimal, `43,5 %` / `43.5 %`), a small count
 * suppressed on its own (shown `<5`, see {@link suppressCount}), a figure hidden by the disclosure control
 * of public reports (`hidden`, shown `×`: a small count, or a figure that would let one work it out, see
 * {@link suppressTable}) or a classification level (shown as a badge in HTML).
 *
 * @example
 * ```ts
 * const row: ReportCell[] = ['Kampung KB Sungai Andai', 200, { kind: 'percent', value: 43.5 },
 *   { kind: 'hidden' }, { kind: 'level', level: 'mandiri', label: 'Mandiri' }];
 * ```
 */
export type ReportCell =
  | string
  | number
  | null
  | { readonly kind: 'suppressed'; readonly below: number }
  | { readonly kind: 'hidden' }
  | {
      readonly kind: 'percent';
      readonly value: number | null;
      /** Decimals shown, always that many (`42,0 %` next to `44,7 %`): the indicator's `decimals`. Default 1. */
      readonly decimals?: number;
    }
  | { readonly kind: 'level'; readonly level: string; readonly label: string };

/**
 * A table with a header row and aligned columns.
 *
 * @example
 * ```ts
 * const table: ReportTable = {
 *   kind: 'table',
 *   columns: [{ title: 'Tingkat', align: 'left' }, { title: 'Jumlah', align: 'right' }],
 *   rows: [[{ kind: 'level', level: 'dasar', label: 'Dasar' }, 12]],
 *   footer: [['Jumlah', 12]],
 * };
 * ```
 */
export interface ReportTable {
  readonly kind: 'table';
  /**
   * Stable id, unique in its document (`kampung-levels`, `method-mix`): the sheet name in XLSX, the file
   * name in CSV. Lower-case letters, digits and `-`.
   */
  readonly id?: string;
  readonly caption?: string;
  readonly columns: readonly { readonly title: string; readonly align?: 'left' | 'right' }[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Rows shown bold at the end (totals), once: never repeated on a printed page. */
  readonly footer?: readonly (readonly ReportCell[])[];
  /**
   * The sums a reader could use among the table's counts (a column's total in the footer, a row total),
   * each cell addressed by row and column; rows are numbered over `rows` then `footer`
   * (`rows.length + k` is footer row `k`). Renderers ignore them; the disclosure audit of public reports
   * checks with them that no hidden count can be worked out from the shown cells.
   */
  readonly relations?: readonly ReportTableRelation[];
}

/**
 * A cell of a {@link ReportTable} by position: `row` counts `rows` then `footer`.
 *
 * @example
 * ```ts
 * const ref: ReportCellRef = { row: 0, column: 1 };
 * ```
 */
export interface ReportCellRef {
  readonly row: number;
  readonly column: number;
}

/**
 * `total` is the sum of `parts`.
 *
 * @example
 * ```ts
 * // Column 1's footer (two body rows) is the sum of the column:
 * const r: ReportTableRelation = { total: { row: 2, column: 1 }, parts: [{ row: 0, column: 1 }, { row: 1, column: 1 }] };
 * ```
 */
export interface ReportTableRelation {
  readonly total: ReportCellRef;
  readonly parts: readonly ReportCellRef[];
}

/**
 * A chart and the numbers it shows. The numbers are a {@link ReportTable}: its first column is the
 * category (the x axis: months, methods, kampung, age bands) as text, every further column a series.
 * HTML renders the chart as inline SVG (no script, no external asset) followed by the table; Markdown,
 * CSV and XLSX carry the table. A hidden or suppressed cell, or `null`, is never plotted.
 *
 * Marks: `line` (series over ordered categories, e.g. 12 months; `targetSeries` drawn dashed), `bar`
 * (vertical bars, grouped when there are several series), `barHorizontal` (one bar per category, e.g.
 * kampung ranked or kampung per level), `stackedBar` (series stacked per category, e.g. method mix),
 * `pyramid` (exactly two series, e.g. male and female, back to back per age band).
 *
 * @example
 * ```ts
 * const chart: ReportChart = {
 *   kind: 'chart', id: 'trend-cpr', mark: 'line', title: 'CPR, Jan–Dec 2020',
 *   description: 'CPR rose from 61.0 % in January to 66.4 % in December, above the 65.0 % target from October.',
 *   yTitle: 'CPR (%)', unit: 'percent', targetSeries: [2],
 *   table: { kind: 'table', columns: [{ title: 'Month' }, { title: 'Kampung', align: 'right' }, { title: 'Target', align: 'right' }],
 *     rows: [['Jan 2020', { kind: 'percent', value: 61, decimals: 1 }, { kind: 'percent', value: 65, decimals: 1 }]] },
 * };
 * ```
 */
export interface ReportChart {
  readonly kind: 'chart';
  /** Stable id, unique in its document, as for a table. */
  readonly id: string;
  readonly mark: 'line' | 'bar' | 'barHorizontal' | 'stackedBar' | 'pyramid';
  /** The chart's title (also the SVG's `<title>`). */
  readonly title: string;
  /** The text alternative: what the chart shows, in a sentence or two, with its key figures. */
  readonly description: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** How the values read on the axis. Default `count`. */
  readonly unit?: 'percent' | 'count' | 'rupiah';
  /** Columns of `table` (by index, ≥ 1) that are targets: drawn as dashed lines. */
  readonly targetSeries?: readonly number[];
  readonly table: ReportTable;
}

/**
 * A block of a section: a paragraph, a notice (info or warning), facts (term and value pairs), a list or a
 * table.
 *
 * @example
 * ```ts
 * const block: ReportBlock = { kind: 'notice', tone: 'warning', text: 'Laporan bulanan belum ada.' };
 * ```
 */
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'notice'; readonly tone: 'info' | 'warning'; readonly text: string }
  | {
      readonly kind: 'facts';
      readonly items: readonly { readonly term: string; readonly value: ReportCell }[];
    }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | ReportTable
  | ReportChart;

/**
 * A titled section of a report.
 *
 * @example
 * ```ts
 * const section: ReportSection = { title: 'Kualitas data', blocks: [{ kind: 'list', items: ['PUS tidak seimbang'] }] };
 * ```
 */
export interface ReportSection {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/**
 * A report as data, already in one language: what the templates build and what the renderers turn into
 * Markdown or HTML. Keeping it as data lets an app render it its own way (e.g. a dashboard).
 *
 * @example
 * ```ts
 * const doc: ReportDocument = { lang: 'en', title: 'City recap', subtitle: 'December 2020',
 *   sections: [{ title: 'Levels', blocks: [{ kind: 'paragraph', text: '21 kampung' }] }], footnotes: [] };
 * renderMarkdown(doc);
 * ```
 */
export interface ReportDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle?: string;
  /** Shown before everything else, e.g. that the data are synthetic. */
  readonly banner?: string;
  readonly sections: readonly ReportSection[];
  readonly footnotes: readonly string[];
}
