import type { ReportCell, ReportChart, ReportDocument, ReportTable } from '../reportDocument.js';

/** Every table of a document, the charts' tables included, in order. */
export function allTables(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : [])),
  ) as ReportTable[];
}

/** The table (or chart) of a document with an id; throws when missing (tests only). */
export function tableById(doc: ReportDocument, id: string): ReportTable {
  const found = allTables(doc).find((t) => t.id === id);
  if (found === undefined || found.kind !== 'table') throw new Error(`no table ${id}`);
  return found;
}

/** The chart of a document with an id; throws when missing (tests only). */
export function chartById(doc: ReportDocument, id: string): ReportChart {
  const found = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart' && b.id === id);
  if (found === undefined || found.kind !== 'chart') throw new Error(`no chart ${id}`);
  return found;
}

/** Every id of a document's tables and charts (chart tables included). */
export function blockIds(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'table' ? [b.id ?? ''] : b.kind === 'chart' ? [b.id, b.table.id ?? ''] : [],
    ),
  );
}

/** A cell by the relations' numbering (rows, then footer). */
export function cellAt(table: ReportTable, row: number, column: number): ReportCell | undefined {
  const rows = [...table.rows, ...(table.footer ?? [])];
  return rows[row]?.[column];
}

/** The relations of a table whose members are all numbers and do not add up (empty = all hold). */
export function brokenRelations(table: ReportTable): string[] {
  const out: string[] = [];
  for (const r of table.relations ?? []) {
    const total = cellAt(table, r.total.row, r.total.column);
    const parts = r.parts.map((p) => cellAt(table, p.row, p.column));
    if (typeof total !== 'number' || parts.some((p) => typeof p !== 'number')) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) > 1e-9) out.push(`${table.id} ${JSON.stringify(r.total)}: ${sum} ≠ ${total}`);
  }
  return out;
}

/** The shape of a document: sections, blocks, ids, columns and row counts, without the cells. */
export function shape(doc: ReportDocument): unknown {
  return doc.sections.map((s) => ({
    title: s.title,
    blocks: s.blocks.map((b) =>
      b.kind === 'table'
        ? {
            id: b.id,
            columns: b.columns,
            rows: b.rows.length,
            footer: b.footer?.length ?? 0,
            relations: b.relations,
          }
        : b.kind === 'chart'
          ? { id: b.id, mark: b.mark, columns: b.table.columns, rows: b.table.rows.length }
          : { kind: b.kind },
    ),
  }));
}
