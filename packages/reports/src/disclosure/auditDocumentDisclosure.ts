import { roundDecimal } from '@kampung-kb/indicators';
import type { Label } from '@kampung-kb/model';
import { percentFits } from '../internal/percentFits.js';
import type {
  ReportBlock,
  ReportCell,
  ReportCellRef,
  ReportDocument,
  ReportTable,
  ReportTableRelation,
} from '../reportDocument.js';
import { disclosedCells, type LinearRelation, type SuppressionPattern } from '../suppressTable.js';

/**
 * One problem the disclosure audit found in a public report:
 * - `derivable`: a hidden cell whose value a reader can work out exactly from the shown cells and the
 *   table's sums (by linear programming, {@link disclosedCells});
 * - `smallCount`: a count from 1 to threshold − 1 shown in a group of sums that the template put under
 *   disclosure control (a group with a hidden cell), which primary suppression should have hidden;
 * - `altered`: a number shown in the public report that differs from the full report (a public report
 *   may only hide figures, never change them);
 * - `structure`: the two documents differ in shape (sections, blocks, table or chart ids, columns, rows,
 *   relations), or the full report hides a cell itself, so the audit cannot compare them.
 *
 * @example
 * ```ts
 * const f: DisclosureFinding = {
 *   tableId: 'methods', cell: { row: 2, column: 1 }, kind: 'derivable',
 *   message: { id: 'Sel tersembunyi …', en: 'Hidden cell …' },
 * };
 * ```
 */
export interface DisclosureFinding {
  /** The table's or chart's id; `section <i> block <j>` when it has none; `document` for the whole. */
  readonly tableId: string;
  /** The cell concerned (rows numbered over `rows` then `footer`), when the finding is about one. */
  readonly cell?: ReportCellRef;
  readonly kind: 'derivable' | 'smallCount' | 'altered' | 'structure';
  readonly message: Label;
}

const cellId = (ref: ReportCellRef): string => `r${ref.row}c${ref.column}`;

function allRows(t: ReportTable): readonly (readonly ReportCell[])[] {
  return [...t.rows, ...(t.footer ?? [])];
}

function cellAt(t: ReportTable, ref: ReportCellRef): ReportCell | undefined {
  return allRows(t)[ref.row]?.[ref.column];
}

/** What a reader does not see: `×` (hidden) or `<5` (suppressed: seen as hidden; the mark tells more). */
function isHidden(c: ReportCell | undefined): boolean {
  return typeof c === 'object' && c !== null && (c.kind === 'hidden' || c.kind === 'suppressed');
}

const where = (ref: ReportCellRef): Label => ({
  id: `baris ${ref.row + 1}, kolom ${ref.column + 1}`,
  en: `row ${ref.row + 1}, column ${ref.column + 1}`,
});

/**
 * The sums a reader can use in a table: the ones the template declared (`relations`) and the ones the
 * table's shape shows without saying: a footer cell that is the sum of its column's body rows, and a
 * column that is the sum of the other all-number columns in every row (a row total). Inferred sums are
 * checked on the full document's values, so a coincidence in one row does not make one.
 */
function readerRelations(full: ReportTable): ReportTableRelation[] {
  const out: ReportTableRelation[] = [...(full.relations ?? [])];
  const key = (r: ReportTableRelation) => `${cellId(r.total)}=${r.parts.map(cellId).sort().join('+')}`;
  const seen = new Set(out.map(key));
  const add = (r: ReportTableRelation) => {
    if (r.parts.length < 2 || seen.has(key(r))) return;
    seen.add(key(r));
    out.push(r);
  };
  const width = Math.max(0, ...allRows(full).map((r) => r.length));
  const body = full.rows;
  const num = (c: ReportCell | undefined): c is number => typeof c === 'number';
  // Footer totals of a column.
  (full.footer ?? []).forEach((f, k) => {
    for (let j = 0; j < width; j++) {
      const total = f[j];
      if (!num(total) || body.length < 2 || !body.every((r) => num(r[j]))) continue;
      const sum = body.reduce((s, r) => s + (r[j] as number), 0);
      if (sum === total)
        add({
          total: { row: body.length + k, column: j },
          parts: body.map((_, i) => ({ row: i, column: j })),
        });
    }
  });
  // Row totals: a column equal, in every row, to the sum of the other all-number columns.
  const rows = allRows(full);
  const numberColumns = Array.from({ length: width }, (_, j) => j).filter(
    (j) => rows.length >= 2 && rows.every((r) => num(r[j])),
  );
  if (numberColumns.length >= 3) {
    for (const j of numberColumns) {
      const others = numberColumns.filter((x) => x !== j);
      const holds = rows.every((r) => others.reduce((s, x) => s + (r[x] as number), 0) === r[j]);
      if (!holds) continue;
      rows.forEach((_, i) => {
        add({ total: { row: i, column: j }, parts: others.map((x) => ({ row: i, column: x })) });
      });
    }
  }
  return out;
}

