/**
 * Why a value is missing:
 * - `'missing-record'`: a record it needs (profile, population snapshot, monthly report) does not exist
 *   for the period;
 * - `'zero-denominator'`: the records exist but the denominator is 0 (e.g. PUS = 0), so the share has no
 *   value. That is not the same as 0 %.
 *
 * @example
 * ```ts
 * const reason: NullReason = 'zero-denominator';
 * ```
 */
export type NullReason = 'missing-record' | 'zero-denominator';
