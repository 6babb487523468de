import { COMPARISON_OPERATORS, type Environment, type Expr, isComparisonOperator } from '@kampung-kb/expr';

/** Which record an operand reads: the current one, the previous period, or the same period a year earlier. */
export type OperandPeriod = 'current' | 'prev' | 'lastYear';

/** Maps an element id read in a period to the SQL column holding its aggregated value. */
export type ColumnOf = (elementId: string, period: OperandPeriod) => string;

/** The SQL of an expression, or why it has none (then the JavaScript engine computes it). */
export type ExpressionSql =
  | { readonly ok: true; readonly sql: string }
  | { readonly ok: false; readonly reason: string };

/** Where the SQL for a record's fields and a record type's variables comes from. */
export interface SqlScope {
  readonly env: Environment;
  /** The SQL of a record field (dotted path), e.g. `m."users.iud"`. */
  readonly field: (path: string) => string;
  /** The SQL of a variable of the record type (e.g. `pus` from the population in force). */
  readonly variable: (name: string) => string;
}

/**
 * What {@link expressionToSql} reads operands from: `field` gives the SQL of a field (dotted path) in a
 * period, or `undefined` when this backend has none (the expression then stays with the JavaScript engine);
 * `variable` the SQL of a variable, when the backend has variables. Both say whether the value is a number:
 * numbers are read as `DOUBLE PRECISION`.
 */
export interface OperandSql {
  readonly env: Environment;
  readonly field: (path: string, period: OperandPeriod, numeric: boolean) => string | undefined;
  readonly variable?: (name: string, numeric: boolean) => string;
}

class Unsupported extends Error {}

const DOUBLE = 'DOUBLE PRECISION';
const ZERO = `CAST(0 AS ${DOUBLE})`;

/** A number literal as SQL: JavaScript's shortest round-trip text, read back as the same double. */
export function numberSql(x: number): string {
  if (!Number.isFinite(x)) throw new Unsupported(`non-finite number ${x}`);
  return `CAST(${String(x)} AS ${DOUBLE})`;
}

