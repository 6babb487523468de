import type { CompiledExpression } from './compile.js';
import type { EvalContext } from './evalContext.js';
import { buildClosure } from './internal/compileNode.js';
import { internals } from './internal/internals.js';
import type { MissingValueStrategy } from './missingValueStrategy.js';
import type { Value } from './value.js';

/**
 * The outcome of one side of a rule: skipped (no value), or evaluated. `missing` names the operands that
 * were missing (`prev:users.iud` for earlier records), whatever the strategy.
 *
 * @example
 * ```ts
 * const s: SideResult = { skipped: false, value: 260, missing: [] };
 * ```
 */
export interface SideResult {
  readonly skipped: boolean;
  readonly value: Value;
  readonly missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Evaluates one side of a rule under a missing-value strategy. An operand is missing when it is absent,
 * `null` or of the wrong type (see `compiled.operands`; a group counts each member).
 *
 * | strategy | no operand missing | some missing | all missing | no operands at all |
 * | --- | --- | --- | --- | --- |
 * | `skipIfAnyMissing` | evaluate | skip | skip | evaluate |
 * | `skipIfAllMissing` | evaluate | evaluate, nulls propagate | skip | evaluate |
 * | `neverSkip` | evaluate | evaluate, nulls propagate | evaluate, nulls propagate | evaluate |
 * | `treatAsZero` | evaluate | evaluate, missing = 0 | evaluate, missing = 0 | evaluate |
 *
 * "Nulls propagate" means the expression's own policy (`compiled.missingValues`, `null` by default)
 * applies: `users.iud + users.mal` is `null` when `mal` is missing, `sum(users[*])` skips it. A skipped
 * side has value `null`.
 *
 * @example
 * ```ts
 * const c = compileSource('users.iud + users.mal', env);
 * if (c.ok) {
 *   evaluateSide(c.compiled, report, 'skipIfAnyMissing'); // { skipped: true, value: null, missing: ['users.mal'] }
 *   evaluateSide(c.compiled, report, 'treatAsZero'); // { skipped: false, value: 12, missing: ['users.mal'] }
 * }
 * ```
 */
export function evaluateSide(
  compiled: CompiledExpression,
  record: unknown,
  strategy: MissingValueStrategy,
  ctx?: EvalContext,
): SideResult {
  const inner = internals.get(compiled);
  if (inner === undefined) throw new TypeError('evaluateSide: not a compiled expression from compile()');
  let missing: string[] | undefined;
  const raw = inner.raw;
  for (let i = 0; i < raw.length; i++) {
    const v = (raw[i] as (r: unknown, c: EvalContext | undefined) => unknown)(record, ctx);
    if (v === undefined || v === null) {
      const o = compiled.operands[i];
      if (o !== undefined) {
        missing ??= [];
        missing.push(o.period === 'current' ? o.field : `${o.period}:${o.field}`);
      }
    }
  }
  const missingList = missing ?? NONE;
  const count = missingList.length;
  const skip =
    (strategy === 'skipIfAnyMissing' && count > 0) ||
    (strategy === 'skipIfAllMissing' && count > 0 && count === raw.length);
  if (skip) return { skipped: true, value: null, missing: missingList };
  if (strategy === 'treatAsZero' && compiled.missingValues !== 'zero') {
    inner.zeroVariant ??= buildClosure(compiled.ast, inner.env, { zero: true });
    return { skipped: false, value: inner.zeroVariant(record, ctx), missing: missingList };
  }
  return { skipped: false, value: compiled(record, ctx), missing: missingList };
}
