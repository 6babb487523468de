import { describe, expect, it } from 'vitest';
import { disclosedCells, type SuppressTableInput, suppressTable } from './suppressTable.js';

// Worked values for `pnpm mutate -- --module disclosure` (docs/mutation-testing.md). Every expected pattern
// below is worked out by hand on a tiny table; the comments give the reader's equations ("x + y = 8" means
// the shown cells of a relation leave x + y = 8 for its hidden cells) and the bounds a reader knows (a
// hidden cell whose true count is at least 1 is at least 1).

const sorted = (s: ReadonlySet<string>) => [...s].sort();
const pattern = (primary: string[], complementary: string[] = []) => ({
  threshold: 5,
  primary: new Set(primary),
  complementary: new Set(complementary),
});

describe('which relations a reader can use', () => {
  it('leaves out a relation with a missing member even when the other members add up without it', () => {
    // 3 + 10 = 13 = total, but b is missing (null): the relation total = a + b + c is not published as a
    // whole, so a = 3 needs no complementary cell. Were null read as 0, c (10, smaller than 13) would be hidden.
    const p = suppressTable({
      cells: { a: 3, b: null, c: 10, total: 13 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a']);
    expect(sorted(p.complementary)).toEqual([]);
  });

  it('leaves out a relation that does not add up (3 + 10 ≠ 20)', () => {
    const input: SuppressTableInput = {
      cells: { a: 3, b: 10, total: 20 },
      relations: [{ total: 'total', parts: ['a', 'b'] }],
      threshold: 5,
    };
    expect(sorted(suppressTable(input).complementary)).toEqual([]);
    // Nor does the audit use it: a alone hidden stays unknown (a ≥ 1, nothing else).
    expect(disclosedCells(input, pattern(['a']))).toEqual([]);
  });

  it('uses a relation that misses its total by less than 1e-9, not one that misses it by 1e-9', () => {
    // Hidden a with b = 0 and total = 0: through the relation a = 0 − 0 = 0 exactly, so a is pinned. a's
    // true value (5e-10 or 1e-9) is below 1, so the reader only knows a ≥ 0 and, without the relation,
    // a ∈ [0, ∞): not pinned. |1e-9 − 0| = 1e-9 is not < 1e-9 (the tolerance is exclusive).
    const near = { cells: { a: 5e-10, b: 0, total: 0 }, relations: [{ total: 'total', parts: ['a', 'b'] }] };
    const off = { cells: { a: 1e-9, b: 0, total: 0 }, relations: [{ total: 'total', parts: ['a', 'b'] }] };
    expect(disclosedCells({ ...near, threshold: 5 }, pattern(['a']))).toEqual(['a']);
    expect(disclosedCells({ ...off, threshold: 5 }, pattern(['a']))).toEqual([]);
  });

  it('ignores a relation with every member shown, even when its floating-point sum does not cancel', () => {
    // Beyond 2^53: 1e16 + 1 + 1 rounds to 1e16 (ties to even), so the relation "holds", while
    // 1e16 − 1e16 − 1 − 1 = −2. With no hidden member it tells the reader nothing, so it must not become
    // the equation 0 = −2 (which would make the reader's system unsolvable and hide the pinned x).
    // x: 52 − 50 = 2, pinned by the second relation.
    const input: SuppressTableInput = {
      cells: { big: 1e16, one: 1, another: 1, sum: 1e16, x: 2, y: 50, t: 52 },
      relations: [
        { total: 'sum', parts: ['big', 'one', 'another'] },
        { total: 't', parts: ['x', 'y'] },
      ],
      threshold: 5,
    };
    expect(disclosedCells(input, pattern(['x']))).toEqual(['x']);
  });
});

describe('disclosedCells', () => {
  it('knows a hidden zero only as at least 0, and a hidden count of 1 or more as at least 1', () => {
    // z = 0 and a = 2 hidden, b = 50 and total = 52 shown: z + a = 2. With z ≥ 0 and a ≥ 1: z ∈ [0, 1],
    // a ∈ [1, 2], neither pinned. (Were z taken as ≥ 1 too, z = a = 1 would be pinned.)
    const input: SuppressTableInput = {
      cells: { z: 0, a: 2, b: 50, total: 52 },
      relations: [{ total: 'total', parts: ['z', 'a', 'b'] }],
      threshold: 5,
    };
    expect(disclosedCells(input, pattern(['a'], ['z']))).toEqual([]);
    // Through suppressTable: z hidden on request (alsoHide) beside the small a; the relation already has
    // two hidden members and neither is pinned, so nothing else is hidden (not b).
    const p = suppressTable({ ...input, alsoHide: ['z'] });
    expect(sorted(p.primary)).toEqual(['a']);
    expect(sorted(p.complementary)).toEqual(['z']);
  });

  it('calls a cell pinned only when its range is narrower than half a unit', () => {
    // Fractional figures: a = 1 and b = 0.5 hidden, c = 10 and total = 11.5 shown: a + b = 1.5, a ≥ 1,
    // b ≥ 0 (0.5 < 1). a ∈ [1, 1.5] and b ∈ [0, 0.5]: ranges of exactly 0.5, not pinned.
    const input: SuppressTableInput = {
      cells: { a: 1, b: 0.5, c: 10, total: 11.5 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    };
    expect(disclosedCells(input, pattern(['a', 'b']))).toEqual([]);
    // Without b hidden: a = 11.5 − 0.5 − 10 = 1, range 0.
    expect(disclosedCells(input, pattern(['a']))).toEqual(['a']);
  });

  it('reports nothing (does not throw) when the shown figures contradict the reader’s bounds', () => {
    // A hidden negative count: a = 7 − 10 = −3, but a reader takes a hidden cell to be ≥ 0: no solution,
    // so no cell has a range, and none is reported pinned.
    const input: SuppressTableInput = {
      cells: { a: -3, b: 10, total: 7 },
      relations: [{ total: 'total', parts: ['a', 'b'] }],
      threshold: 5,
    };
    expect(disclosedCells(input, pattern(['a']))).toEqual([]);
  });
});

describe('the complementary cell chosen for a relation with one hidden member', () => {
  it('takes a count equal to the threshold (5 qualifies, it is not small)', () => {
    // a = 2 hidden; b = 5 is the smallest shown count ≥ 5 (c = 9, total = 16).
    const p = suppressTable({
      cells: { a: 2, b: 5, c: 9, total: 16 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(sorted(p.complementary)).toEqual(['b']);
  });

  it('breaks a tie of equal counts by the order of the cells, not of the relation', () => {
    // b = c = 9 beside a = 2 (total 20): the earlier of the cells, b, whichever order the relation lists them.
    const cells = { a: 2, b: 9, c: 9, total: 20 };
    const inOrder = suppressTable({
      cells,
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(sorted(inOrder.complementary)).toEqual(['b']);
    const reversed = suppressTable({
      cells,
      relations: [{ total: 'total', parts: ['a', 'c', 'b'] }],
      threshold: 5,
    });
    expect(sorted(reversed.complementary)).toEqual(['b']);
  });

  it('prefers the smaller count to an earlier cell', () => {
    // c = 12 comes before b = 9 in the cells, but b is smaller: b (total 2 + 12 + 9 = 23).
    const p = suppressTable({
      cells: { a: 2, c: 12, b: 9, total: 23 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(sorted(p.complementary)).toEqual(['b']);
  });

  it('prefers a count that also protects another relation with one hidden member, as a part or as its total', () => {
    // Two relations, each with one small count: s = a + y + x (a = 2) and x = p + q (p = 3). x (20) is a part
    // of the first and the total of the second, so hiding it leaves neither with a single hidden member;
    // it is taken over the smaller y (10), which would only protect the first (then q = 17 for the second).
    // Reader after hiding x: a + x = 32 − 10 = 22 and x − p = 17, so x ∈ [18, 21], a and p ∈ [1, 4].
    const p = suppressTable({
      cells: { a: 2, y: 10, x: 20, s: 32, p: 3, q: 17 },
      relations: [
        { total: 's', parts: ['a', 'y', 'x'] },
        { total: 'x', parts: ['p', 'q'] },
      ],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a', 'p']);
    expect(sorted(p.complementary)).toEqual(['x']);
  });

  it('comes back to an earlier relation that a later complementary cell left with one hidden member', () => {
    // Relations in this order: A = x + y, B = p + x + q, with p = 2 small.
    // First pass: A has no hidden member; B has p, and its smallest count is x = 6 → x hidden. That leaves A
    // with x alone, so a second pass hides y (30 < A = 36). Reader: x + y = 36, p + x = 20 − 12 = 8:
    // x ∈ [1, 7], p ∈ [1, 7], y ∈ [29, 35].
    // (Stopping after one pass would leave the audit to find x = 36 − 30 pinned and hide q, B and y.)
    const p = suppressTable({
      cells: { p: 2, x: 6, q: 12, B: 20, y: 30, A: 36 },
      relations: [
        { total: 'A', parts: ['x', 'y'] },
        { total: 'B', parts: ['p', 'x', 'q'] },
      ],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['p']);
    expect(sorted(p.complementary)).toEqual(['x', 'y']);
  });
});

describe('the audit of all relations together (step 2)', () => {
  it('unpins a cell through the relation of which it is the total', () => {
    // X = a + k and H = a + e + m, with X hidden on request and a = e = 1 small: no relation has a single
    // hidden member, but a + e = 52 − 50 = 2 pins a = e = 1 and then X = a + 20 = 21.
    // X is pinned and comes first: its only relation is the one it totals, X = a + k, so k (20) is hidden:
    // X = a + k leaves X free. a is still pinned (a + e = 2): its relations give m (50 < H = 52).
    // Reader then: a + e + m = 52 → a ∈ [1, 50]; nothing pinned.
    const p = suppressTable({
      cells: { X: 21, a: 1, k: 20, e: 1, m: 50, H: 52 },
      relations: [
        { total: 'X', parts: ['a', 'k'] },
        { total: 'H', parts: ['a', 'e', 'm'] },
      ],
      alsoHide: ['X'],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a', 'e']);
    expect(sorted(p.complementary)).toEqual(['X', 'k', 'm']);
  });

  it('looks for the next cell only in relations linked to the pinned one through hidden cells', () => {
    // R1: T = a + b + z (a = b = 1, T = 2 small, z = 0 shown); R2: G = T + c + s (c = 1 small, s = 40,
    // G = 43); R3: W = z + y (y = W = 10, nothing hidden, linked to R1 only through the shown zero z).
    // Every relation has 0 or ≥ 2 hidden members. Reader: T + c = 43 − 40 = 3 with c ≥ 1 gives T ≤ 2, and
    // T = a + b ≥ 2: all four pinned (T = 2, c = a = b = 1). First pinned: a. Its relation R1 has no count
    // ≥ 5 left, so the relations linked through hidden cells (a → T, b → R2 → c) give s (40 < G = 43);
    // then T + c + s = 43 leaves T ∈ [2, 41]. R3 is not linked (z is shown), so y and W stay shown.
    const p = suppressTable({
      cells: { a: 1, b: 1, z: 0, T: 2, c: 1, s: 40, G: 43, y: 10, W: 10 },
      relations: [
        { total: 'T', parts: ['a', 'b', 'z'] },
        { total: 'G', parts: ['T', 'c', 's'] },
        { total: 'W', parts: ['z', 'y'] },
      ],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['T', 'a', 'b', 'c']);
    expect(sorted(p.complementary)).toEqual(['s']);
  });

  it('ends when a pinned hidden zero has no count left to hide', () => {
    // z = 0 hidden on request in an all-zero relation z + y = total (0 + 0 = 0): a reader knows z ≥ 0 and
    // z = 0 − 0, so z stays pinned, but there is no count ≥ 5 to hide, in step 1 or step 2: it ends there.
    const p = suppressTable({
      cells: { z: 0, y: 0, total: 0 },
      relations: [{ total: 'total', parts: ['z', 'y'] }],
      alsoHide: ['z'],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual([]);
    expect(sorted(p.complementary)).toEqual(['z']);
  });
});

describe('cells hidden on request (alsoHide)', () => {
  it('hides a shown count with a complementary cell, and skips missing, unknown and already hidden cells', () => {
    // alsoHide: b (40, shown) → complementary, and the relation total = a + b + c then has a (3) and b
    // hidden: two, so step 1 adds nothing; reader: a + b = 100 − 57 = 43, a ∈ [1, 42]: nothing pinned.
    // a is already hidden as small: it stays primary only. m is missing (null) and q is no cell: neither
    // is hidden.
    const p = suppressTable({
      cells: { a: 3, b: 40, c: 57, total: 100, m: null },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      alsoHide: ['a', 'b', 'm', 'q'],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual(['a']);
    expect(sorted(p.complementary)).toEqual(['b']);
  });

  it('protects a cell hidden on request like a small one', () => {
    // c (57) hidden on request alone: the relation has a single hidden member, so its smallest other count,
    // a (6), joins it; reader: a + c = 103 − 40 = 63, neither pinned.
    const p = suppressTable({
      cells: { a: 6, b: 40, c: 57, total: 103 },
      relations: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      alsoHide: ['c'],
      threshold: 5,
    });
    expect(sorted(p.primary)).toEqual([]);
    expect(sorted(p.complementary)).toEqual(['a', 'c']);
  });
});

describe('relations unrelated to the pinned cell', () => {
  it('takes the next cell from the pinned cell’s relations, never from an unrelated table', () => {
    // a = b = 1: a + b = 122 − 120 = 2 pins both; the smallest other count of their relation is c = 50.
    // The second table (u + v = s: 10 + 20 = 30) has nothing hidden and smaller counts, and stays shown.
    const p = suppressTable({
      cells: { a: 1, b: 1, c: 50, d: 70, total: 122, u: 10, v: 20, s: 30 },
      relations: [
        { total: 'total', parts: ['a', 'b', 'c', 'd'] },
        { total: 's', parts: ['u', 'v'] },
      ],
      threshold: 5,
    });
    expect(sorted(p.complementary)).toEqual(['c']);
  });
});
