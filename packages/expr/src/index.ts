/**
 * `@kampung-kb/expr`: a typed expression language for Kampung KB validation rules and indicators.
 *
 * Source text is parsed to a JSON-serialisable AST ({@link parse}), type-checked against a record schema
 * before any data is seen ({@link check}), compiled once into closures ({@link compile}), evaluated per
 * record with explicit null semantics and DHIS2-style missing-value strategies ({@link evaluateSide}), and
 * explained operand by operand ({@link explain}). Runs in browsers and Node.
 *
 * @packageDocumentation
 */

export {
  type BinaryExpr,
  type BinaryOperator,
  type BooleanLiteral,
  type CallExpr,
  type Expr,
  type FieldRef,
  FUNCTION_NAMES,
  type FunctionName,
  type GroupRef,
  type NullLiteral,
  type NumberLiteral,
  type Span,
  type StringLiteral,
  type UnaryExpr,
  type UnaryOperator,
} from './ast.js';
export { type CheckResult, check } from './check.js';
export {
  COMPARISON_OPERATORS,
  type ComparisonOperator,
  type ComparisonOperatorSpec,
  isComparisonOperator,
} from './comparisonOperators.js';
export {
  type CompiledExpression,
  type CompileOptions,
  type CompileResult,
  compile,
  type MissingValuePolicy,
  type Operand,
} from './compile.js';
export { compileSource } from './compileSource.js';
export type { Diagnostic, DiagnosticCode } from './diagnostic.js';
export {
  createEnvironment,
  type Environment,
  type EnvironmentOptions,
  type JsonSchemaLike,
  type VariableType,
} from './environment.js';
export type { EvalContext } from './evalContext.js';
export { evaluateSide, type SideResult } from './evaluateSide.js';
export { type ExplainStep, type Explanation, explain } from './explain.js';
export { type ExprType, formatType } from './exprType.js';
export { defaultGroups, type GroupRegistry } from './groupRegistry.js';
export { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.js';
export {
  type MissingValueStrategy,
  type MissingValueStrategyItem,
  missingValueStrategies,
} from './missingValueStrategy.js';
export { type ParseResult, parse } from './parse.js';
export { print } from './print.js';
export {
  decimalOf,
  roundDecimal,
  roundFraction,
  roundHalfAwayFromZero,
  roundHalfEven,
  roundRatio,
} from './rounding.js';
export type { Value } from './value.js';
