/**
 * What an evaluation may read besides the record: the earlier records that `prev(...)` (previous month)
 * and `lastYear(...)` (same month one year earlier) refer to, and the extra variables of the environment
 * (e.g. `pus` from the population snapshot in force). Anything absent reads as missing (`null`).
 *
 * @example
 * ```ts
 * const ctx: EvalContext = { prev: februaryReport, lastYear: march2019Report, vars: { pus: 260 } };
 * compiled(marchReport, ctx);
 * ```
 */
export interface EvalContext {
  readonly prev?: unknown;
  readonly lastYear?: unknown;
  readonly vars?: Readonly<Record<string, unknown>>;
}
