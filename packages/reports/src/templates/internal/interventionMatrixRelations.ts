import type { ReportTableRelation } from '../../reportDocument.js';

/** A row total: the column holding it and the columns it sums. */
export interface RowSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * The relations "footer = Σ rows" for the given columns, and "total column = Σ part columns" per row
 * (body rows and the footer row `rowCount`); a row sum without parts is left out.
 */
export function relationsOf(
  rowCount: number,
  sumColumns: readonly number[],
  rowSums: readonly RowSum[],
): ReportTableRelation[] {
  const rows = Array.from({ length: rowCount }, (_, r) => r);
  const out: ReportTableRelation[] = sumColumns.map((column) => ({
    total: { row: rowCount, column },
    parts: rows.map((row) => ({ row, column })),
  }));
  for (const s of rowSums) {
    if (s.parts.length === 0) continue;
    for (const row of [...rows, rowCount]) {
      out.push({ total: { row, column: s.total }, parts: s.parts.map((column) => ({ row, column })) });
    }
  }
  return out;
}