function stringSql(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** The keys of `path[group]`, as the expression language resolves them (`*` and `all`: every key). */
function groupKeys(env: Environment, path: readonly string[], group: string): readonly string[] {
  const objectPath = path.join('.');
  const all = env.objects[objectPath];
  if (all === undefined) throw new Unsupported(`${objectPath} is not an object`);
  if (group === '*' || group === 'all') return all;
  const wanted = env.groups[objectPath]?.[group];
  if (wanted === undefined) throw new Unsupported(`unknown group ${objectPath}[${group}]`);
  return wanted.filter((k) => all.includes(k));
}

/** The scope of the rules backend (current record and its variables) as an {@link OperandSql}. */
export function scopeOperands(scope: SqlScope): OperandSql {
  const cast = (sql: string, numeric: boolean) => (numeric ? `CAST(${sql} AS ${DOUBLE})` : sql);
  return {
    env: scope.env,
    field: (path, period, numeric) => (period === 'current' ? cast(scope.field(path), numeric) : undefined),
    variable: (name, numeric) => cast(scope.variable(name), numeric),
  };
}

/** An indicator backend's element columns as an {@link OperandSql}: number fields only. */
export function columnOperands(env: Environment, column: ColumnOf): OperandSql {
  return {
    env,
    field: (path, period, numeric) => {
      if (!numeric) throw new Unsupported(`${path} is not a number field`);
      return column(path, period);
    },
  };
}

/**
 * Compiles a checked expression AST to a portable SQL scalar expression with the expression language's
 * semantics, for every backend (indicators and rules): numbers as `DOUBLE PRECISION`, `null` propagating
 * through arithmetic and comparisons (the operators of `COMPARISON_OPERATORS`), `x / 0` null
 * (`x / NULLIF(y, 0)`), Kleene `and`/`or`/`not` (SQL's own three-valued logic), `sum`/`min`/`max`/`count`
 * skipping missing members and (but `count`) null when all are, `if` with a `null` condition null; with
 * `zero` a missing value reads as 0 (the `treatAsZero` strategy, an indicator's `missingAs: 'zero'`).
 * Sums add from 0 in the members' order, as the JavaScript closures do, so both give the same doubles.
 * `prev`/`lastYear` read the period's operands when the backend has them; `round` is not compiled.
 */
export function expressionToSql(ast: Expr, operands: OperandSql, zero = false): ExpressionSql {
  try {
    return { ok: true, sql: new SqlWriter(operands, zero).node(ast, 'current') };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

class SqlWriter {
  constructor(
    private readonly operands: OperandSql,
    private readonly zero: boolean,
  ) {}

  /** A field or variable, read as a double when it is a number (and as 0 when missing, with `zero`). */
  private reference(path: string, period: OperandPeriod): string {
    const { env } = this.operands;
    const variable = path.includes('.') ? undefined : env.variables[path];
    const type = variable ?? env.fields[path];
    if (type === undefined) throw new Unsupported(`unknown field ${path}`);
    const numeric = type.kind === 'number';
    let sql: string | undefined;
    if (variable === undefined) sql = this.operands.field(path, period, numeric);
    else if (period === 'current') sql = this.operands.variable?.(path, numeric);
    if (sql === undefined) throw new Unsupported(`${path} (${period}) has no SQL column`);
    return numeric && this.zero ? `COALESCE(${sql}, ${ZERO})` : sql;
  }

  /** The members an aggregate reads: groups (also of `prev`/`lastYear`) expand, other arguments are expressions. */
  private members(args: readonly Expr[], period: OperandPeriod): string[] {
    const out: string[] = [];
    for (const a of args) {
      let arg = a;
      let p = period;
      if (
        arg.kind === 'call' &&
        (arg.name === 'prev' || arg.name === 'lastYear') &&
        arg.args[0]?.kind === 'group'
      ) {
        p = arg.name;
        arg = arg.args[0];
      }
      if (arg.kind === 'group') {
        const base = arg.path.join('.');
        for (const k of groupKeys(this.operands.env, arg.path, arg.group))
          out.push(this.reference(`${base}.${k}`, p));
      } else out.push(this.node(arg, p));
    }
    return out;
  }

  node(e: Expr, period: OperandPeriod): string {
    switch (e.kind) {
      case 'number':
        return numberSql(e.value);
      case 'string':
        return stringSql(e.value);
      case 'boolean':
        return e.value ? 'TRUE' : 'FALSE';
      case 'null':
        return `CAST(NULL AS ${DOUBLE})`;
      case 'field':
        return this.reference(e.path.join('.'), period);
      case 'group':
        throw new Unsupported('a group outside sum/min/max/count');
      case 'unary': {
        const x = this.node(e.operand, period);
        return e.op === '-' ? `(-${x})` : `(NOT ${x})`;
      }
      case 'binary': {
        const a = this.node(e.left, period);
        const b = this.node(e.right, period);
        if (isComparisonOperator(e.op)) return `(${a} ${COMPARISON_OPERATORS[e.op].sql} ${b})`;
        switch (e.op) {
          case '/':
            return `(${a} / NULLIF(${b}, ${ZERO}))`;
          case 'and':
            return `(${a} AND ${b})`;
          case 'or':
            return `(${a} OR ${b})`;
          default:
            return `(${a} ${e.op} ${b})`;
        }
      }
      case 'call':
        return this.call(e, period);
    }
  }

  private call(e: Expr & { kind: 'call' }, period: OperandPeriod): string {
    const allNull = (xs: readonly string[]) => xs.map((x) => `${x} IS NULL`).join(' AND ');
    switch (e.name) {
      case 'prev':
      case 'lastYear':
        return this.node(e.args[0] as Expr, e.name);
      case 'if': {
        const [c, a, b] = e.args.map((x) => this.node(x, period));
        return `(CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} THEN ${a} ELSE ${b} END)`;
      }
      case 'isNull':
        return `(${this.node(e.args[0] as Expr, period)} IS NULL)`;
      case 'coalesce':
        return `COALESCE(${e.args.map((x) => this.node(x, period)).join(', ')})`;
      case 'abs':
        return `ABS(${this.node(e.args[0] as Expr, period)})`;
      case 'sum': {
        const xs = this.members(e.args, period);
        // With `zero` the members are never null already.
        if (this.zero) return `(${[ZERO, ...xs].join(' + ')})`;
        const sum = [ZERO, ...xs.map((x) => `COALESCE(${x}, ${ZERO})`)].join(' + ');
        return `(CASE WHEN ${allNull(xs)} THEN CAST(NULL AS ${DOUBLE}) ELSE ${sum} END)`;
      }
      case 'count': {
        const xs = this.members(e.args, period);
        return `CAST(${xs.map((x) => `(CASE WHEN ${x} IS NULL THEN 0 ELSE 1 END)`).join(' + ')} AS ${DOUBLE})`;
      }
      case 'min':
      case 'max': {
        // LEAST/GREATEST skip nulls in PostgreSQL but not in every engine: nulls are replaced by a member
        // that is not null (the first one), which changes neither the minimum nor the maximum.
        const xs = this.members(e.args, period);
        const firstNonNull = `COALESCE(${xs.join(', ')})`;
        const fn = e.name === 'min' ? 'LEAST' : 'GREATEST';
        return `(CASE WHEN ${allNull(xs)} THEN NULL ELSE ${fn}(${xs.map((x) => `COALESCE(${x}, ${firstNonNull})`).join(', ')}) END)`;
      }
      default:
        throw new Unsupported(`function ${e.name}(...)`);
    }
  }
}

/** The element ids an expression reads, by period (as the engine's operands list them). */
export function expressionElements(
  ast: Expr,
  env: Environment,
  out: Record<OperandPeriod, Set<string>>,
): void {
  const walk = (e: Expr, period: OperandPeriod): void => {
    switch (e.kind) {
      case 'field':
        out[period].add(e.path.join('.'));
        return;
      case 'group': {
        const path = e.path.join('.');
        for (const k of groupKeys(env, e.path, e.group)) out[period].add(`${path}.${k}`);
        return;
      }
      case 'unary':
        walk(e.operand, period);
        return;
      case 'binary':
        walk(e.left, period);
        walk(e.right, period);
        return;
      case 'call': {
        const p = e.name === 'prev' || e.name === 'lastYear' ? e.name : period;
        for (const a of e.args) walk(a, p);
        return;
      }
      default:
        return;
    }
  };
  try {
    walk(ast, 'current');
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
  }
}
