import type { ReportDocument, ReportTable } from '../../reportDocument.js';

/** A table of a document as the exports see it: its file or sheet name and what it is about. */
export interface ExportedTable {
  /** The table's `id`, the chart's `id`, or `table-<section>-<block>` (1-based) for a table without one. */
  readonly name: string;
  readonly table: ReportTable;
  /** The section's title, then the table's caption or the chart's title. */
  readonly section: string;
  readonly title: string | undefined;
  /** `rupiah` when the numbers are rupiah (a chart whose unit is rupiah). */
  readonly unit: 'percent' | 'count' | 'rupiah' | undefined;
}

/**
 * Every table of a document and every chart's table, in document order, each with a name unique in the
 * document: its `id`, or for a table without one `table-<section>-<block>` (positions counted from 1, so the
 * name does not change with the language or the caption). A name already taken gets `-2`, `-3` … .
 */
export function exportedTables(doc: ReportDocument): ExportedTable[] {
  const out: ExportedTable[] = [];
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
    taken.add(name);
    return name;
  };
  doc.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      if (block.kind === 'table') {
        out.push({
          name: unique(block.id ?? `table-${s + 1}-${b + 1}`),
          table: block,
          section: section.title,
          title: block.caption,
          unit: undefined,
        });
      } else if (block.kind === 'chart') {
        out.push({
          name: unique(block.id),
          table: block.table,
          section: section.title,
          title: block.title,
          unit: block.unit,
        });
      }
    });
  });
  return out;
}

/**
 * Whether a column holds percentages: at least one percent cell, and every other cell empty, hidden or
 * suppressed (a column mixing counts and percentages, e.g. "Value", keeps its title).
 */
export function isPercentColumn(table: ReportTable, column: number): boolean {
  let percent = false;
  for (const row of [...table.rows, ...(table.footer ?? [])]) {
    const cell = row[column] ?? null;
    if (cell === null || cell === '') continue;
    if (typeof cell !== 'object') return false;
    if (cell.kind === 'percent') percent = true;
    else if (cell.kind === 'level') return false;
  }
  return percent;
}

/** A column's title for an export: `(%)` added to a percentage column whose title has no `%`. */
export function exportedColumnTitle(table: ReportTable, column: number): string {
  const title = table.columns[column]?.title ?? '';
  return isPercentColumn(table, column) && !title.includes('%') ? `${title} (%)` : title;
}
