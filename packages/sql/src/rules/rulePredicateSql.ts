import { COMPARISON_OPERATORS, compileSource, type MissingValueStrategy } from '@kampung-kb/expr';
import type { ExpandedRule } from '@kampung-kb/rules';
import { expressionToSql, type SqlScope, scopeOperands } from '../internal/expressionSql.js';

export type { SqlScope } from '../internal/expressionSql.js';

/**
 * A per-record rule compiled to SQL: `fires` is a boolean SQL expression that is true exactly when the
 * JavaScript engine reports the rule for the record; or why the rule stays with the JavaScript engine.
 *
 * @example
 * ```ts
 * const p: RulePredicateSql = { ok: false, rule: 'my-jump', reason: 'jump rules read earlier months' };
 * ```
 */
export type RulePredicateSql =
  | { readonly ok: true; readonly rule: string; readonly fires: string }
  | { readonly ok: false; readonly rule: string; readonly reason: string };

/** Whether a side is skipped under its missing-value strategy (SQL), or `FALSE`. */
function skipSql(
  expression: string,
  strategy: MissingValueStrategy,
  scope: SqlScope,
): { ok: true; skip: string; value: string } | { ok: false; reason: string } {
  const c = compileSource(expression, scope.env);
  if (!c.ok) return { ok: false, reason: `expression does not compile: ${expression}` };
  if (c.compiled.operands.some((o) => o.period !== 'current'))
    return { ok: false, reason: 'reads earlier months (prev, lastYear)' };
  const missing = c.compiled.operands.map(
    (o) => `${o.source === 'variable' ? scope.variable(o.field) : scope.field(o.field)} IS NULL`,
  );
  const value = expressionToSql(c.compiled.ast, scopeOperands(scope), strategy === 'treatAsZero');
  if (!value.ok) return { ok: false, reason: value.reason };
  let skip = 'FALSE';
  if (missing.length > 0 && strategy === 'skipIfAnyMissing') skip = `(${missing.join(' OR ')})`;
  if (missing.length > 0 && strategy === 'skipIfAllMissing') skip = `(${missing.join(' AND ')})`;
  return { ok: true, skip, value: value.sql };
}

/**
 * Compiles one per-record rule (`comparison` or `condition`, template items expanded) from its expressions'
 * AST to a portable SQL predicate that is true exactly when the JavaScript engine
 * (`compileRules`/`validateDataset` of `@kampung-kb/rules`) reports it: a comparison fires when neither side
 * is skipped by its missing-value strategy, both have a value and the comparison is false; a condition fires
 * when it is not skipped and is false (unknown does not fire). Numbers are compared as `DOUBLE PRECISION`,
 * as JavaScript does. Cross-period (`jump`, `outlier`), builtin (structural) rules and expressions over
 * earlier months or with `round` are not compiled: `ok: false` says why, and the JavaScript engine keeps them.
 *
 * @example
 * ```ts
 * import { createEnvironment } from '@kampung-kb/expr';
 * import { MonthlyReport } from '@kampung-kb/model';
 * import { expandRules, builtinRules } from '@kampung-kb/rules';
 * const rule = expandRules(builtinRules).find((r) => r.id === 'mkjp-within-users')!;
 * const env = createEnvironment(MonthlyReport);
 * const p = rulePredicateSql(rule, { env, field: (f) => `m."${f}"`, variable: (v) => `p."${v}"` });
 * if (p.ok) p.fires; // '(NOT (…)) AND … AND NOT ((…) <= (…))'
 * ```
 */
export function rulePredicateSql(rule: ExpandedRule, scope: SqlScope): RulePredicateSql {
  const id = rule.id;
  if (rule.kind === 'comparison') {
    const l = skipSql(rule.left.expression, rule.left.missingValueStrategy, scope);
    if (!l.ok) return { ok: false, rule: id, reason: l.reason };
    const r = skipSql(rule.right.expression, rule.right.missingValueStrategy, scope);
    if (!r.ok) return { ok: false, rule: id, reason: r.reason };
    const fires = [
      `NOT ${l.skip}`,
      `NOT ${r.skip}`,
      `${l.value} IS NOT NULL`,
      `${r.value} IS NOT NULL`,
      `NOT (${l.value} ${COMPARISON_OPERATORS[rule.operator].sql} ${r.value})`,
    ].join(' AND ');
    return { ok: true, rule: id, fires: `(${fires})` };
  }
  if (rule.kind === 'condition') {
    const s = skipSql(rule.expression, rule.missingValueStrategy, scope);
    if (!s.ok) return { ok: false, rule: id, reason: s.reason };
    return { ok: true, rule: id, fires: `(NOT ${s.skip} AND NOT COALESCE(${s.value}, TRUE))` };
  }
  const reason =
    rule.kind === 'builtin'
      ? `structural check ${rule.check}`
      : `${rule.kind} rules compare a kampung's months (cross-record)`;
  return { ok: false, rule: id, reason };
}
