/**
 * A small system of linear equations over bounded unknowns: `Σ coefficients[k] × x[k] = rhs` for each
 * equation, `lower[k] ≤ x[k] ≤ upper[k]` (`upper` may be `Infinity`). What a reader of a published table
 * knows about its hidden cells.
 */
export interface LinearSystem {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly equations: readonly {
    readonly coefficients: ReadonlyMap<number, number>;
    readonly rhs: number;
  }[];
}

const EPS = 1e-9;

interface Tableau {
  /** Rows of coefficients, the last column is the right-hand side. */
  rows: number[][];
  basis: number[];
  /** Columns that may enter the basis (their number is the tableau's width). */
  allowed: boolean[];
}

function pivot(tab: Tableau, r: number, c: number): void {
  const row = tab.rows[r] as number[];
  const p = row[c] as number;
  for (let k = 0; k < row.length; k++) row[k] = (row[k] as number) / p;
  for (let i = 0; i < tab.rows.length; i++) {
    if (i === r) continue;
    const other = tab.rows[i] as number[];
    const f = other[c] as number;
    if (Math.abs(f) < EPS) continue;
    for (let k = 0; k < other.length; k++) other[k] = (other[k] as number) - f * (row[k] as number);
  }
  tab.basis[r] = c;
}

/**
 * Minimises `cost · y` over the tableau's feasible set with Bland's rule (no cycling). Returns the minimum,
 * or `-Infinity` when unbounded.
 */
function minimise(tab: Tableau, cost: readonly number[]): number {
  const width = tab.allowed.length;
  for (;;) {
    let entering = -1;
    for (let c = 0; c < width && entering < 0; c++) {
      if (!tab.allowed[c] || tab.basis.includes(c)) continue;
      let reduced = cost[c] ?? 0;
      tab.rows.forEach((row, i) => {
        reduced -= (cost[tab.basis[i] as number] ?? 0) * (row[c] as number);
      });
      if (reduced < -EPS) entering = c;
    }
    if (entering < 0) break;
    let leave = -1;
    let best = Infinity;
    tab.rows.forEach((row, i) => {
      const a = row[entering] as number;
      if (a <= EPS) return;
      const ratio = (row[width] as number) / a;
      const tie = Math.abs(ratio - best) <= EPS;
      if (ratio < best - EPS || (tie && (tab.basis[i] as number) < (tab.basis[leave] as number))) {
        best = ratio;
        leave = i;
      }
    });
    if (leave < 0) return -Infinity;
    pivot(tab, leave, entering);
  }
  let value = 0;
  tab.rows.forEach((row, i) => {
    value += (cost[tab.basis[i] as number] ?? 0) * (row[width] as number);
  });
  return value;
}

/**
 * A feasible basis of the system written as `A y = b, y ≥ 0` (with `x = lower + y` and one slack per
 * finite upper bound), by phase one of the simplex method; `undefined` when the system has no solution.
 * Columns: the unknowns, then the slacks; artificial columns are removed before returning.
 */
function feasibleTableau(sys: LinearSystem): Tableau | undefined {
  const n = sys.lower.length;
  const slacks: number[] = [];
  sys.upper.forEach((u, k) => {
    if (Number.isFinite(u)) slacks.push(k);
  });
  const width = n + slacks.length;
  const raw: number[][] = [];
  for (const eq of sys.equations) {
    const row = new Array<number>(width + 1).fill(0);
    let rhs = eq.rhs;
    for (const [k, a] of eq.coefficients) {
      row[k] = (row[k] as number) + a;
      rhs -= a * (sys.lower[k] as number);
    }
    row[width] = rhs;
    raw.push(row);
  }
  slacks.forEach((k, s) => {
    const row = new Array<number>(width + 1).fill(0);
    row[k] = 1;
    row[n + s] = 1;
    row[width] = (sys.upper[k] as number) - (sys.lower[k] as number);
    raw.push(row);
  });
  const m = raw.length;
  // Phase one: one artificial per row, minimise their sum.
  const rows = raw.map((row, i) => {
    const sign = (row[width] as number) < 0 ? -1 : 1;
    const art = new Array<number>(m).fill(0);
    art[i] = 1;
    return [...row.slice(0, width).map((a) => a * sign), ...art, (row[width] as number) * sign];
  });
  const tab: Tableau = {
    rows,
    basis: rows.map((_, i) => width + i),
    allowed: new Array<boolean>(width + m).fill(true),
  };
  const cost = [...new Array<number>(width).fill(0), ...new Array<number>(m).fill(1)];
  if (m > 0 && minimise(tab, cost) > 1e-7) return undefined;
  // Drive artificials out of the basis; a row where that is impossible is redundant.
  for (let i = tab.rows.length - 1; i >= 0; i--) {
    if ((tab.basis[i] as number) < width) continue;
    const row = tab.rows[i] as number[];
    let c = 0;
    while (c < width && Math.abs(row[c] as number) < EPS) c++;
    if (c < width) pivot(tab, i, c);
    else {
      tab.rows.splice(i, 1);
      tab.basis.splice(i, 1);
    }
  }
  const last = width + m;
  tab.rows = tab.rows.map((row) => [...row.slice(0, width), row[last] as number]);
  tab.allowed = new Array<boolean>(width).fill(true);
  return tab;
}

/**
 * The smallest and largest value unknown `k` can take in the system (its linear-programming range), or
 * `undefined` when the system has no solution. For the sum relations of statistical tables the constraint
 * matrix is totally unimodular, so both ends are whole numbers when the data are.
 */
export function variableRange(sys: LinearSystem, k: number): { min: number; max: number } | undefined {
  return variableRanges(sys, [k])[0];
}

/** {@link variableRange} for several unknowns, sharing one feasible basis (phase one runs once). */
export function variableRanges(
  sys: LinearSystem,
  ks: readonly number[],
): ({ min: number; max: number } | undefined)[] {
  const base = feasibleTableau(sys);
  if (!base) return ks.map(() => undefined);
  const width = base.allowed.length;
  // Floating-point pivots leave tiny residues: snap values within 1e-7 of a whole number to it.
  const snap = (v: number) => (Math.abs(v - Math.round(v)) < 1e-7 ? Math.round(v) : v);
  return ks.map((k) => {
    const lower = sys.lower[k] as number;
    const run = (sign: number): number => {
      const copy: Tableau = {
        rows: base.rows.map((r) => [...r]),
        basis: [...base.basis],
        allowed: base.allowed,
      };
      const cost = new Array<number>(Math.max(width, k + 1)).fill(0);
      cost[k] = sign;
      return minimise(copy, cost);
    };
    const min = snap(lower + run(1));
    const negMax = run(-1);
    const max = negMax === -Infinity ? Infinity : snap(lower - negMax);
    return { min, max };
  });
}
