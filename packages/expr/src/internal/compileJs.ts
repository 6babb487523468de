import type { BinaryExpr, CallExpr, Expr } from '../ast.js';
import { COMPARISON_OPERATORS, isComparisonOperator } from '../comparisonOperators.js';
import type { CompiledExpression } from '../compile.js';
import type { Environment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import { print } from '../print.js';
import { roundHalfAwayFromZero } from '../rounding.js';
import { internals } from './internals.js';
import { resolveField, resolveGroup } from './resolve.js';

/**
 * The key under which {@link compile} carries {@link compileJs}, for `@kampung-kb/rules`: a registered
 * symbol, so the sibling package finds it without a public export (and keeps its closures when an older
 * expr lacks it).
 */
export const COMPILE_JS = Symbol.for('@kampung-kb/expr.compileJs');

/**
 * Writes the end of a fused function: given the JavaScript names holding the value of each expression of
 * the set (in the set's order; each a `Value` that is never a list), the statements that decide and
 * `return` what the function returns. Only the names given and operators may appear in it.
 */
export type JsTail = (values: readonly string[]) => string;

/** A function made by {@link compileJs}: the set evaluated on one record, then the tail's decision. */
export type FusedFunction = (record: unknown, ctx: EvalContext | undefined) => unknown;

/** `undefined` until code generation was tried; then whether `new Function` is allowed here. */
let codeGeneration: boolean | undefined;

/**
 * Why an expression cannot be written as code (a node the generator does not handle): the caller keeps
 * the closures.
 */
class Unsupported extends Error {}

/** The longest source text of a compound node that is shared by its printed text (as in compileShared). */
const MAX_SHARED_SPAN = 256;
/** Sets with more nodes than this keep their closures (a generated body this large gains nothing). */
const MAX_NODES = 4000;

type Period = 'current' | 'prev' | 'lastYear';

/**
 * Compiles a set of already compiled expressions into ONE JavaScript function (generated code, `new
 * Function`) that evaluates every expression of the set on a record and then runs `tail`: a rule set's
 * per-record checks fused into a single call with no closure per node, no allocation and every repeated
 * sub-expression (`sum(users[*])` of three rules, a field read by two) computed once, as a local.
 *
 * The values are exactly those of the expressions themselves (same null semantics, missing-value policy,
 * `prev()` / `lastYear()` and `round`); sub-expressions are evaluated eagerly, which changes nothing as
 * expressions have no effects. Returns `undefined` when code generation is refused (a
 * Content-Security-Policy without `'unsafe-eval'`, Node's `--disallow-code-generation-from-strings`:
 * tried once, then never again), when an expression has a node the generator does not handle, or when
 * the set is very large; the caller then keeps the closures.
 */
export function compileJs(set: readonly CompiledExpression[], tail: JsTail): FusedFunction | undefined {
  if (codeGeneration === false) return undefined;
  let source: string;
  const emitter = new Emitter();
  try {
    const values = set.map((c) => {
      const inner = internals.get(c);
      if (inner === undefined) throw new TypeError('compileJs: not a compiled expression from compile()');
      return emitter.expression(c.ast, inner.env, c.missingValues === 'zero');
    });
    source = emitter.source(tail(values));
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
  let factory: (constants: readonly unknown[], round: typeof roundHalfAwayFromZero) => FusedFunction;
  try {
    factory = new Function(source)() as typeof factory;
    codeGeneration = true;
  } catch {
    codeGeneration = false;
    return undefined;
  }
  return factory(emitter.constants, roundHalfAwayFromZero);
}

/** The generated statements of one fused function, with every value bound once to a local. */
class Emitter {
  readonly lines: string[] = [];
  readonly constants: unknown[] = [];
  private count = 0;
  private nodes = 0;
  /** Locals by what they hold (resolved reads and compound nodes), so each is computed once. */
  private readonly memo = new Map<string, string>();
  private readonly envIds = new Map<Environment, number>();

  source(tail: string): string {
    const consts = this.constants.map((_, i) => `const k${i} = K[${i}];`).join('\n');
    return `"use strict";\nreturn function (K, round) {\n${consts}\nreturn function fused(r, c) {\n${this.lines.join('\n')}\n${tail}\n};\n};`;
  }

  private local(): string {
    return `t${this.count++}`;
  }

  private bind(code: string): string {
    const t = this.local();
    this.lines.push(`const ${t} = ${code};`);
    return t;
  }

  private once(key: string, make: () => string): string {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const t = make();
    this.memo.set(key, t);
    return t;
  }

  private constant(v: unknown): string {
    const i = this.constants.length;
    this.constants.push(v);
    return `k${i}`;
  }

  expression(ast: Expr, env: Environment, zero: boolean): string {
    let id = this.envIds.get(env);
    if (id === undefined) {
      id = this.envIds.size;
      this.envIds.set(env, id);
    }
    return new NodeWriter(this, env, zero, `${id}|${zero ? 'z' : 'n'}|`).node(ast, 'current');
  }

  /** The object an expression reads from: the record, or an earlier one from the context. */
  sourceOf(period: Period): string {
    if (period === 'current') return 'r';
    return this.once(`src|${period}`, () => this.bind(`c === undefined ? undefined : c.${period}`));
  }

  /** `walk(source, path)`: undefined when any step is not an object. */
  objectAt(period: Period, path: readonly string[]): string {
    if (path.length === 0) return this.sourceOf(period);
    return this.once(`obj|${period}|${JSON.stringify(path)}`, () => {
      const parent = this.objectAt(period, path.slice(0, -1));
      const key = JSON.stringify(path[path.length - 1]);
      return this.bind(`${parent} === null || typeof ${parent} !== 'object' ? undefined : ${parent}[${key}]`);
    });
  }

  /** A scalar field read: a value of the wrong type is missing, a missing number is `missingNumber`. */
  field(period: Period, path: readonly string[], kind: string, miss: string): string {
    return this.once(`field|${period}|${kind}|${miss}|${JSON.stringify(path)}`, () => {
      const v = this.objectAt(period, path);
      return this.bind(`typeof ${v} === ${JSON.stringify(kind)} ? ${v} : ${miss}`);
    });
  }

  variable(name: string, kind: string, miss: string): string {
    const vars = this.once('vars', () => this.bind('c === undefined ? undefined : c.vars'));
    const raw = this.once(`var|${JSON.stringify(name)}`, () =>
      this.bind(`${vars} === undefined || ${vars} === null ? undefined : ${vars}[${JSON.stringify(name)}]`),
    );
    return this.once(`varv|${kind}|${miss}|${JSON.stringify(name)}`, () =>
      this.bind(`typeof ${raw} === ${JSON.stringify(kind)} ? ${raw} : ${miss}`),
    );
  }

  literal(v: number | string | boolean): string {
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'string') return JSON.stringify(v);
    // A finite number prints as the shortest text that reads back as the same double.
    if (Number.isFinite(v) && !Object.is(v, -0)) return `(${String(v)})`;
    return this.constant(v);
  }

  compound(key: string | undefined, make: () => string): string {
    if (++this.nodes > MAX_NODES) throw new Unsupported('too many nodes');
    if (key === undefined) return make();
    return this.once(key, make);
  }

  emit(code: string): string {
    return this.bind(code);
  }

  statement(line: string): void {
    this.lines.push(line);
  }

  fresh(): string {
    return this.local();
  }
}

/** Writes the nodes of one expression (one environment and missing-value policy). */
class NodeWriter {
  private readonly miss: string;

  constructor(
    private readonly out: Emitter,
    private readonly env: Environment,
    private readonly zero: boolean,
    private readonly prefix: string,
  ) {
    this.miss = zero ? '0' : 'null';
  }

  private key(e: Expr, period: Period): string | undefined {
    if (e.span.end - e.span.start > MAX_SHARED_SPAN) return undefined;
    return `${this.prefix}${period}|${print(e)}`;
  }

  node(e: Expr, period: Period): string {
    switch (e.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return this.out.literal(e.value);
      case 'null':
        return 'null';
      case 'field': {
        const res = resolveField(this.env, e.path);
        if (res.kind === 'variable') {
          const kind = res.type.kind;
          return this.out.variable(e.path.join('.'), kind, kind === 'number' ? this.miss : 'null');
        }
        if (res.kind !== 'field') throw new Unsupported(`field ${e.path.join('.')}`);
        const kind = res.type.kind;
        return this.out.field(period, e.path, kind, kind === 'number' ? this.miss : 'null');
      }
      case 'group':
        // A list outside an aggregate: the closures handle it.
        throw new Unsupported('list value');
      case 'unary':
        return this.out.compound(this.key(e, period), () => {
          const a = this.node(e.operand, period);
          return this.out.emit(
            e.op === '-' ? `${a} === null ? null : -${a}` : `${a} === null ? null : !${a}`,
          );
        });
      case 'binary':
        return this.out.compound(this.key(e, period), () => this.binary(e, period));
      case 'call':
        if (e.name === 'prev' || e.name === 'lastYear') return this.node(e.args[0] as Expr, e.name);
        return this.out.compound(this.key(e, period), () => this.call(e, period));
    }
  }

  private binary(e: BinaryExpr, period: Period): string {
    const x = this.node(e.left, period);
    const y = this.node(e.right, period);
    const nul = `${x} === null || ${y} === null`;
    if (isComparisonOperator(e.op))
      return this.out.emit(`${nul} ? null : ${x} ${COMPARISON_OPERATORS[e.op].js} ${y}`);
    switch (e.op) {
      case '+':
      case '-':
      case '*':
        return this.out.emit(`${nul} ? null : ${x} ${e.op} ${y}`);
      case '/':
        return this.out.emit(`${nul} || ${y} === 0 ? null : ${x} / ${y}`);
      case 'and':
        return this.out.emit(`${x} === false || ${y} === false ? false : ${nul} ? null : true`);
      case 'or':
        return this.out.emit(`${x} === true || ${y} === true ? true : ${nul} ? null : false`);
    }
  }

  private call(e: CallExpr, period: Period): string {
    switch (e.name) {
      case 'sum':
      case 'min':
      case 'max':
      case 'count':
        return this.aggregate(e.name, e.args[0] as Expr, period);
      case 'if': {
        const [t, a, b] = e.args.map((x) => this.node(x, period)) as [string, string, string];
        return this.out.emit(`${t} === null ? null : ${t} ? ${a} : ${b}`);
      }
      case 'isNull': {
        const a = this.node(e.args[0] as Expr, period);
        return this.out.emit(`${a} === null`);
      }
      case 'coalesce': {
        const parts = e.args.map((x) => this.node(x, period));
        let code = 'null';
        for (let i = parts.length - 1; i >= 0; i--) code = `${parts[i]} !== null ? ${parts[i]} : ${code}`;
        return this.out.emit(code);
      }
      case 'abs': {
        const a = this.node(e.args[0] as Expr, period);
        return this.out.emit(`${a} === null ? null : Math.abs(${a})`);
      }
      case 'round': {
        const a = this.node(e.args[0] as Expr, period);
        const d = e.args[1] === undefined ? '0' : this.node(e.args[1], period);
        return this.out.emit(
          `${a} === null || ${d} === null || !Number.isInteger(${d}) || Math.abs(${d}) > 15 ? null : round(${a}, ${d})`,
        );
      }
      default:
        throw new Unsupported(`function ${e.name}`);
    }
  }

  /** `sum`, `min`, `max`, `count` of a group, read in place (as the closures' aggregateGroup does). */
  private aggregate(name: 'sum' | 'min' | 'max' | 'count', arg: Expr, period: Period): string {
    let p = period;
    let g = arg;
    if (g.kind === 'call' && (g.name === 'prev' || g.name === 'lastYear')) {
      p = g.name;
      g = g.args[0] as Expr;
    }
    if (g.kind !== 'group') throw new Unsupported('aggregate of a computed list');
    const res = resolveGroup(this.env, g.path, g.group);
    if (res.kind !== 'group') throw new Unsupported('group');
    const o = this.out.objectAt(p, g.path);
    const n = res.keys.length;
    const zero = this.zero;
    const empty = zero ? (name === 'count' ? String(n) : '0') : name === 'count' ? '0' : 'null';
    const acc = this.out.fresh();
    const ok = `${o} !== null && typeof ${o} === 'object'`;
    const members = res.keys.map((k) => `${o}[${JSON.stringify(k)}]`);
    const lines: string[] = [];
    if (name === 'count') {
      if (zero) lines.push(`const ${acc} = ${ok} ? ${n} : ${empty};`);
      else {
        lines.push(`let ${acc} = ${empty};`);
        lines.push(`if (${ok}) {`);
        for (const m of members) lines.push(`if (typeof ${m} === 'number') ${acc}++;`);
        lines.push('}');
      }
    } else if (name === 'sum') {
      const any = this.out.fresh();
      lines.push(`let ${acc} = ${empty};`);
      lines.push(`if (${ok}) {`);
      lines.push(`let s = 0; let ${any} = ${zero ? 'true' : 'false'};`);
      for (const m of members) {
        lines.push(`{ const v = ${m}; if (typeof v === 'number') { s += v; ${any} = true; } }`);
      }
      lines.push(`${acc} = ${any} ? s : null;`);
      lines.push('}');
    } else {
      const better = name === 'min' ? '<' : '>';
      lines.push(`let ${acc} = ${empty};`);
      lines.push(`if (${ok}) {`);
      lines.push('let best = null;');
      for (const m of members) {
        lines.push(
          zero
            ? `{ let v = ${m}; if (typeof v !== 'number') v = 0; if (best === null || v ${better} best) best = v; }`
            : `{ const v = ${m}; if (typeof v === 'number' && (best === null || v ${better} best)) best = v; }`,
        );
      }
      lines.push(`${acc} = best;`);
      lines.push('}');
    }
    for (const l of lines) this.out.statement(l);
    return acc;
  }
}

/** @internal For tests: forget whether code generation is allowed (so it is tried again). */
export function resetCodeGeneration(): void {
  codeGeneration = undefined;
}
