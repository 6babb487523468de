import type { BinaryExpr, CallExpr, Expr } from '../ast.js';
import { COMPARISON_OPERATORS, isComparisonOperator } from '../comparisonOperators.js';
import type { Environment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import { print } from '../print.js';
import { roundHalfAwayFromZero } from '../rounding.js';
import type { Value } from '../value.js';
import { resolveField, resolveGroup } from './resolve.js';

type Rec = Record<string, unknown>;
/** A compiled node. */
export type Fn = (r: unknown, c: EvalContext | undefined) => Value;
/** Reads an object (the record, or an earlier record from the context). */
type Source = (r: unknown, c: EvalContext | undefined) => unknown;
type Period = 'current' | 'prev' | 'lastYear';
type ScalarKind = 'number' | 'string' | 'boolean';

/** Records the value of each node (by pre-order index) during a traced evaluation. */
export interface Tracer {
  values: Map<number, Value>;
}

const fromRecord: Source = (r) => r;
const fromPrev: Source = (_r, c) => (c === undefined ? undefined : c.prev);
const fromLastYear: Source = (_r, c) => (c === undefined ? undefined : c.lastYear);

export function sourceOf(period: Period): Source {
  return period === 'current' ? fromRecord : period === 'prev' ? fromPrev : fromLastYear;
}

/** Follows `path` from an object; undefined when any step is missing. */
export function walk(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Rec)[k];
  }
  return v;
}

/** A reader of a scalar field: a value of the wrong type reads as missing; missing numbers as `missingNumber`. */
export function fieldReader(
  source: Source,
  path: readonly string[],
  kind: ScalarKind,
  missingNumber: 0 | null,
): Fn {
  const miss = kind === 'number' ? missingNumber : null;
  if (path.length === 1) {
    const a = path[0] as string;
    if (source === fromRecord) {
      return (r) => {
        const v = r === null || typeof r !== 'object' ? undefined : (r as Rec)[a];
        return typeof v === kind ? (v as Value) : miss;
      };
    }
    return (r, c) => {
      const o = source(r, c);
      const v = o === null || typeof o !== 'object' ? undefined : (o as Rec)[a];
      return typeof v === kind ? (v as Value) : miss;
    };
  }
  if (path.length === 2) {
    const a = path[0] as string;
    const b = path[1] as string;
    if (source === fromRecord) {
      return (r) => {
        const m = r === null || typeof r !== 'object' ? undefined : (r as Rec)[a];
        const v = m === null || typeof m !== 'object' ? undefined : (m as Rec)[b];
        return typeof v === kind ? (v as Value) : miss;
      };
    }
    return (r, c) => {
      const o = source(r, c);
      const m = o === null || typeof o !== 'object' ? undefined : (o as Rec)[a];
      const v = m === null || typeof m !== 'object' ? undefined : (m as Rec)[b];
      return typeof v === kind ? (v as Value) : miss;
    };
  }
  return (r, c) => {
    const v = walk(source(r, c), path);
    return typeof v === kind ? (v as Value) : miss;
  };
}

/** Whether `o[name]` is absent or an own data property (not a getter that could change). */
function isPlainData(o: object, name: string): boolean {
  if (!(name in o)) return true;
  const d = Object.getOwnPropertyDescriptor(o, name);
  return d !== undefined && 'value' in d;
}

function variableReader(name: string, kind: ScalarKind, missingNumber: 0 | null, cached: boolean): Fn {
  const miss = kind === 'number' ? missingNumber : null;
  if (cached) {
    // For a set of rules run record after record: a frozen variables object (one per population
    // snapshot) cannot change, so its value is read once per object instead of once per record.
    let frozen: object | undefined;
    let value: Value = null;
    return (_r, c) => {
      const vars = c === undefined ? undefined : c.vars;
      if (vars === frozen && vars !== undefined) return value;
      const v = vars === undefined || vars === null ? undefined : vars[name];
      const out = typeof v === kind ? (v as Value) : miss;
      if (vars !== undefined && vars !== null && Object.isFrozen(vars) && isPlainData(vars, name)) {
        frozen = vars;
        value = out;
      }
      return out;
    };
  }
  return (_r, c) => {
    const vars = c === undefined ? undefined : c.vars;
    const v = vars === undefined || vars === null ? undefined : vars[name];
    return typeof v === kind ? (v as Value) : miss;
  };
}

