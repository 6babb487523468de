/**
 * The longest expression {@link parse} reads, in characters (UTF-16 code units): 10,000. The longest
 * built-in rule or indicator is under 200 characters; a city's own rule of a whole screen is about 2,000.
 * A longer text gives the diagnostic `expression-too-long` (pointing at the first character beyond the
 * limit) and is not parsed, so no input can make the parser, checker or compiler run long or deep.
 *
 * @example
 * ```ts
 * const r = parse('1 + '.repeat(5_000) + '1');
 * if (!r.ok) r.errors[0]?.code; // 'expression-too-long'
 * ```
 */
export const MAX_EXPRESSION_LENGTH = 10_000;

/**
 * The deepest nesting an expression may have: 200 levels. Each of these opens a level: a pair of
 * parentheses, a function call's arguments, a unary operator (`-`, `not`) and the right operand of a binary
 * operator. The left operand of a binary operator stays on its operator's level, so a flat chain such as
 * `a + b + c + …` (left-associative) is one level however long it is, up to {@link MAX_EXPRESSION_LENGTH}.
 * Real rules nest fewer than 10 levels. Deeper nesting gives the diagnostic `expression-too-deep` at the
 * token that opens level 201, before any recursion could exhaust the call stack; {@link check} (and so
 * {@link compile}) gives the same diagnostic for a too-deep AST built in code.
 *
 * @example
 * ```ts
 * const r = parse('('.repeat(5_000) + '1' + ')'.repeat(5_000));
 * if (!r.ok) r.errors[0]?.code; // 'expression-too-deep', at line 1, column 201
 * ```
 */
export const MAX_EXPRESSION_DEPTH = 200;
