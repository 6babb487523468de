import type { Lang } from '@kampung-kb/model';

/** A cell of a report table: text, a number (formatted per language) or an empty/suppressed marker. */
export type ReportCell =
  | string
  | number
  | null
  | { readonly kind: 'suppressed'; readonly below: number }
  | { readonly kind: 'percent'; readonly value: number | null }
  | { readonly kind: 'level'; readonly level: string; readonly label: string };

/** A table with a header row and aligned columns. */
export interface ReportTable {
  readonly kind: 'table';
  readonly caption?: string;
  readonly columns: readonly { readonly title: string; readonly align?: 'left' | 'right' }[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Rows shown bold at the end (totals). */
  readonly footer?: readonly (readonly ReportCell[])[];
}

/** A block of a section. */
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'notice'; readonly tone: 'info' | 'warning'; readonly text: string }
  | {
      readonly kind: 'facts';
      readonly items: readonly { readonly term: string; readonly value: ReportCell }[];
    }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | ReportTable;

/** A titled section of a report. */
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
