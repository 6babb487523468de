import type { Expr } from './ast.js';
import { check } from './check.js';
import type { Diagnostic } from './diagnostic.js';
import type { Environment } from './environment.js';
import type { EvalContext } from './evalContext.js';
import type { ExprType } from './exprType.js';
import { COMPILE_JS, compileJs } from './internal/compileJs.js';
import { buildClosure, sourceOf, walk } from './internal/compileNode.js';
import { COMPILE_SHARED, compileShared } from './internal/compileShared.js';
import { internals } from './internal/internals.js';
import { resolveField, resolveGroup } from './internal/resolve.js';
import { print } from './print.js';
import type { Value } from './value.js';

/**
 * How a compiled expression reads missing numeric data (a `null` or absent field, variable or earlier
 * record): `'null'` (the default) keeps it `null`, so arithmetic on it gives `null`; `'zero'` reads it as
 * `0`. Nulls the expression computes itself (`null`, `x / 0`, `if` with an unknown condition) stay `null`
 * under both.
 *
 * @example
 * ```ts
 * const policy: MissingValuePolicy = 'zero';
 * ```
 */
export type MissingValuePolicy = 'null' | 'zero';

/**
 * Options of {@link compile}.
 *
 * @example
 * ```ts
 * const o: CompileOptions = { missingValues: 'zero' };
 * ```
 */
export interface CompileOptions {
  readonly missingValues?: MissingValuePolicy;
}

/**
 * A data item an expression reads: a field of the record (or of the previous / last year's record), or an
 * extra variable. Group members are listed one by one.
 *
 * @example
 * ```ts
 * const o: Operand = { field: 'users.iud', period: 'prev', source: 'record' };
 * ```
 */
export interface Operand {
  readonly field: string;
  readonly period: 'current' | 'prev' | 'lastYear';
  readonly source: 'record' | 'variable';
}

/**
 * A compiled expression: call it with a record (and an optional {@link EvalContext}) to get its value. It is
 * a closure tree built once, so evaluation does no parsing, name lookup or AST walking.
 *
 * @example
 * ```ts
 * const c = compileSource('users.iud + users.mow', env);
 * if (c.ok) c.compiled(report); // 18
 * ```
 */
export interface CompiledExpression {
  (record: unknown, ctx?: EvalContext): Value;
  readonly ast: Expr;
  /** The expression as {@link print} writes it. */
  readonly source: string;
  readonly type: ExprType;
  /** Every data item read, deduplicated, in source order. */
  readonly operands: readonly Operand[];
  readonly missingValues: MissingValuePolicy;
}

/**
 * The result of {@link compile} or {@link compileSource}.
 *
 * @example
 * ```ts
 * const r: CompileResult = compile(ast, env);
 * if (r.ok) r.compiled(record);
 * ```
 */
export type CompileResult =
  | { readonly ok: true; readonly compiled: CompiledExpression }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

type Reader = (r: unknown, c: EvalContext | undefined) => unknown;

function collectOperands(ast: Expr, env: Environment): { operands: Operand[]; raw: Reader[] } {
  const operands: Operand[] = [];
  const raw: Reader[] = [];
  const seen = new Set<string>();
  const add = (path: readonly string[], period: Operand['period']): void => {
    const field = path.join('.');
    const key = `${period}:${field}`;
    if (seen.has(key)) return;
    seen.add(key);
    const res = resolveField(env, path);
    if (res.kind === 'variable') {
      operands.push({ field, period, source: 'variable' });
      raw.push((_r, c) => c?.vars?.[field]);
      return;
    }
    operands.push({ field, period, source: 'record' });
    const source = sourceOf(period);
    const kind = res.kind === 'field' ? res.type.kind : 'number';
    raw.push((r, c) => {
      const v = walk(source(r, c), path);
      return typeof v === kind ? v : undefined;
    });
  };
  // Pre-order with an explicit stack (operands in source order): a flat chain of thousands of terms must
  // not recurse thousands of times.
  const nodes: Expr[] = [ast];
  const periods: Operand['period'][] = ['current'];
  for (;;) {
    const e = nodes.pop();
    const period = periods.pop();
    if (e === undefined || period === undefined) break;
    switch (e.kind) {
      case 'field':
        add(e.path, period);
        break;
      case 'group': {
        const g = resolveGroup(env, e.path, e.group);
        if (g.kind === 'group') for (const k of g.keys) add([...e.path, k], period);
        break;
      }
      case 'unary':
        nodes.push(e.operand);
        periods.push(period);
        break;
      case 'binary':
        nodes.push(e.right, e.left);
        periods.push(period, period);
        break;
      case 'call': {
        const p = e.name === 'prev' || e.name === 'lastYear' ? e.name : period;
        for (let i = e.args.length - 1; i >= 0; i--) {
          nodes.push(e.args[i] as Expr);
          periods.push(p);
        }
        break;
      }
      default:
        break;
    }
  }
  return { operands, raw };
}

/**
 * Type-checks an AST (see {@link check}) and compiles it into a closure. Nothing is interpreted per
 * record: every node becomes a small specialised function once, field paths and groups are resolved once,
 * and `sum`/`min`/`max`/`count` over a group read the fields in place without building a list.
 *
 * ## Null semantics
 * A missing field (absent, `null`, or of the wrong type) reads as `null` (or `0` under
 * `missingValues: 'zero'`). Then:
 * - arithmetic `+ - * /` and unary `-` with a `null` operand give `null`; `x / 0` gives `null`;
 * - comparisons with a `null` operand give `null` (unknown), never `false`;
 * - `and`, `or`, `not` follow Kleene's three-valued logic:
 *
 * | a | b | a and b | a or b | not a |
 * | --- | --- | --- | --- | --- |
 * | true | true | true | true | false |
 * | true | false | false | true | false |
 * | true | null | null | true | false |
 * | false | false | false | false | true |
 * | false | null | false | null | true |
 * | null | null | null | null | null |
 *
 * - `if(null, a, b)` is `null`; `isNull(x)` is never null; `coalesce` gives its first non-null argument;
 * - `sum`, `min`, `max` skip null members and give `null` when every member is null; `count` counts the
 *   non-null members;
 * - `prev(x)` and `lastYear(x)` are `null` when the context has no such record.
 *
 * @example
 * ```ts
 * import { MonthlyReport } from '@kampung-kb/model';
 * const env = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
 * const p = parse('sum(users[*]) + sum(nonUsers[*]) == pus');
 * if (p.ok) {
 *   const c = compile(p.ast, env);
 *   if (c.ok) c.compiled(report, { vars: { pus: 260 } }); // true
 * }
 * ```
 */
export function compile(ast: Expr, env: Environment, options: CompileOptions = {}): CompileResult {
  const checked = check(ast, env);
  if (!checked.ok) return checked;
  const missingValues = options.missingValues ?? 'null';
  const root = buildClosure(ast, env, { zero: missingValues === 'zero' });
  const { operands, raw } = collectOperands(ast, env);
  // The root closure is the compiled expression itself (no wrapper call per evaluation).
  const compiled: CompiledExpression = Object.assign(root as (record: unknown, ctx?: EvalContext) => Value, {
    ast,
    source: print(ast),
    type: checked.type,
    operands,
    missingValues,
  });
  internals.set(compiled, { env, raw });
  return { ok: true, compiled };
}

Object.defineProperty(compile, COMPILE_SHARED, { value: compileShared });
Object.defineProperty(compile, COMPILE_JS, { value: compileJs });