/** A group as an object getter plus keys, so aggregates can run without building a list. */
interface GroupAccess {
  readonly object: Source;
  readonly keys: readonly string[];
  /** The key of the object on the record itself, when the group is `x[...]` of the current record. */
  readonly direct: string | undefined;
}

function groupAccess(env: Environment, e: Expr): GroupAccess | undefined {
  let period: Period = 'current';
  let g = e;
  if (g.kind === 'call' && (g.name === 'prev' || g.name === 'lastYear')) {
    period = g.name;
    g = g.args[0] as Expr;
  }
  if (g.kind !== 'group') return undefined;
  const r = resolveGroup(env, g.path, g.group);
  if (r.kind !== 'group') throw new Error(`expr: group ${g.path.join('.')}[${g.group}] did not resolve`);
  return {
    object: objectReader(sourceOf(period), g.path),
    keys: r.keys,
    direct: period === 'current' && g.path.length === 1 ? (g.path[0] as string) : undefined,
  };
}

/** Reads the object at `path` (specialised for the short paths records have). */
function objectReader(source: Source, path: readonly string[]): Source {
  if (path.length === 1) {
    const a = path[0] as string;
    if (source === fromRecord)
      return (r) => (r === null || typeof r !== 'object' ? undefined : (r as Rec)[a]);
    return (r, c) => {
      const o = source(r, c);
      return o === null || typeof o !== 'object' ? undefined : (o as Rec)[a];
    };
  }
  return (r, c) => walk(source(r, c), path);
}

type Aggregate = 'sum' | 'min' | 'max' | 'count';

/** Aggregates a group in place: no list is built. Missing members are skipped, or read as 0. */
function aggregateGroup(name: Aggregate, g: GroupAccess, zero: boolean): Fn {
  const { object, keys, direct } = g;
  const n = keys.length;
  const empty = zero ? (name === 'count' ? n : 0) : name === 'count' ? 0 : null;
  switch (name) {
    case 'sum':
      if (direct !== undefined) {
        // The common shape `sum(users[*])`: the object is read off the record without a getter call.
        return (r) => {
          const o =
            r === null || typeof r !== 'object' ? undefined : ((r as Rec)[direct] as Rec | null | undefined);
          if (o === null || typeof o !== 'object') return empty;
          let s = 0;
          let any = zero;
          for (let i = 0; i < n; i++) {
            const v = o[keys[i] as string];
            if (typeof v === 'number') {
              s += v;
              any = true;
            }
          }
          return any ? s : null;
        };
      }
      return (r, c) => {
        const o = object(r, c) as Rec | null | undefined;
        if (o === null || typeof o !== 'object') return empty;
        let s = 0;
        let any = zero;
        for (let i = 0; i < n; i++) {
          const v = o[keys[i] as string];
          if (typeof v === 'number') {
            s += v;
            any = true;
          }
        }
        return any ? s : null;
      };
    case 'count':
      return (r, c) => {
        const o = object(r, c) as Rec | null | undefined;
        if (o === null || typeof o !== 'object') return empty;
        if (zero) return n;
        let k = 0;
        for (let i = 0; i < n; i++) if (typeof o[keys[i] as string] === 'number') k++;
        return k;
      };
    default: {
      const isMin = name === 'min';
      return (r, c) => {
        const o = object(r, c) as Rec | null | undefined;
        if (o === null || typeof o !== 'object') return empty;
        let best: number | null = null;
        for (let i = 0; i < n; i++) {
          let v = o[keys[i] as string];
          if (typeof v !== 'number') {
            if (!zero) continue;
            v = 0;
          }
          const x = v as number;
          if (best === null || (isMin ? x < best : x > best)) best = x;
        }
        return best;
      };
    }
  }
}

