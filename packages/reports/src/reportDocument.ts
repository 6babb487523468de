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
  | { readonly kind: 'percent'; readonly value: number | null }
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
  readonly caption?: string;
  readonly columns: readonly { readonly title: string; readonly align?: 'left' | 'right' }[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Rows shown bold at the end (totals). */
  readonly footer?: readonly (readonly ReportCell[])[];
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
  | ReportTable;

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
