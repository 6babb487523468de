import type { Environment, Expr } from '@kampung-kb/expr';

/** Where the SQL for a record's fields and a record type's variables comes from. */
export interface SqlScope {
  readonly env: Environment;
  /** The SQL of a record field (dotted path), e.g. `m."users.iud"`. */
  readonly field: (path: string) => string;
  /** The SQL of a variable of the record type (e.g. `pus` from the population in force). */
  readonly variable: (name: string) => string;
}

/** What an expression compiles to, or why it stays with the JavaScript engine. */
export type ExpressionSql =
  | { readonly ok: true; readonly sql: string }
  | { readonly ok: false; readonly reason: string };

class Unsupported extends Error {}

/** A SQL double literal that reads back as the same IEEE-754 value in DuckDB and PostgreSQL. */
function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Unsupported(`number ${n}`);
  return `CAST(${String(n)} AS DOUBLE PRECISION)`;
}

function stringLiteral(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** The member paths of a group reference (`users[*]`, `users[mkjp]`). */
export function groupMembers(env: Environment, path: readonly string[], group: string): readonly string[] {
  const base = path.join('.');
  const keys = group === '*' ? env.objects[base] : env.groups[base]?.[group];
  if (!keys) throw new Unsupported(`group ${base}[${group}]`);
  return keys.map((k) => `${base}.${k}`);
}

/**
 * Compiles an expression AST to a portable SQL scalar expression with the expression language's semantics:
 * numbers as `DOUBLE PRECISION`, `null` propagating through arithmetic and comparisons, `x / 0` null,
 * Kleene `and`/`or`/`not` (SQL's own three-valued logic), `sum`/`min`/`max` skipping nulls and null when
 * all are. `zero`: missing data reads as 0 (the `treatAsZero` strategy). Functions over earlier months
 * (`prev`, `lastYear`) and `round` are not compiled (they stay with the JavaScript engine).
 */
export function expressionToSql(ast: Expr, scope: SqlScope, zero = false): ExpressionSql {
  try {
    return { ok: true, sql: node(ast, scope, zero) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

function reference(path: readonly string[], scope: SqlScope, zero: boolean): string {
  const name = path.join('.');
  let sql: string;
  const variable = path.length === 1 ? scope.env.variables[name] : undefined;
  const type = variable ?? scope.env.fields[name];
  if (type === undefined) throw new Unsupported(`unknown field ${name}`);
  if (variable !== undefined) sql = scope.variable(name);
  else sql = scope.field(name);
  const numeric = type.kind === 'number';
  if (numeric) {
    const d = `CAST(${sql} AS DOUBLE PRECISION)`;
    return zero ? `COALESCE(${d}, CAST(0 AS DOUBLE PRECISION))` : d;
  }
  return sql;
}

/** The members an aggregate reads: group references expand, other arguments are expressions. */
function members(args: readonly Expr[], scope: SqlScope, zero: boolean): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a.kind === 'group') {
      for (const p of groupMembers(scope.env, a.path, a.group))
        out.push(reference(p.split('.'), scope, zero));
    } else out.push(node(a, scope, zero));
  }
  return out;
}

function allNull(xs: readonly string[]): string {
  return xs.map((x) => `${x} IS NULL`).join(' AND ');
}

function node(e: Expr, scope: SqlScope, zero: boolean): string {
  switch (e.kind) {
    case 'number':
      return numberLiteral(e.value);
    case 'string':
      return stringLiteral(e.value);
    case 'boolean':
      return e.value ? 'TRUE' : 'FALSE';
    case 'null':
      return 'NULL';
    case 'field':
      return reference(e.path, scope, zero);
    case 'group':
      throw new Unsupported('a group outside sum/min/max/count');
    case 'unary': {
      const x = node(e.operand, scope, zero);
      return e.op === '-' ? `(-${x})` : `(NOT ${x})`;
    }
    case 'binary': {
      const a = node(e.left, scope, zero);
      const b = node(e.right, scope, zero);
      switch (e.op) {
        case '/':
          return `(${a} / NULLIF(${b}, CAST(0 AS DOUBLE PRECISION)))`;
        case '==':
          return `(${a} = ${b})`;
        case '!=':
          return `(${a} <> ${b})`;
        case 'and':
          return `(${a} AND ${b})`;
        case 'or':
          return `(${a} OR ${b})`;
        default:
          return `(${a} ${e.op} ${b})`;
      }
    }
    case 'call': {
      switch (e.name) {
        case 'if': {
          const [c, a, b] = e.args.map((x) => node(x, scope, zero));
          return `(CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} THEN ${a} ELSE ${b} END)`;
        }
        case 'isNull':
          return `(${node(e.args[0] as Expr, scope, zero)} IS NULL)`;
        case 'coalesce':
          return `COALESCE(${e.args.map((x) => node(x, scope, zero)).join(', ')})`;
        case 'abs':
          return `ABS(${node(e.args[0] as Expr, scope, zero)})`;
        case 'sum': {
          const xs = members(e.args, scope, zero);
          const zeroD = 'CAST(0 AS DOUBLE PRECISION)';
          return `(CASE WHEN ${allNull(xs)} THEN NULL ELSE ${xs.map((x) => `COALESCE(${x}, ${zeroD})`).join(' + ')} END)`;
        }
        case 'count': {
          const xs = members(e.args, scope, zero);
          return `CAST(${xs.map((x) => `(CASE WHEN ${x} IS NULL THEN 0 ELSE 1 END)`).join(' + ')} AS DOUBLE PRECISION)`;
        }
        case 'min':
        case 'max': {
          // LEAST/GREATEST skip nulls in PostgreSQL but not in every engine: nulls are replaced by a member
          // that is not null (the first one), which changes neither the minimum nor the maximum.
          const xs = members(e.args, scope, zero);
          const firstNonNull = `COALESCE(${xs.join(', ')})`;
          const fn = e.name === 'min' ? 'LEAST' : 'GREATEST';
          return `(CASE WHEN ${allNull(xs)} THEN NULL ELSE ${fn}(${xs.map((x) => `COALESCE(${x}, ${firstNonNull})`).join(', ')}) END)`;
        }
        default:
          throw new Unsupported(`function ${e.name}`);
      }
    }
  }
}