/** Aggregates an evaluated list (traced evaluation and the general case). */
function aggregateList(name: Aggregate, list: Fn): Fn {
  return (r, c) => {
    const l = list(r, c) as readonly (number | null)[];
    let acc: number | null = null;
    let k = 0;
    for (const v of l) {
      if (v === null) continue;
      k++;
      if (acc === null) acc = v;
      else if (name === 'sum') acc += v;
      else if (name === 'min' ? v < acc : name === 'max' ? v > acc : false) acc = v;
    }
    return name === 'count' ? k : acc;
  };
}

export interface BuildOptions {
  readonly zero: boolean;
  readonly tracer?: Tracer;
  /** Sub-expressions shared with other expressions of a set, evaluated once per record (see {@link SharedBuild}). */
  readonly shared?: SharedBuild;
}

/**
 * Common-subexpression elimination across a set of expressions evaluated on the same record: a node
 * whose key (environment, missing-value policy, period and printed text) is in `repeated` is built once
 * for the whole set and memoised. The memo is valid while `scope.gen` stays the same; whoever runs the
 * set increments it before each new record (or context).
 */
export interface SharedBuild {
  readonly scope: { readonly gen: number };
  /** Keys of the nodes that occur more than once in the set. */
  readonly repeated: ReadonlySet<string>;
  /** Built nodes by key, shared by the whole set. */
  readonly memo: Map<string, Fn>;
  /** The environment and policy part of the keys. */
  readonly prefix: string;
}

/**
 * The longest source text (span) of a node that may be shared: real repeated sub-expressions are short
 * (`sum(users[*]) + sum(nonUsers[*])`), and the key of a node is its printed text, so a bound keeps the
 * keys of a 10,000-character chain from costing quadratic time.
 */
const MAX_SHARED_SPAN = 256;

/** Whether a node is worth sharing: compound nodes with a scalar value (leaves are cheaper to re-read). */
function shareable(e: Expr): boolean {
  if (e.span.end - e.span.start > MAX_SHARED_SPAN) return false;
  if (e.kind === 'unary' || e.kind === 'binary') return true;
  if (e.kind !== 'call') return false;
  if (e.name === 'prev' || e.name === 'lastYear') return e.args[0]?.kind === 'field';
  return true;
}

/** The key of a node in a {@link SharedBuild}. */
function sharedKey(prefix: string, period: Period, e: Expr): string {
  return `${prefix}${period}|${print(e)}`;
}

