import { type LinearSystem, variableRanges } from './internal/linearBounds.js';

/**
 * A published total and the published figures it is the sum of: `total = Σ parts`. The cells of a table
 * and its row or column total, or figures linked across tables (the MKJP numerator is IUD + MOW + MOP +
 * implant; the CPR numerator is the sum of the seven methods).
 *
 * @example
 * ```ts
 * const mkjp: LinearRelation = { total: 'mkjp', parts: ['iud', 'mow', 'mop', 'implant'] };
 * ```
 */
export interface LinearRelation {
  readonly total: string;
  readonly parts: readonly string[];
}

/**
 * What {@link suppressTable} protects: every published count by id (`null` = not published, e.g. missing),
 * the sums that tie them together, and the small-cell threshold.
 *
 * @example
 * ```ts
 * const input: SuppressTableInput = {
 *   cells: { a: 3, b: 40, c: 57, total: 100 },
 *   relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
 *   threshold: 5,
 * };
 * ```
 */
export interface SuppressTableInput {
  /** Published counts by id, in a stable order (the order breaks ties). */
  readonly cells: Readonly<Record<string, number | null>>;
  readonly relations?: readonly LinearRelation[];
  /**
   * Cells to hide from the start, with the complementary ones: figures that something published outside
   * the relations would give away (e.g. a score band that pins a ratio's numerator given its denominator).
   */
  readonly alsoHide?: readonly string[];
  /** Counts from 1 to `threshold - 1` are primary suppressions. */
  readonly threshold: number;
}

/**
 * Which cells to hide: `primary` (small counts, from 1 to threshold − 1) and `complementary` (larger counts
 * hidden so that no primary cell can be worked out). Reports show both with the same mark (`×`), so a
 * reader cannot tell which hidden cell is the small one.
 *
 * @example
 * ```ts
 * const p: SuppressionPattern = suppressTable(input);
 * p.primary.has('a'); // true
 * ```
 */
export interface SuppressionPattern {
  readonly threshold: number;
  readonly primary: ReadonlySet<string>;
  readonly complementary: ReadonlySet<string>;
}

/**
 * Whether a cell (or any of several cells) is hidden by a pattern; `false` for every cell when there is no
 * pattern (a report that is not public).
 *
 * @example
 * ```ts
 * isSuppressed(pattern, 'a', 'total'); // true when `a` or `total` is hidden
 * ```
 */
export function isSuppressed(pattern: SuppressionPattern | undefined, ...ids: readonly string[]): boolean {
  if (!pattern) return false;
  return ids.some((id) => pattern.primary.has(id) || pattern.complementary.has(id));
}

/** The relations a reader can use: every member published and the sum true for the data. */
function usableRelations(input: SuppressTableInput): LinearRelation[] {
  const value = (id: string): number | null | undefined => input.cells[id];
  return (input.relations ?? []).filter((r) => {
    const members = [r.total, ...r.parts].map(value);
    // Number.isFinite is false for null and undefined too (it does not coerce).
    if (members.some((v) => !Number.isFinite(v))) return false;
    const sum = r.parts.reduce((s, id) => s + (value(id) as number), 0);
    return Math.abs(sum - (value(r.total) as number)) < 1e-9;
  });
}

/**
 * What a reader knows about the hidden cells: the relations with the shown values moved to the right-hand
 * side, and that a hidden cell is at least 1 (zeros are always shown; every hidden cell, small or
 * complementary, is shown with the same mark, so nothing tells a small one from a large one).
 */
function readerSystem(
  input: SuppressTableInput,
  relations: readonly LinearRelation[],
  hidden: readonly string[],
): LinearSystem {
  const index = new Map(hidden.map((id, k) => [id, k]));
  const cell = (id: string) => input.cells[id] as number;
  return {
    lower: hidden.map((id) => (cell(id) >= 1 ? 1 : 0)),
    upper: hidden.map(() => Infinity),
    equations: relations.flatMap((r) => {
      const coefficients = new Map<number, number>();
      let rhs = 0;
      const add = (id: string, a: number): void => {
        const k = index.get(id);
        if (k === undefined) rhs -= a * cell(id);
        else coefficients.set(k, (coefficients.get(k) ?? 0) + a);
      };
      add(r.total, -1);
      for (const p of r.parts) add(p, 1);
      return coefficients.size === 0 ? [] : [{ coefficients, rhs }];
    }),
  };
}

