/**
 * The six comparison operators of the expression language, in one table: what each one means on two
 * values (`holds`), and how it is written in generated JavaScript (`js`) and in SQL (`sql`). The
 * expression compiler (closures and generated code), the rules engine and the SQL backend all read this
 * table, so an operator has one definition.
 *
 * @module
 */

/**
 * A comparison operator of the expression language and of comparison rules.
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = '<=';
 * ```
 */
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A value that can be compared: both sides have the same type (the checker makes sure). */
type Comparable = number | string | boolean;

/**
 * One comparison operator: `holds(a, b)` on two values that are not `null` (the callers handle `null`,
 * unknown, before asking), its JavaScript operator (strict equality for `==` / `!=`) and its SQL operator.
 *
 * @example
 * ```ts
 * const le: ComparisonOperatorSpec = COMPARISON_OPERATORS['<='];
 * le.holds(3, 3); // true
 * le.sql; // '<='
 * ```
 */
export interface ComparisonOperatorSpec {
  readonly holds: (a: Comparable, b: Comparable) => boolean;
  readonly js: string;
  readonly sql: string;
}

/**
 * Every comparison operator by its symbol (see {@link ComparisonOperatorSpec}). Numbers compare as IEEE
 * doubles, strings by UTF-16 code units, booleans only with `==` / `!=`.
 *
 * @example
 * ```ts
 * COMPARISON_OPERATORS['!='].holds('a', 'b'); // true
 * COMPARISON_OPERATORS['=='].js; // '==='
 * COMPARISON_OPERATORS['!='].sql; // '<>'
 * ```
 */
export const COMPARISON_OPERATORS: Readonly<Record<ComparisonOperator, ComparisonOperatorSpec>> = {
  '==': { holds: (a, b) => a === b, js: '===', sql: '=' },
  '!=': { holds: (a, b) => a !== b, js: '!==', sql: '<>' },
  '<': { holds: (a, b) => a < b, js: '<', sql: '<' },
  '<=': { holds: (a, b) => a <= b, js: '<=', sql: '<=' },
  '>': { holds: (a, b) => a > b, js: '>', sql: '>' },
  '>=': { holds: (a, b) => a >= b, js: '>=', sql: '>=' },
};

/**
 * Whether an operator symbol (of a binary expression, say) is a comparison operator.
 *
 * @example
 * ```ts
 * isComparisonOperator('<='); // true
 * isComparisonOperator('+'); // false
 * ```
 */
export function isComparisonOperator(op: string): op is ComparisonOperator {
  return Object.hasOwn(COMPARISON_OPERATORS, op);
}