/** Counts the shareable nodes of a tree by key, following the periods as {@link buildClosure} does. */
export function countShared(ast: Expr, prefix: string, counts: Map<string, number>): void {
  // An explicit stack: a flat chain of thousands of terms must not recurse thousands of times.
  const nodes: Expr[] = [ast];
  const periods: Period[] = ['current'];
  for (;;) {
    const e = nodes.pop();
    const period = periods.pop();
    if (e === undefined || period === undefined) return;
    if (shareable(e)) {
      const key = sharedKey(prefix, period, e);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (e.kind === 'unary') {
      nodes.push(e.operand);
      periods.push(period);
    } else if (e.kind === 'binary') {
      nodes.push(e.right, e.left);
      periods.push(period, period);
    } else if (e.kind === 'call') {
      const p = e.name === 'prev' || e.name === 'lastYear' ? e.name : period;
      for (let i = e.args.length - 1; i >= 0; i--) {
        nodes.push(e.args[i] as Expr);
        periods.push(p);
      }
    }
  }
}

/** A node's closure, memoised per value of `scope.gen`. */
function memoize(f: Fn, scope: { readonly gen: number }): Fn {
  let stamp = Number.NaN;
  let value: Value = null;
  return (r, c) => {
    const g = scope.gen;
    if (stamp === g) return value;
    value = f(r, c);
    stamp = g;
    return value;
  };
}

/** Builds the closure of a checked AST. Node indices are pre-order, as {@link preorder} lists them. */
export function buildClosure(ast: Expr, env: Environment, options: BuildOptions): Fn {
  return new ClosureBuilder(env, options).build(ast, 'current');
}

/** The closures of one tree: node by node, with the tracer and the shared nodes of {@link BuildOptions}. */
class ClosureBuilder {
  private readonly zero: boolean;
  private readonly tracer: Tracer | undefined;
  private readonly shared: SharedBuild | undefined;
  private readonly missingNumber: 0 | null;
  /** The pre-order index of the next node. */
  private counter = 0;

  constructor(
    private readonly env: Environment,
    options: BuildOptions,
  ) {
    this.zero = options.zero;
    this.tracer = options.tracer;
    this.shared = options.shared;
    this.missingNumber = options.zero ? 0 : null;
  }

  /** The key of a node built once for the whole set, or undefined. */
  private sharedHit(e: Expr, period: Period): string | undefined {
    if (this.shared === undefined || !shareable(e)) return undefined;
    const key = sharedKey(this.shared.prefix, period, e);
    return this.shared.repeated.has(key) ? key : undefined;
  }

  build(e: Expr, period: Period): Fn {
    const tracer = this.tracer;
    const key = this.sharedHit(e, period);
    if (key !== undefined && this.shared !== undefined) {
      let f = this.shared.memo.get(key);
      if (f === undefined) {
        f = memoize(this.node(e, period), this.shared.scope);
        this.shared.memo.set(key, f);
      }
      return f;
    }
    const id = this.counter++;
    const f = this.node(e, period);
    if (tracer === undefined) return f;
    return (r, c) => {
      const v = f(r, c);
      tracer.values.set(id, v);
      return v;
    };
  }

  private node(e: Expr, period: Period): Fn {
    switch (e.kind) {
      case 'number':
      case 'string':
      case 'boolean': {
        const v = e.value;
        return () => v;
      }
      case 'null':
        return () => null;
      case 'field': {
        const res = resolveField(this.env, e.path);
        if (res.kind === 'variable') {
          return variableReader(
            e.path.join('.'),
            res.type.kind as ScalarKind,
            this.missingNumber,
            this.shared !== undefined,
          );
        }
        if (res.kind !== 'field') throw new Error(`expr: field ${e.path.join('.')} did not resolve`);
        return fieldReader(sourceOf(period), e.path, res.type.kind as ScalarKind, this.missingNumber);
      }
      case 'group': {
        const r = resolveGroup(this.env, e.path, e.group);
        if (r.kind !== 'group')
          throw new Error(`expr: group ${e.path.join('.')}[${e.group}] did not resolve`);
        const readers = r.keys.map((k) =>
          fieldReader(sourceOf(period), [...e.path, k], 'number', this.missingNumber),
        );
        return (rec, c) => readers.map((read) => read(rec, c) as number | null);
      }
      case 'unary': {
        const a = this.build(e.operand, period);
        if (e.op === '-') {
          return (r, c) => {
            const v = a(r, c);
            return v === null ? null : -(v as number);
          };
        }
        return (r, c) => {
          const v = a(r, c);
          return v === null ? null : !v;
        };
      }
      case 'binary':
        return this.chain(e, period);
      case 'call':
        return this.call(e, period);
    }
  }

  /**
   * A binary node and the binary nodes down its left side (`a + b + c + …`), built with loops, not
   * recursion. Node ids stay in pre-order: the spine top-down, then the bottom operand's subtree, then the
   * right operands bottom-up. A short chain composes the specialised closures; a long one (a flat sum of
   * thousands of terms) is evaluated by one closure that loops over its steps, so evaluation does not
   * recurse once per term either.
   */
  private chain(top: BinaryExpr, period: Period): Fn {
    const tracer = this.tracer;
    const spine: BinaryExpr[] = [top];
    const ids: number[] = [-1]; // the top's id is given, and its value traced, by `build`
    let cur: Expr = top.left;
    while (cur.kind === 'binary' && this.sharedHit(cur, period) === undefined) {
      spine.push(cur);
      ids.push(this.counter++);
      cur = cur.left;
    }
    let f = this.build(cur, period);
    if (spine.length <= MAX_COMPOSED_CHAIN) {
      for (let i = spine.length - 1; i >= 0; i--) {
        const e = spine[i] as BinaryExpr;
        let g: Fn | undefined;
        if (e.right.kind === 'number' && tracer === undefined) {
          // `x * 100`, `x <= 100`: the constant is read from the closure, not through a call.
          g = binaryConstant(e.op, f, e.right.value);
        }
        g ??= binary(e.op, f, this.build(e.right, period));
        const id = ids[i] as number;
        if (tracer !== undefined && id >= 0) {
          const inner = g;
          g = (r, c) => {
            const v = inner(r, c);
            tracer.values.set(id, v);
            return v;
          };
        }
        f = g;
      }
      return f;
    }
    const bottom = f;
    const steps: Step[] = [];
    const stepIds: number[] = [];
    for (let i = spine.length - 1; i >= 0; i--) {
      const e = spine[i] as BinaryExpr;
      steps.push(step(e.op, this.build(e.right, period)));
      stepIds.push(ids[i] as number);
    }
    const n = steps.length;
    if (tracer === undefined) {
      return (r, c) => {
        let v = bottom(r, c);
        for (let i = 0; i < n; i++) v = (steps[i] as Step)(v, r, c);
        return v;
      };
    }
    return (r, c) => {
      let v = bottom(r, c);
      for (let i = 0; i < n; i++) {
        v = (steps[i] as Step)(v, r, c);
        const id = stepIds[i] as number;
        if (id >= 0) tracer.values.set(id, v);
      }
      return v;
    };
  }

  private call(e: CallExpr, period: Period): Fn {
    switch (e.name) {
      case 'prev':
      case 'lastYear':
        return this.build(e.args[0] as Expr, e.name);
      case 'sum':
      case 'min':
      case 'max':
      case 'count': {
        const arg = e.args[0] as Expr;
        if (this.tracer === undefined) {
          // Untraced: aggregate the group's fields in place, without building a list.
          const g = groupAccess(this.env, arg);
          if (g !== undefined) return aggregateGroup(e.name, g, this.zero);
        }
        return aggregateList(e.name, this.build(arg, period));
      }
      case 'if': {
        const [cond, a, b] = e.args.map((x) => this.build(x, period)) as [Fn, Fn, Fn];
        return (r, c) => {
          const t = cond(r, c);
          if (t === null) return null;
          return t ? a(r, c) : b(r, c);
        };
      }
      case 'isNull': {
        const a = this.build(e.args[0] as Expr, period);
        return (r, c) => a(r, c) === null;
      }
      case 'coalesce': {
        const fs = e.args.map((x) => this.build(x, period));
        return (r, c) => {
          for (const f of fs) {
            const v = f(r, c);
            if (v !== null) return v;
          }
          return null;
        };
      }
      case 'abs': {
        const a = this.build(e.args[0] as Expr, period);
        return (r, c) => {
          const v = a(r, c);
          return v === null ? null : Math.abs(v as number);
        };
      }
      case 'round': {
        const a = this.build(e.args[0] as Expr, period);
        const d = e.args[1] === undefined ? () => 0 : this.build(e.args[1], period);
        return (r, c) => {
          const v = a(r, c);
          if (v === null) return null;
          const digits = d(r, c);
          if (digits === null || !Number.isInteger(digits) || Math.abs(digits as number) > 15) return null;
          return roundHalfAwayFromZero(v as number, digits as number);
        };
      }
    }
  }
}

/**
 * The longest chain of binary operators built as nested closures (one call per operator when evaluated);
 * longer chains loop over {@link Step}s, so evaluation depth does not grow with the number of terms.
 */
const MAX_COMPOSED_CHAIN = 8;

/** One operator of a long chain: the value so far (`x`) combined with the operator's right operand. */
type Step = (x: Value, r: unknown, c: EvalContext | undefined) => Value;

/** The step of a binary operator: the same values, and the same short-circuits, as {@link binary}. */
function step(op: string, b: Fn): Step {
  if (isComparisonOperator(op)) {
    const holds = COMPARISON_OPERATORS[op].holds;
    return (x, r, c) => {
      if (x === null) return null;
      const y = b(r, c);
      return y === null ? null : holds(x as number, y as number);
    };
  }
  switch (op) {
    case '+':
      return (x, r, c) => {
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) + (y as number);
      };
    case '-':
      return (x, r, c) => {
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) - (y as number);
      };
    case '*':
      return (x, r, c) => {
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) * (y as number);
      };
    case '/':
      return (x, r, c) => {
        if (x === null) return null;
        const y = b(r, c);
        return y === null || y === 0 ? null : (x as number) / (y as number);
      };
    case 'and':
      return (x, r, c) => {
        if (x === false) return false;
        const y = b(r, c);
        if (y === false) return false;
        return x === null || y === null ? null : true;
      };
    default:
      return (x, r, c) => {
        if (x === true) return true;
        const y = b(r, c);
        if (y === true) return true;
        return x === null || y === null ? null : false;
      };
  }
}

