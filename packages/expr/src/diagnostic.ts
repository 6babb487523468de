import type { Label } from '@kampung-kb/model';
import type { Span } from './ast.js';

/**
 * What went wrong. Syntax errors come from {@link parse}; the rest from {@link check}.
 *
 * | code | from | meaning |
 * | --- | --- | --- |
 * | `unexpected-character` | parse | a character that starts no token (`#`, `@` …) |
 * | `unexpected-token` | parse | a token where it cannot stand (`1 +* 2`, `users.`) |
 * | `unexpected-end` | parse | the text ends inside an expression (`1 +`) |
 * | `unclosed-paren` | parse | `(` without `)`; points at the `(` |
 * | `unclosed-bracket` | parse | `[` of a group without `]`; points at the `[` |
 * | `unclosed-string` | parse | a string without its closing quote |
 * | `invalid-number` | parse | a malformed number (`1.`, `2e`) |
 * | `chained-comparison` | parse | `a < b < c` (write `a < b and b < c`) |
 * | `unknown-function` | parse | a call of a function that does not exist, with a suggestion |
 * | `expression-too-long` | parse | more than 10,000 characters (`MAX_EXPRESSION_LENGTH`); points at the first one beyond |
 * | `expression-too-deep` | parse, check | more than 200 levels of nesting (`MAX_EXPRESSION_DEPTH`); points at the token (node) that opens the level beyond |
 * | `unknown-field` | check | a field or variable that the environment does not know, with a suggestion |
 * | `not-a-value` | check | a reference to an object or an unsupported field (`users`, an array) |
 * | `unknown-group` | check | `users[mkpj]`: no such group for the object, with a suggestion |
 * | `not-a-group-object` | check | `pus[*]`: the path is not an object of numeric fields |
 * | `type-mismatch` | check | an operand or argument of the wrong type |
 * | `null-comparison` | check | `x == null` is always unknown: use `isNull(x)` |
 * | `arity` | check | a function called with the wrong number of arguments |
 * | `invalid-argument` | check | `prev`/`lastYear` of something other than a field or group; `round` digits out of range |
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = 'unknown-field';
 * ```
 */
export type DiagnosticCode =
  | 'unexpected-character'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'unclosed-paren'
  | 'unclosed-bracket'
  | 'unclosed-string'
  | 'invalid-number'
  | 'chained-comparison'
  | 'unknown-function'
  | 'expression-too-long'
  | 'expression-too-deep'
  | 'unknown-field'
  | 'not-a-value'
  | 'unknown-group'
  | 'not-a-group-object'
  | 'type-mismatch'
  | 'null-comparison'
  | 'arity'
  | 'invalid-argument';

/**
 * One positioned, bilingual error in an expression. `suggestion` is the "did you mean" replacement text,
 * when there is one (it is also part of the message).
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: 'unknown-field',
 *   span: { start: 0, end: 8, line: 1, column: 1 },
 *   message: { id: "Kolom 'users.iu' tidak dikenal. Mungkin maksud Anda 'users.iud'?", en: "Unknown field 'users.iu'. Did you mean 'users.iud'?" },
 *   suggestion: 'users.iud',
 * };
 * ```
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: Label;
  readonly suggestion?: string;
}
