import type { CompiledExpression } from '../compile.js';
import type { Environment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import type { Value } from '../value.js';
import { buildClosure, countShared } from './compileNode.js';
import { internals } from './internals.js';

/**
 * The key under which {@link compile} carries {@link compileShared}, for `@kampung-kb/rules`: a
 * registered symbol, so the sibling package finds it without a public export (and falls back to the
 * plain closures when an older expr lacks it).
 */
export const COMPILE_SHARED = Symbol.for('@kampung-kb/expr.compileShared');

/** What the evaluator of a set increments before each new record; the memoised nodes read it. */
export interface SharedScope {
  gen: number;
}

/**
 * Compiles a set of already compiled expressions once more, for a caller that evaluates all of them on
 * the same record in turn (a rule set): every compound sub-expression that occurs more than once in the
 * set (same environment, missing-value policy, period and printed text, e.g. `sum(users[*])` of three
 * rules) is built once and evaluated once per value of `scope.gen`. The caller increments `scope.gen`
 * before it evaluates the set on another record or context; the closures compute the same values as
 * the expressions themselves.
 */
export function compileShared(
  set: readonly CompiledExpression[],
  scope: SharedScope,
): ((record: unknown, ctx: EvalContext | undefined) => Value)[] {
  const envIds = new Map<Environment, number>();
  const prefixes = set.map((c) => {
    const inner = internals.get(c);
    if (inner === undefined) throw new TypeError('compileShared: not a compiled expression from compile()');
    let id = envIds.get(inner.env);
    if (id === undefined) {
      id = envIds.size;
      envIds.set(inner.env, id);
    }
    return { env: inner.env, prefix: `${id}|${c.missingValues}|` };
  });
  const counts = new Map<string, number>();
  for (let i = 0; i < set.length; i++) {
    countShared((set[i] as CompiledExpression).ast, (prefixes[i] as { prefix: string }).prefix, counts);
  }
  const repeated = new Set<string>();
  for (const [key, n] of counts) if (n > 1) repeated.add(key);
  const memo = new Map();
  return set.map((c, i) => {
    const { env, prefix } = prefixes[i] as { env: Environment; prefix: string };
    return buildClosure(c.ast, env, {
      zero: c.missingValues === 'zero',
      shared: { scope, repeated, memo, prefix },
    });
  });
}
