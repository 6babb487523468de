/**
 * A runtime value: a number, string or boolean, `null` for missing or unknown, or (for a bare group such as
 * `users[*]`) a list of numbers in which missing members are `null`.
 *
 * @example
 * ```ts
 * const v: Value = 260;
 * const l: Value = [12, 6, null];
 * ```
 */
export type Value = number | string | boolean | null | readonly (number | null)[];