/** Connected groups of cells tied by relations (union–find over cell ids). */
function groups(relations: readonly LinearRelation[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const rel of relations) {
    const ids = [rel.total, ...rel.parts];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0] as string));
  }
  const out = new Map<string, string>();
  for (const id of parent.keys()) out.set(id, find(id));
  return out;
}

/** A finding about one cell, its message built from the cell's bilingual place (`baris …, kolom …`). */
function cellFinding(
  tableId: string,
  ref: ReportCellRef,
  kind: DisclosureFinding['kind'],
  text: (w: Label) => Label,
): DisclosureFinding {
  return { tableId, cell: ref, kind, message: text(where(ref)) };
}

/**
 * Shown numbers must be the full document's: a number that differs is `altered`; a cell the full report
 * hides itself (so it cannot be compared) and the public one shows is `structure`.
 */
function alteredCells(tableId: string, pub: ReportTable, full: ReportTable): DisclosureFinding[] {
  const findings: DisclosureFinding[] = [];
  const rows = allRows(full);
  allRows(pub).forEach((r, i) => {
    r.forEach((c, j) => {
      const ref = { row: i, column: j };
      const truth = rows[i]?.[j];
      if (isHidden(truth)) {
        if (!isHidden(c)) {
          findings.push(
            cellFinding(tableId, ref, 'structure', (w) => ({
              id: `Tabel ${tableId}, ${w.id}: laporan lengkap menyembunyikan sel ini, jadi nilainya tidak dapat diperiksa.`,
              en: `Table ${tableId}, ${w.en}: the full report hides this cell, so its value cannot be checked.`,
            })),
          );
        }
        return;
      }
      if (typeof c === 'number' && c !== truth) {
        findings.push(
          cellFinding(tableId, ref, 'altered', (w) => ({
            id: `Tabel ${tableId}, ${w.id}: angka yang ditampilkan berbeda dengan laporan lengkap.`,
            en: `Table ${tableId}, ${w.en}: the number shown differs from the full report.`,
          })),
        );
      }
    });
  });
  return findings;
}

/**
 * The sums a reader can use, as a linear system over cell ids: the relations, the full values of their
 * cells (`null` when not a number), each id's cell and the ids the public table hides.
 */
interface ReaderSystem {
  readonly relations: LinearRelation[];
  readonly cells: Record<string, number | null>;
  readonly refs: Map<string, ReportCellRef>;
  readonly hidden: Set<string>;
}

function readerSystem(pub: ReportTable, full: ReportTable): ReaderSystem {
  const declared = readerRelations(full);
  const relations: LinearRelation[] = declared.map((r) => ({
    total: cellId(r.total),
    parts: r.parts.map(cellId),
  }));
  const cells: Record<string, number | null> = {};
  const refs = new Map<string, ReportCellRef>();
  for (const r of declared) {
    for (const ref of [r.total, ...r.parts]) {
      const v = cellAt(full, ref);
      cells[cellId(ref)] = typeof v === 'number' ? v : null;
      refs.set(cellId(ref), ref);
    }
  }
  const hidden = new Set([...refs].filter(([, ref]) => isHidden(cellAt(pub, ref))).map(([id]) => id));
  return { relations, cells, refs, hidden };
}

/**
 * Hidden cells a reader can work out: from the shown cells and the sums (linear programming), then from a
 * percentage shown (each cell once, the sums' finding first).
 */
function derivableCells(
  tableId: string,
  pub: ReportTable,
  full: ReportTable,
  system: ReaderSystem,
  threshold: number,
): DisclosureFinding[] {
  const { relations, cells, refs, hidden } = system;
  const findings: DisclosureFinding[] = [];
  const pattern: SuppressionPattern = { threshold, primary: hidden, complementary: new Set() };
  for (const id of disclosedCells({ cells, relations, threshold }, pattern)) {
    findings.push(
      cellFinding(tableId, refs.get(id) as ReportCellRef, 'derivable', (w) => ({
        id: `Tabel ${tableId}, ${w.id}: sel tersembunyi dapat dihitung dari sel yang ditampilkan dan jumlahnya.`,
        en: `Table ${tableId}, ${w.en}: a hidden cell can be worked out from the shown cells and totals.`,
      })),
    );
  }
  const derived = new Set(findings.map((f) => cellId(f.cell as ReportCellRef)));
  for (const ref of percentLeaks(pub, full)) {
    if (derived.has(cellId(ref))) continue;
    findings.push(
      cellFinding(tableId, ref, 'derivable', (w) => ({
        id: `Tabel ${tableId}, ${w.id}: sel tersembunyi dapat dihitung dari persentase yang ditampilkan.`,
        en: `Table ${tableId}, ${w.en}: a hidden cell can be worked out from a percentage shown.`,
      })),
    );
  }
  return findings;
}