/**
 * The hidden cells of a pattern whose value a reader can work out exactly from the shown cells and the
 * relations (by linear programming over what the reader knows, see {@link suppressTable}). An empty list
 * means the pattern protects every hidden cell.
 *
 * @example
 * ```ts
 * disclosedCells(input, { threshold: 5, primary: new Set(['a']), complementary: new Set() }); // ['a']
 * disclosedCells(input, suppressTable(input)); // []
 * ```
 */
export function disclosedCells(input: SuppressTableInput, pattern: SuppressionPattern): string[] {
  const relations = usableRelations(input);
  const hidden = Object.keys(input.cells).filter((id) => isSuppressed(pattern, id));
  const ranges = variableRanges(
    readerSystem(input, relations, hidden),
    hidden.map((_, k) => k),
  );
  return hidden.filter((_, k) => {
    const range = ranges[k];
    return range !== undefined && range.max - range.min < 0.5;
  });
}

/**
 * The cell to hide next among the relations given: the one in most of the `needy` relations (those with a
 * single hidden member), then the smallest count, then the earliest id. Only counts of at least the
 * threshold qualify (zeros and small counts never: zeros are always shown, small ones already hidden).
 */
function cheapest(
  input: SuppressTableInput,
  relations: readonly LinearRelation[],
  hidden: ReadonlySet<string>,
  order: ReadonlyMap<string, number>,
  needy: readonly LinearRelation[] = [],
): string | undefined {
  const t = input.threshold;
  const coverage = (id: string) => needy.filter((r) => r.total === id || r.parts.includes(id)).length;
  let best: { id: string; cover: number; value: number; order: number } | undefined;
  for (const r of relations) {
    for (const id of [...r.parts, r.total]) {
      const value = input.cells[id] as number;
      if (hidden.has(id) || !(value >= t)) continue;
      const c = { id, cover: coverage(id), value, order: order.get(id) ?? 0 };
      const better =
        best === undefined ||
        c.cover > best.cover ||
        (c.cover === best.cover &&
          (c.value < best.value || (c.value === best.value && c.order < best.order)));
      if (better) best = c;
    }
  }
  return best?.id;
}

function relationsOf(relations: readonly LinearRelation[], ids: readonly string[]): LinearRelation[] {
  return relations.filter((r) => ids.some((id) => r.total === id || r.parts.includes(id)));
}

/** The relations linked to a cell through hidden cells: everything a reader can combine to pin it. */
function linkedRelations(
  relations: readonly LinearRelation[],
  id: string,
  hidden: ReadonlySet<string>,
): LinearRelation[] {
  const seen = new Set<string>([id]);
  let found: LinearRelation[] = [];
  for (let grew = true; grew; ) {
    found = relationsOf(relations, [...seen]);
    const before = seen.size;
    for (const r of found) for (const m of [r.total, ...r.parts]) if (hidden.has(m)) seen.add(m);
    grew = seen.size > before;
  }
  return found;
}

/**
 * Disclosure control for a public table or a set of linked tables: primary suppression of every count
 * from 1 to `threshold - 1`, then complementary (secondary) suppression so that no hidden count can be
 * worked out from a total or from any other published figure tied to it by a relation.
 *
 * This is the statistical offices' practice for tabular data (Hundepool, Domingo-Ferrer, Franconi et al.,
 * _Statistical Disclosure Control_, Wiley 2012, ch. 4 "Magnitude tabular data" and 5 "Frequency tables":
 * primary suppression by a threshold rule, then secondary suppression so that a suppressed cell cannot be
 * recalculated from the marginal totals). Two steps:
 * 1. every relation with exactly one hidden member gets a second one: its smallest count of at least the
 *    threshold, preferring a count that also sits in other relations with a single hidden member (so that
 *    IUD, in both the method total and the MKJP numerator, protects MOW in both at once), earliest id on
 *    ties; zeros are never hidden. Repeated until no relation has a single hidden member;
 * 2. an audit solves, for every hidden cell, the smallest and largest value it can take given all shown
 *    cells, all relations together and that a hidden cell is at least 1 (a linear program;
 *    {@link disclosedCells}); while a hidden cell is pinned to a single value (e.g. two hidden cells that
 *    must add up to 2), the smallest shown count in a relation with it is hidden too, or, when that
 *    relation has none left, the smallest in the relations linked to it through hidden cells. This ends
 *    with no pinned cell: once every non-zero count so linked is hidden, doubling them all is another
 *    solution.
 *
 * Both kinds are meant to be shown with one mark: a distinct mark for small cells (`<5`) would tell a
 * reader their range, and in a table where everything is small that range alone can pin them.
 *
 * Pure and deterministic; no I/O, safe in a browser.
 *
 * @example
 * ```ts
 * // Basirih, December 2020: MOP = 3 beside six other methods and their total.
 * const p = suppressTable({
 *   cells: { iud: 52, mow: 15, mop: 3, condom: 77, implant: 66, injectable: 459, pill: 232, users: 904 },
 *   relations: [{ total: 'users', parts: ['iud', 'mow', 'mop', 'condom', 'implant', 'injectable', 'pill'] }],
 *   threshold: 5,
 * });
 * // p.primary: { 'mop' }, p.complementary: { 'mow' } (the smallest other count)
 * ```
 */
