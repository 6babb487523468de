import type { Span } from './ast.js';
import type { CompiledExpression, Operand } from './compile.js';
import type { EvalContext } from './evalContext.js';
import { buildClosure, preorder, type Tracer } from './internal/compileNode.js';
import { internals } from './internal/internals.js';
import { printEach } from './print.js';
import type { Value } from './value.js';

/**
 * The value of one sub-expression. `evaluated` is false for parts that short-circuiting skipped (the
 * right side of `false and …`, the untaken branch of `if`, later `coalesce` arguments); their value is null.
 *
 * @example
 * ```ts
 * const s: ExplainStep = { expression: 'sum(users[*])', span, value: 170, evaluated: true, depth: 1 };
 * ```
 */
export interface ExplainStep {
  readonly expression: string;
  readonly span: Span;
  readonly value: Value;
  readonly evaluated: boolean;
  /** Nesting depth: 0 for the whole expression. */
  readonly depth: number;
}

/**
 * Why an expression has the value it has: the value, every data item read with its value, and every
 * sub-expression with its value, outermost first (pre-order).
 *
 * @example
 * ```ts
 * const e: Explanation = explain(compiled, report, { vars: { pus: 260 } });
 * e.operands.find((o) => o.field === 'users.iud')?.value; // 12
 * ```
 */
export interface Explanation {
  readonly value: Value;
  readonly operands: readonly (Operand & { readonly value: Value })[];
  readonly steps: readonly ExplainStep[];
}

const tracers = new WeakMap<
  CompiledExpression,
  { tracer: Tracer; run: (r: unknown, c?: EvalContext) => Value }
>();

/** The depth of every node, in pre-order; an explicit stack, so a chain of thousands of terms is safe. */
function depths(ast: CompiledExpression['ast']): number[] {
  const out: number[] = [];
  const nodes: CompiledExpression['ast'][] = [ast];
  const levels: number[] = [0];
  for (;;) {
    const n = nodes.pop();
    const d = levels.pop();
    if (n === undefined || d === undefined) return out;
    out.push(d);
    if (n.kind === 'unary') {
      nodes.push(n.operand);
      levels.push(d + 1);
    } else if (n.kind === 'binary') {
      nodes.push(n.right, n.left);
      levels.push(d + 1, d + 1);
    } else if (n.kind === 'call') {
      for (let i = n.args.length - 1; i >= 0; i--) {
        nodes.push(n.args[i] as CompiledExpression['ast']);
        levels.push(d + 1);
      }
    }
  }
}

/**
 * Evaluates a compiled expression once more with tracing, so a user sees why a rule fired: the value of
 * every operand (field path, period, value) and of every sub-expression. The traced closure is built on
 * first use and kept; it computes the same values as the compiled one.
 *
 * @example
 * ```ts
 * const c = compileSource('sum(users[*]) + sum(nonUsers[*]) == pus', env);
 * if (c.ok) {
 *   const e = explain(c.compiled, report, { vars: { pus: 261 } });
 *   e.value; // false
 *   e.steps.map((s) => `${s.expression} = ${JSON.stringify(s.value)}`);
 *   // ['sum(users[*]) + sum(nonUsers[*]) == pus = false', 'sum(users[*]) + sum(nonUsers[*]) = 260', …]
 * }
 * ```
 */
export function explain(compiled: CompiledExpression, record: unknown, ctx?: EvalContext): Explanation {
  const inner = internals.get(compiled);
  if (inner === undefined) throw new TypeError('explain: not a compiled expression from compile()');
  let traced = tracers.get(compiled);
  if (traced === undefined) {
    const tracer: Tracer = { values: new Map() };
    const run = buildClosure(compiled.ast, inner.env, { zero: compiled.missingValues === 'zero', tracer });
    traced = { tracer, run: (r, c) => run(r, c) };
    tracers.set(compiled, traced);
  }
  traced.tracer.values = new Map();
  const value = traced.run(record, ctx);
  const values = traced.tracer.values;
  const d = depths(compiled.ast);
  const nodes = preorder(compiled.ast);
  const texts = printEach(nodes);
  const steps = nodes.map((node, i): ExplainStep => {
    const evaluated = values.has(i);
    return {
      expression: texts[i] as string,
      span: node.span,
      value: evaluated ? (values.get(i) as Value) : null,
      evaluated,
      depth: d[i] ?? 0,
    };
  });
  const operands = compiled.operands.map((o, i) => {
    const v = (inner.raw[i] as (r: unknown, c: EvalContext | undefined) => unknown)(record, ctx);
    return { ...o, value: v === undefined ? null : (v as Value) };
  });
  return { value, operands, steps };
}