/** Arithmetic and comparisons with a constant number on the right (the same values as {@link binary}). */
function binaryConstant(op: string, a: Fn, y: number): Fn | undefined {
  if (isComparisonOperator(op)) {
    const holds = COMPARISON_OPERATORS[op].holds;
    return (r, c) => {
      const x = a(r, c);
      return x === null ? null : holds(x as number, y);
    };
  }
  switch (op) {
    case '+':
      return (r, c) => {
        const x = a(r, c);
        return x === null ? null : (x as number) + y;
      };
    case '-':
      return (r, c) => {
        const x = a(r, c);
        return x === null ? null : (x as number) - y;
      };
    case '*':
      return (r, c) => {
        const x = a(r, c);
        return x === null ? null : (x as number) * y;
      };
    case '/':
      if (y === 0) return undefined;
      return (r, c) => {
        const x = a(r, c);
        return x === null ? null : (x as number) / y;
      };
    default:
      return undefined;
  }
}

function binary(op: string, a: Fn, b: Fn): Fn {
  if (isComparisonOperator(op)) {
    const holds = COMPARISON_OPERATORS[op].holds;
    return (r, c) => {
      const x = a(r, c);
      if (x === null) return null;
      const y = b(r, c);
      return y === null ? null : holds(x as number, y as number);
    };
  }
  switch (op) {
    case '+':
      return (r, c) => {
        const x = a(r, c);
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) + (y as number);
      };
    case '-':
      return (r, c) => {
        const x = a(r, c);
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) - (y as number);
      };
    case '*':
      return (r, c) => {
        const x = a(r, c);
        if (x === null) return null;
        const y = b(r, c);
        return y === null ? null : (x as number) * (y as number);
      };
    case '/':
      return (r, c) => {
        const x = a(r, c);
        if (x === null) return null;
        const y = b(r, c);
        return y === null || y === 0 ? null : (x as number) / (y as number);
      };
    case 'and':
      return (r, c) => {
        const x = a(r, c);
        if (x === false) return false;
        const y = b(r, c);
        if (y === false) return false;
        return x === null || y === null ? null : true;
      };
    default:
      return (r, c) => {
        const x = a(r, c);
        if (x === true) return true;
        const y = b(r, c);
        if (y === true) return true;
        return x === null || y === null ? null : false;
      };
  }
}

/** The nodes of a tree in pre-order (the order of the indices {@link buildClosure} gives them). */
export function preorder(e: Expr): Expr[] {
  // An explicit stack: a flat chain of thousands of terms must not recurse thousands of times.
  const out: Expr[] = [];
  const stack: Expr[] = [e];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    out.push(n);
    if (n.kind === 'unary') stack.push(n.operand);
    else if (n.kind === 'binary') stack.push(n.right, n.left);
    else if (n.kind === 'call') for (let i = n.args.length - 1; i >= 0; i--) stack.push(n.args[i] as Expr);
  }
  return out;
}
