/**
 * A static type of the expression language: a scalar (`number`, `string`, `boolean`) that may be
 * nullable, the type of the bare `null` literal, or a list of numbers (what a group such as `users[*]`
 * denotes; only `sum`, `min`, `max` and `count` take lists).
 *
 * A field that is optional in the schema, or whose schema allows `null`, is nullable: `number | null`.
 *
 * @example
 * ```ts
 * const t: ExprType = { kind: 'number', nullable: true }; // number | null
 * const l: ExprType = { kind: 'list', nullable: false, element: { kind: 'number', nullable: true } };
 * ```
 */
export type ExprType =
  | { readonly kind: 'number' | 'string' | 'boolean' | 'null'; readonly nullable: boolean }
  | {
      readonly kind: 'list';
      readonly nullable: false;
      readonly element: { readonly kind: 'number'; readonly nullable: boolean };
    };

/**
 * Prints a type the way messages show it: `number`, `number | null`, `list<number | null>`, `null`.
 *
 * @example
 * ```ts
 * formatType({ kind: 'number', nullable: true }); // 'number | null'
 * ```
 */
export function formatType(t: ExprType): string {
  if (t.kind === 'list') return `list<${formatType(t.element)}>`;
  if (t.kind === 'null') return 'null';
  return t.nullable ? `${t.kind} | null` : t.kind;
}
