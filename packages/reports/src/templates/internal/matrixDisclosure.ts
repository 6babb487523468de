import { type LinearSystem, variableRanges } from '../../internal/linearBounds.js';
import {
  type LinearRelation,
  type SuppressionPattern,
  type SuppressTableInput,
  suppressTable,
} from '../../suppressTable.js';

/** A partition of the interventions into published rows (kampung, agency attribution or year). */
export interface OutputPartition {
  /** Prefix of the row cell ids (`k`, `a`, `y`). */
  readonly prefix: string;
  /** Row key → the ids of its interventions. */
  readonly rows: ReadonlyMap<string, readonly string[]>;
}

/** The figures of one resident output kind: each intervention's value and the published partitions. */
export interface OutputSystemInput {
  /** Intervention id → its value of the output (absent or 0: known to be 0 from the list). */
  readonly values: ReadonlyMap<string, number>;
  readonly partitions: readonly OutputPartition[];
  readonly threshold: number;
}

/** Id of a published row cell. */
export const rowCell = (prefix: string, key: string): string => `${prefix}:${key}`;
/** Id of the published total (the same figure in every table's footer). */
export const TOTAL_CELL = 'total';
const unitCell = (id: string): string => `x:${id}`;

/**
 * What a reader knows about one resident output kind (participants, houses renovated …): every published
 * row sum and the total, and, as unknowns, each intervention's own figure (hidden in the public list, but
 * at least 1 when positive, and known to belong to its kampung, agency attribution and year). The
 * relations are the published sums (total = Σ rows of each table) and each row = Σ its interventions, so
 * that links across tables (an agency's only intervention is a kampung's only one) are seen.
 */
export function outputSystem(input: OutputSystemInput): {
  readonly published: SuppressTableInput;
  readonly full: SuppressTableInput;
} {
  const value = (id: string) => input.values.get(id) ?? 0;
  const cells: Record<string, number> = {};
  const relations: LinearRelation[] = [];
  const unitRelations: LinearRelation[] = [];
  let total = 0;
  for (const id of input.values.keys()) total += value(id);
  for (const p of input.partitions) {
    const parts: string[] = [];
    for (const [key, ids] of p.rows) {
      const cell = rowCell(p.prefix, key);
      cells[cell] = ids.reduce((s, id) => s + value(id), 0);
      parts.push(cell);
      const positive = ids.filter((id) => value(id) > 0).map(unitCell);
      if (positive.length > 0) unitRelations.push({ total: cell, parts: positive });
    }
    relations.push({ total: TOTAL_CELL, parts });
  }
  cells[TOTAL_CELL] = total;
  const units: Record<string, number> = {};
  for (const [id, v] of input.values) if (v > 0) units[unitCell(id)] = v;
  return {
    published: { cells, relations, threshold: input.threshold },
    full: {
      cells: { ...cells, ...units },
      relations: [...relations, ...unitRelations],
      threshold: input.threshold,
    },
  };
}

/**
 * The hidden published cells a reader can work out exactly, as {@link disclosedCells} finds them (the same
 * reader's system: relations with the shown values moved right, a hidden cell at least 1 when positive),
 * but solving only for the published cells asked about, not for every intervention's unknown figure.
 */
function pinnedCells(
  input: SuppressTableInput,
  hidden: ReadonlySet<string>,
  asked: readonly string[],
): string[] {
  const ids = Object.keys(input.cells).filter((id) => hidden.has(id));
  const index = new Map(ids.map((id, k) => [id, k]));
  const value = (id: string) => input.cells[id] as number;
  const system: LinearSystem = {
    lower: ids.map((id) => (value(id) >= 1 ? 1 : 0)),
    upper: ids.map(() => Infinity),
    equations: (input.relations ?? []).flatMap((r) => {
      const coefficients = new Map<number, number>();
      let rhs = 0;
      const add = (id: string, a: number): void => {
        const k = index.get(id);
        if (k === undefined) rhs -= a * value(id);
        else coefficients.set(k, (coefficients.get(k) ?? 0) + a);
      };
      add(r.total, -1);
      for (const part of r.parts) add(part, 1);
      return coefficients.size === 0 ? [] : [{ coefficients, rhs }];
    }),
  };
  const targets = asked.filter((id) => index.has(id));
  const ranges = variableRanges(
    system,
    targets.map((id) => index.get(id) as number),
  );
  return targets.filter((_, k) => {
    const range = ranges[k];
    return range !== undefined && range.max - range.min < 0.5;
  });
}

/**
 * Disclosure control of one resident output kind over the three linked tables: {@link suppressTable} on
 * the published sums (primary and complementary suppression), then an audit ({@link disclosedCells}) of
 * the reader's whole system with each intervention's figure unknown; while a published hidden figure is
 * pinned, the smallest shown figure (of at least the threshold) in a sum linked to it through hidden
 * figures is hidden too, earliest id on ties. Returns the pattern over the published cells.
 */
export function outputPattern(input: OutputSystemInput): SuppressionPattern {
  const { published, full } = outputSystem(input);
  const first = suppressTable(published);
  const complementary = new Set(first.complementary);
  const units = Object.keys(full.cells).filter((id) => !(id in published.cells));
  const order = Object.keys(published.cells);
  const relations = full.relations ?? [];
  const hidden = (id: string) => first.primary.has(id) || complementary.has(id) || !(id in published.cells);
  for (;;) {
    const hiddenNow = new Set([...first.primary, ...complementary, ...units]);
    const asked = order.filter((id) => hiddenNow.has(id));
    const pinned = pinnedCells(full, hiddenNow, asked)[0];
    if (pinned === undefined) break;
    // The sums linked to the pinned cell through hidden cells.
    const seen = new Set([pinned]);
    let linked: LinearRelation[] = [];
    for (let grew = true; grew; ) {
      linked = relations.filter((r) => [r.total, ...r.parts].some((m) => seen.has(m)));
      const before = seen.size;
      for (const r of linked) for (const m of [r.total, ...r.parts]) if (hidden(m)) seen.add(m);
      grew = seen.size > before;
    }
    const candidates = order.filter(
      (id) =>
        !hidden(id) &&
        (published.cells[id] ?? 0) >= input.threshold &&
        linked.some((r) => r.total === id || r.parts.includes(id)),
    );
    candidates.sort(
      (a, b) => (published.cells[a] ?? 0) - (published.cells[b] ?? 0) || order.indexOf(a) - order.indexOf(b),
    );
    const next = candidates[0];
    // Unreachable: once every linked non-zero figure is hidden, doubling them all is another solution.
    if (next === undefined) break;
    complementary.add(next);
  }
  return { threshold: input.threshold, primary: first.primary, complementary };
}