/** Small counts (1 to threshold − 1) shown in a group of sums under disclosure control (one with a hidden cell). */
function smallCounts(
  tableId: string,
  pub: ReportTable,
  system: ReaderSystem,
  threshold: number,
): DisclosureFinding[] {
  const findings: DisclosureFinding[] = [];
  const group = groups(system.relations);
  const controlled = new Set([...system.hidden].map((id) => group.get(id)));
  for (const [id, ref] of system.refs) {
    const c = cellAt(pub, ref);
    if (typeof c !== 'number' || c < 1 || c >= threshold || !controlled.has(group.get(id))) continue;
    findings.push(
      cellFinding(tableId, ref, 'smallCount', (w) => ({
        id: `Tabel ${tableId}, ${w.id}: angka kecil (1 sampai ${threshold - 1}) ditampilkan di antara angka yang dilindungi.`,
        en: `Table ${tableId}, ${w.en}: a small count (1 to ${threshold - 1}) is shown among protected figures.`,
      })),
    );
  }
  return findings;
}

/** Every finding of one table pair: altered or uncheckable cells, derivable hidden cells, small counts. */
function auditTable(
  tableId: string,
  pub: ReportTable,
  full: ReportTable,
  threshold: number,
): DisclosureFinding[] {
  const system = readerSystem(pub, full);
  return [
    ...alteredCells(tableId, pub, full),
    ...derivableCells(tableId, pub, full, system, threshold),
    ...smallCounts(tableId, pub, system, threshold),
  ];
}

/** Decimals a percentage cell is shown with (as formatCell: default 1). */
const decimalsOf = (c: { readonly decimals?: number }) => c.decimals ?? 1;

/**
 * Hidden counts a shown percentage gives back: for each shown percentage and each hidden count in its row,
 * the shown number in the row (or the column's footer, for a share of a total) that, with the true hidden
 * value, makes that percentage (numerator or denominator); when a single whole number fits, the cell is
 * derivable.
 */
function percentLeaks(pub: ReportTable, full: ReportTable): ReportCellRef[] {
  const found = new Map<string, ReportCellRef>();
  const pubRows = allRows(pub);
  const fullRows = allRows(full);
  const footerStart = pub.rows.length;
  pubRows.forEach((row, i) => {
    row.forEach((c, k) => {
      const f = fullRows[i]?.[k];
      if (typeof c !== 'object' || c === null || c.kind !== 'percent' || c.value === null) return;
      if (typeof f !== 'object' || f === null || f.kind !== 'percent' || f.value === null) return;
      const d = decimalsOf(c);
      const shown = roundDecimal(c.value, d);
      row.forEach((h, j) => {
        const truth = fullRows[i]?.[j];
        if (!isHidden(h) || typeof truth !== 'number' || truth < 1) return;
        // Partners a reader can see: numbers shown in the row, and the column's shown footer cells.
        const partners: number[] = [];
        row.forEach((x, y) => {
          if (y !== j && typeof x === 'number') partners.push(x);
        });
        for (let r = footerStart; r < pubRows.length; r++) {
          const x = pubRows[r]?.[j];
          if (r !== i && typeof x === 'number') partners.push(x);
        }
        for (const other of partners) {
          if (other <= 0) continue;
          for (const asNumerator of [true, false]) {
            const ratio = asNumerator ? (truth / other) * 100 : (other / truth) * 100;
            if (roundDecimal(ratio, d) !== shown) continue;
            const fits = percentFits(shown, other, asNumerator, d);
            if (fits.length === 1 && fits[0] === truth)
              found.set(cellId({ row: i, column: j }), { row: i, column: j });
          }
        }
      });
    });
  });
  return [...found.values()];
}

/** Shape differences between two tables (same id expected), or none. */
function tableShape(tableId: string, pub: ReportTable, full: ReportTable): string[] {
  const out: string[] = [];
  if (pub.id !== full.id) out.push(`id ${String(pub.id)} ≠ ${String(full.id)}`);
  if (pub.columns.length !== full.columns.length) out.push('columns');
  else if (pub.columns.some((c, j) => c.title !== full.columns[j]?.title)) out.push('column titles');
  if (pub.rows.length !== full.rows.length) out.push('rows');
  if ((pub.footer ?? []).length !== (full.footer ?? []).length) out.push('footer');
  const a = allRows(pub);
  const b = allRows(full);
  if (a.length === b.length && a.some((r, i) => r.length !== b[i]?.length)) out.push('row width');
  if (JSON.stringify(pub.relations ?? []) !== JSON.stringify(full.relations ?? [])) out.push('relations');
  return out.map((x) => `${tableId}: ${x}`);
}

