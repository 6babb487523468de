/**
 * The value-equality check of the end-to-end benchmark: the four portal indicators of every kampung from
 * `kkb indicators --json` (each engine), the plain DuckDB query and the hand loop, compared exactly after the
 * same rounding (half away from zero to 2 decimals on the decimal value a number prints, as the portal's
 * PostgreSQL `ROUND(numeric, 2)` does). Own code: nothing is imported from the SDK.
 */

/** CPR (portal), MKJP share, unmet need, poktan participation (mean of 5); null where there is no value. */
export type FourValues = readonly [number | null, number | null, number | null, number | null];

export const VALUE_NAMES = ['cpr-portal', 'mkjp-share', 'unmet-need', 'poktan-participation-mean'] as const;

/** One source's values: the month and every kampung's four values by kampung id. */
export interface KampungValues {
  readonly period: string;
  readonly kampung: ReadonlyMap<string, FourValues>;
}

/** A value that differs from the reference (the first source). */
export interface Mismatch {
  readonly source: string;
  readonly kampungId: string;
  readonly value: (typeof VALUE_NAMES)[number] | 'period' | 'kampung';
  readonly expected: string;
  readonly actual: string;
}

/** The outcome of {@link compareKampungValues}. */
export interface Comparison {
  readonly equal: boolean;
  /** Kampung of the reference source. */
  readonly kampung: number;
  /** Non-null values compared per source (reference included). */
  readonly values: number;
  readonly mismatchCount: number;
  /** The first mismatches (at most `limit`). */
  readonly mismatches: readonly Mismatch[];
}

/**
 * Rounds half away from zero to 2 decimals on the shortest decimal form of `x` (`String(x)`), so that
 * 1.005 gives 1.01 (binary arithmetic gives 1.00). Numbers under 1e-6 in magnitude give 0; non-finite
 * numbers and numbers of 1e13 or more come back unchanged.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (a < 1e-6) return 0;
  if (a >= 1e13) return x;
  const [whole = '0', frac = ''] = String(a).split('.');
  if (frac.length <= 2) return x;
  const scaled = Number(whole) * 100 + Number(frac.slice(0, 2)) + (frac.charCodeAt(2) >= 53 ? 1 : 0);
  return (sign * scaled) / 100 + 0;
}

const show = (v: number | null | undefined): string => (v === undefined ? 'absent' : String(v));

/**
 * Compares the sources with the first one, value by value after {@link round2}: the same period, the same
 * kampung, the same values (null equals only null).
 */
export function compareKampungValues(
  sources: readonly { readonly name: string; readonly values: KampungValues }[],
  limit = 10,
): Comparison {
  const mismatches: Mismatch[] = [];
  let count = 0;
  const miss = (m: Mismatch) => {
    count++;
    if (mismatches.length < limit) mismatches.push(m);
  };
  const [reference, ...others] = sources;
  if (!reference) return { equal: true, kampung: 0, values: 0, mismatchCount: 0, mismatches };
  let values = 0;
  for (const v of reference.values.kampung.values()) for (const x of v) if (x !== null) values++;
  for (const other of others) {
    if (other.values.period !== reference.values.period) {
      miss({
        source: other.name,
        kampungId: '',
        value: 'period',
        expected: reference.values.period,
        actual: other.values.period,
      });
    }
    for (const [id, expected] of reference.values.kampung) {
      const actual = other.values.kampung.get(id);
      if (!actual) {
        miss({ source: other.name, kampungId: id, value: 'kampung', expected: 'present', actual: 'absent' });
        continue;
      }
      VALUE_NAMES.forEach((name, i) => {
        const e = expected[i] ?? null;
        const a = actual[i] ?? null;
        const same = e === null || a === null ? e === a : round2(e) === round2(a);
        if (!same)
          miss({ source: other.name, kampungId: id, value: name, expected: show(e), actual: show(a) });
      });
    }
    for (const id of other.values.kampung.keys()) {
      if (!reference.values.kampung.has(id)) {
        miss({ source: other.name, kampungId: id, value: 'kampung', expected: 'absent', actual: 'present' });
      }
    }
  }
  return {
    equal: count === 0,
    kampung: reference.values.kampung.size,
    values,
    mismatchCount: count,
    mismatches,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const numOrNull = (x: unknown, where: string): number | null => {
  if (x === null || typeof x === 'number') return x;
  throw new Error(`${where}: expected a number or null, got ${JSON.stringify(x)}`);
};

/** Reads `kkb indicators --json` (kampung level): `{ period, kampung: [{ id, indicators: {…} }] }`. */
export function valuesFromCliJson(json: unknown): KampungValues {
  if (!isRecord(json) || typeof json['period'] !== 'string' || !Array.isArray(json['kampung'])) {
    throw new Error('not the output of kkb indicators --json (period and kampung expected)');
  }
  const kampung = new Map<string, FourValues>();
  for (const k of json['kampung'] as unknown[]) {
    if (!isRecord(k) || typeof k['id'] !== 'string' || !isRecord(k['indicators'])) {
      throw new Error(`kampung entry without id or indicators: ${JSON.stringify(k).slice(0, 100)}`);
    }
    const ind = k['indicators'];
    const id = k['id'];
    kampung.set(id, [
      numOrNull(ind['cpr'], `${id}.cpr`),
      numOrNull(ind['mkjpShare'], `${id}.mkjpShare`),
      numOrNull(ind['unmetNeed'], `${id}.unmetNeed`),
      numOrNull(ind['poktanParticipation'], `${id}.poktanParticipation`),
    ]);
  }
  return { period: json['period'], kampung };
}

/** Reads a baseline's output (handLoop.mjs, duckdbQuery.mjs): `{ period, kampung: { id: [4 values] } }`. */
export function valuesFromBaselineJson(json: unknown): KampungValues {
  if (!isRecord(json) || typeof json['period'] !== 'string' || !isRecord(json['kampung'])) {
    throw new Error('not a baseline output (period and kampung expected)');
  }
  const kampung = new Map<string, FourValues>();
  for (const [id, v] of Object.entries(json['kampung'])) {
    if (!Array.isArray(v) || v.length !== 4) throw new Error(`${id}: expected 4 values`);
    kampung.set(id, [
      numOrNull(v[0], `${id}[0]`),
      numOrNull(v[1], `${id}[1]`),
      numOrNull(v[2], `${id}[2]`),
      numOrNull(v[3], `${id}[3]`),
    ]);
  }
  return { period: json['period'], kampung };
}