export function suppressTable(input: SuppressTableInput): SuppressionPattern {
  const t = input.threshold;
  const ids = Object.keys(input.cells);
  const order = new Map(ids.map((id, k) => [id, k]));
  const primary = new Set(
    ids.filter((id) => {
      const v = input.cells[id];
      return v !== null && v !== undefined && v > 0 && v < t;
    }),
  );
  const complementary = new Set<string>();
  const hidden = new Set(primary);
  const relations = usableRelations(input);
  const hide = (id: string): void => {
    complementary.add(id);
    hidden.add(id);
  };
  for (const id of input.alsoHide ?? []) {
    const v = input.cells[id];
    if (v !== null && v !== undefined && !hidden.has(id)) hide(id);
  }
  const single = (r: LinearRelation) => [r.total, ...r.parts].filter((id) => hidden.has(id)).length === 1;
  // Step 1: no relation with a single hidden member.
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of relations) {
      if (!single(r)) continue;
      const next = cheapest(input, [r], hidden, order, relations.filter(single));
      if (next === undefined) continue;
      hide(next);
      changed = true;
    }
  }
  // Step 2: audit all relations together; hide more while a cell is pinned.
  for (;;) {
    const first = disclosedCells(input, { threshold: t, primary, complementary })[0];
    if (first === undefined) break;
    const next =
      cheapest(input, relationsOf(relations, [first]), hidden, order) ??
      cheapest(input, linkedRelations(relations, first, hidden), hidden, order);
    // Unreachable: once every non-zero count linked to a pinned cell is hidden, doubling all of them is
    // another solution, so no cell stays pinned.
    if (next === undefined) break;
    hide(next);
  }
  return { threshold: t, primary, complementary };
}

/**
 * Cells and relations of a two-way table with row totals, column totals and a grand total: cell ids
 * `r<i>c<j>`, row totals `r<i>`, column totals `c<j>`, grand total `total`. For {@link suppressTable}.
 *
 * @example
 * ```ts
 * const table = tableWithTotals([[3, 40], [12, 9]]);
 * table.cells; // { r0c0: 3, r0c1: 40, r1c0: 12, r1c1: 9, r0: 43, r1: 21, c0: 15, c1: 49, total: 64 }
 * suppressTable({ ...table, threshold: 5 });
 * ```
 */
export function tableWithTotals(values: readonly (readonly number[])[]): {
  readonly cells: Record<string, number>;
  readonly relations: LinearRelation[];
} {
  const cells: Record<string, number> = {};
  const relations: LinearRelation[] = [];
  const width = Math.max(0, ...values.map((r) => r.length));
  values.forEach((row, i) => {
    for (let j = 0; j < width; j++) cells[`r${i}c${j}`] = row[j] ?? 0;
  });
  let total = 0;
  values.forEach((_, i) => {
    const parts = Array.from({ length: width }, (_, j) => `r${i}c${j}`);
    cells[`r${i}`] = parts.reduce((s, id) => s + (cells[id] as number), 0);
    total += cells[`r${i}`] as number;
    relations.push({ total: `r${i}`, parts });
  });
  for (let j = 0; j < width; j++) {
    const parts = values.map((_, i) => `r${i}c${j}`);
    cells[`c${j}`] = parts.reduce((s, id) => s + (cells[id] as number), 0);
    relations.push({ total: `c${j}`, parts });
  }
  cells.total = total;
  relations.push({ total: 'total', parts: values.map((_, i) => `r${i}`) });
  relations.push({ total: 'total', parts: Array.from({ length: width }, (_, j) => `c${j}`) });
  return { cells, relations };
}
