import type { CompiledExpression } from '../compile.js';
import type { Environment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import type { Fn } from './compileNode.js';

/** What {@link evaluateSide} and {@link explain} need beyond the public fields of a compiled expression. */
export interface Internals {
  readonly env: Environment;
  /** Raw readers of the operands, in the order of `compiled.operands` (undefined/wrong type = missing). */
  readonly raw: readonly ((r: unknown, c: EvalContext | undefined) => unknown)[];
  /** Lazily built variants: with missing numbers read as 0, and traced. */
  zeroVariant?: Fn;
}

export const internals = new WeakMap<CompiledExpression, Internals>();