function structure(tableId: string, what: string): DisclosureFinding {
  return {
    tableId,
    kind: 'structure',
    message: {
      id: `Laporan publik dan laporan lengkap berbeda bentuk (${what}).`,
      en: `The public and the full report differ in shape (${what}).`,
    },
  };
}

function blockId(block: ReportBlock, s: number, b: number): string {
  if (block.kind === 'chart') return block.id;
  if (block.kind === 'table' && block.id !== undefined) return block.id;
  return `section ${s + 1} block ${b + 1}`;
}

/**
 * The disclosure audit of a public report: compares it with the same report built without disclosure
 * control (`fullDoc`: the same template, input and language, `public` off) and returns every way a reader
 * of the public one could learn a hidden figure. An empty list means the public report is safe by these
 * checks.
 *
 * The two documents are walked in parallel: same sections, blocks, table and chart ids, columns, rows and
 * relations (a public report differs only in its cells; any other difference is a `structure` finding and
 * the block is not audited further). For every table and chart table:
 * - the sums a reader can use are the table's `relations` plus those its shape shows (a footer cell that is
 *   its column's sum, a row-total column), kept when the full values satisfy them;
 * - every hidden cell (`×`, or `<5`) in them goes through {@link disclosedCells} with the true values:
 *   a cell pinned to a single value given all shown cells, all sums together and that a hidden count is at
 *   least 1 is `derivable`;
 * - a shown count from 1 to `threshold − 1` in a group of sums that has a hidden cell is a `smallCount`;
 * - a hidden count is also `derivable` when a percentage shown in its row is that count over a number
 *   shown in the row or in its column's footer (or that number over the count) and a single whole number
 *   fits the percentage as shown;
 * - a shown number that differs from the full report is `altered`.
 *
 * Limits: the document model does not say which columns count people, so small counts are checked only
 * in groups of sums that hold a hidden cell (a small count of people in a table with no hidden cell and no
 * relation is not flagged); sums across tables (a figure in one table that is the total of another) are
 * seen only when the template declares them inside one table; a percentage is turned back into a count only
 * within its row (or with its column's footer), not across tables or from two hidden figures; a `<5` mark is taken as a hidden cell of at least 1 (the mark tells a reader
 * more: use `×`). Pure, no I/O; runs in a browser.
 *
 * @example
 * ```ts
 * const full = cityRecap({ results, dataset }, { lang: 'en' });
 * const pub = cityRecap({ results, dataset }, { lang: 'en', public: true });
 * auditDocumentDisclosure(pub, full, smallCellThreshold({ lang: 'en', public: true }) ?? 5); // []
 * ```
 */
export function auditDocumentDisclosure(
  publicDoc: ReportDocument,
  fullDoc: ReportDocument,
  threshold: number,
): DisclosureFinding[] {
  const findings: DisclosureFinding[] = [];
  if (publicDoc.lang !== fullDoc.lang) findings.push(structure('document', 'lang'));
  if (publicDoc.sections.length !== fullDoc.sections.length) {
    findings.push(structure('document', 'sections'));
    return findings;
  }
  publicDoc.sections.forEach((section, s) => {
    const fullSection = fullDoc.sections[s];
    if (!fullSection || section.title !== fullSection.title) {
      findings.push(structure(`section ${s + 1}`, 'section title'));
      return;
    }
    if (section.blocks.length !== fullSection.blocks.length) {
      findings.push(structure(`section ${s + 1}`, 'blocks'));
      return;
    }
    section.blocks.forEach((block, b) => {
      const other = fullSection.blocks[b] as ReportBlock;
      const id = blockId(block, s, b);
      if (block.kind !== other.kind) {
        findings.push(structure(id, `${block.kind} ≠ ${other.kind}`));
        return;
      }
      if (block.kind === 'facts' && other.kind === 'facts') {
        if (block.items.length !== other.items.length) findings.push(structure(id, 'facts'));
        return;
      }
      let pair: [ReportTable, ReportTable] | undefined;
      if (block.kind === 'table' && other.kind === 'table') pair = [block, other];
      if (block.kind === 'chart' && other.kind === 'chart') {
        if (block.id !== other.id || block.mark !== other.mark) {
          findings.push(structure(id, 'chart id or mark'));
          return;
        }
        pair = [block.table, other.table];
      }
      if (!pair) return;
      const shape = tableShape(id, pair[0], pair[1]);
      if (shape.length > 0) {
        findings.push(structure(id, shape.join('; ')));
        return;
      }
      findings.push(...auditTable(id, pair[0], pair[1], threshold));
    });
  });
  return findings;
}
