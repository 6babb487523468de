import type { ReportCell, ReportChart, ReportDocument, ReportTable } from '../reportDocument.js';
import { disclosedCells, type SuppressTableInput } from '../suppressTable.js';

/** Every table of a document, a chart's table included, with the id of the table or of its chart. */
export function tablesOf(
  doc: ReportDocument,
): { id: string | undefined; table: ReportTable; chart?: ReportChart }[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.kind === 'table') return [{ id: b.id, table: b }];
      if (b.kind === 'chart') return [{ id: b.id, table: b.table, chart: b }];
      return [];
    }),
  );
}

/** The structure of a document without its cells: what must be equal for a public document and its twin. */
export function shapeOf(doc: ReportDocument): unknown {
  return doc.sections.map((s) => ({
    title: s.title,
    blocks: s.blocks.map((b) => {
      if (b.kind === 'table' || b.kind === 'chart') {
        const t = b.kind === 'table' ? b : b.table;
        return {
          kind: b.kind,
          id: b.id,
          columns: t.columns.map((c) => c.title),
          rows: t.rows.length,
          footer: t.footer?.length ?? 0,
          relations: t.relations ?? [],
        };
      }
      if (b.kind === 'facts') return { kind: b.kind, terms: b.items.map((i) => i.term) };
      return { kind: b.kind };
    }),
  }));
}

function isHidden(cell: ReportCell | undefined): boolean {
  return cell !== null && typeof cell === 'object' && cell.kind === 'hidden';
}

/**
 * The hidden cells of a public table that a reader can work out from its shown cells and relations, by
 * {@link disclosedCells} on the full table's numbers (cells addressed `row:column`).
 */
export function derivableCells(full: ReportTable, pub: ReportTable): string[] {
  const rows = [...full.rows, ...(full.footer ?? [])];
  const shown = [...pub.rows, ...(pub.footer ?? [])];
  const cells: Record<string, number | null> = {};
  const hidden = new Set<string>();
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell !== 'number') return;
      cells[`${r}:${c}`] = cell;
      if (isHidden(shown[r]?.[c])) hidden.add(`${r}:${c}`);
    });
  });
  const key = (ref: { row: number; column: number }) => `${ref.row}:${ref.column}`;
  const input: SuppressTableInput = {
    cells,
    relations: (full.relations ?? []).map((rel) => ({ total: key(rel.total), parts: rel.parts.map(key) })),
    threshold: 5,
  };
  return disclosedCells(input, { threshold: 5, primary: new Set(), complementary: hidden });
}

/** The positions (`row:column`) of the hidden cells of a table. */
export function hiddenCells(table: ReportTable): string[] {
  return [...table.rows, ...(table.footer ?? [])].flatMap((row, r) =>
    row.flatMap((cell, c) => (isHidden(cell) ? [`${r}:${c}`] : [])),
  );
}
