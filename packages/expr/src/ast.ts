/**
 * Where a node or an error sits in the source text: `start` and `end` are 0-based offsets in UTF-16 code
 * units (`end` exclusive), `line` and `column` are 1-based and point at `start`.
 *
 * @example
 * ```ts
 * const span: Span = { start: 4, end: 13, line: 1, column: 5 }; // "users.iud" in "1 + users.iud"
 * ```
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The functions of the language. `prev` and `lastYear` read a field of an earlier record (the previous
 * month, the same month one year earlier) from the evaluation context.
 *
 * @example
 * ```ts
 * const f: FunctionName = 'coalesce';
 * ```
 */
export type FunctionName =
  | 'if'
  | 'isNull'
  | 'coalesce'
  | 'sum'
  | 'min'
  | 'max'
  | 'count'
  | 'abs'
  | 'round'
  | 'prev'
  | 'lastYear';

/**
 * All function names, in the order the documentation lists them.
 *
 * @example
 * ```ts
 * FUNCTION_NAMES.includes('sum'); // true
 * ```
 */
export const FUNCTION_NAMES: readonly FunctionName[] = [
  'if',
  'isNull',
  'coalesce',
  'sum',
  'min',
  'max',
  'count',
  'abs',
  'round',
  'prev',
  'lastYear',
];

/**
 * Binary operators. The symbolic forms `&&` and `||` are parsed as `and` and `or`.
 *
 * @example
 * ```ts
 * const op: BinaryOperator = '<=';
 * ```
 */
export type BinaryOperator = '+' | '-' | '*' | '/' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

/**
 * Unary operators: numeric negation and boolean `not` (`!` is parsed as `not`).
 *
 * @example
 * ```ts
 * const op: UnaryOperator = 'not';
 * ```
 */
export type UnaryOperator = '-' | 'not';

/**
 * A number literal (always non-negative in parsed source: `-1` is a unary minus applied to `1`).
 *
 * @example
 * ```ts
 * const n: NumberLiteral = { kind: 'number', value: 2, span: { start: 0, end: 1, line: 1, column: 1 } };
 * ```
 */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
  readonly span: Span;
}

/**
 * A string literal, with escapes already decoded.
 *
 * @example
 * ```ts
 * const s: StringLiteral = { kind: 'string', value: 'a', span: { start: 0, end: 3, line: 1, column: 1 } };
 * ```
 */
export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
  readonly span: Span;
}

/**
 * `true` or `false`.
 *
 * @example
 * ```ts
 * const b: BooleanLiteral = { kind: 'boolean', value: true, span: { start: 0, end: 4, line: 1, column: 1 } };
 * ```
 */
export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span: Span;
}

/**
 * The `null` literal.
 *
 * @example
 * ```ts
 * const n: NullLiteral = { kind: 'null', span: { start: 0, end: 4, line: 1, column: 1 } };
 * ```
 */
export interface NullLiteral {
  readonly kind: 'null';
  readonly span: Span;
}

/**
 * A field reference by dotted path, e.g. `users.iud` is `path: ['users', 'iud']`; `pus` is `['pus']`.
 *
 * @example
 * ```ts
 * const f: FieldRef = { kind: 'field', path: ['users', 'iud'], span: { start: 0, end: 9, line: 1, column: 1 } };
 * ```
 */
export interface FieldRef {
  readonly kind: 'field';
  readonly path: readonly string[];
  readonly span: Span;
}

/**
 * A code-list group: `users[mkjp]` is `path: ['users'], group: 'mkjp'`. It expands, through a
 * {@link GroupRegistry}, to the list of the object's fields in the group. `*` and `all` mean every field
 * of the object.
 *
 * @example
 * ```ts
 * const g: GroupRef = { kind: 'group', path: ['users'], group: 'mkjp', span: { start: 0, end: 11, line: 1, column: 1 } };
 * ```
 */
export interface GroupRef {
  readonly kind: 'group';
  readonly path: readonly string[];
  readonly group: string;
  readonly span: Span;
}

/**
 * A unary operation.
 *
 * @example
 * ```ts
 * // -users.iud
 * const u: UnaryExpr = { kind: 'unary', op: '-', operand: field, span };
 * ```
 */
export interface UnaryExpr {
  readonly kind: 'unary';
  readonly op: UnaryOperator;
  readonly operand: Expr;
  readonly span: Span;
}

/**
 * A binary operation; its span runs from the start of `left` to the end of `right`.
 *
 * @example
 * ```ts
 * // users.iud + users.mow
 * const b: BinaryExpr = { kind: 'binary', op: '+', left, right, span };
 * ```
 */
export interface BinaryExpr {
  readonly kind: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

/**
 * A function call. `nameSpan` covers the function name only (used by "unknown function" errors).
 *
 * @example
 * ```ts
 * // sum(users[*])
 * const c: CallExpr = { kind: 'call', name: 'sum', args: [group], span, nameSpan };
 * ```
 */
export interface CallExpr {
  readonly kind: 'call';
  readonly name: FunctionName;
  readonly args: readonly Expr[];
  readonly span: Span;
  readonly nameSpan: Span;
}

/**
 * An expression node: a JSON-serialisable tree of plain objects discriminated by `kind`.
 *
 * @example
 * ```ts
 * const r = parse('users.iud > 0');
 * if (r.ok) JSON.stringify(r.ast); // '{"kind":"binary","op":">",...}'
 * ```
 */
export type Expr =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | FieldRef
  | GroupRef
  | UnaryExpr
  | BinaryExpr
  | CallExpr;
