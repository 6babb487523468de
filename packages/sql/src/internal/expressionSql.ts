import type { Environment, Expr } from '@kampung-kb/expr';

/** Which group an operand reads: the group itself, its previous period, or the same period a year earlier. */
export type OperandPeriod = 'current' | 'prev' | 'lastYear';

/** Maps an element id read in a period to the SQL column holding its aggregated value. */
export type ColumnOf = (elementId: string, period: OperandPeriod) => string;

/** The SQL of an expression, or why it has none. */
export type ExpressionSql =
  | { readonly ok: true; readonly sql: string }
  | { readonly ok: false; readonly reason: string };

class Unsupported extends Error {}

const DOUBLE = 'DOUBLE PRECISION';

/** A number literal as SQL: JavaScript's shortest round-trip text, read back as the same double. */
export function numberSql(x: number): string {
  if (!Number.isFinite(x)) throw new Unsupported(`non-finite number ${x}`);
  return `CAST(${String(x)} AS ${DOUBLE})`;
}

function groupKeys(env: Environment, path: readonly string[], group: string): readonly string[] {
  const objectPath = path.join('.');
  const all = env.objects[objectPath];
  if (all === undefined) throw new Unsupported(`${objectPath} is not an object`);
  if (group === '*' || group === 'all') return all;
  const wanted = env.groups[objectPath]?.[group];
  if (wanted === undefined) throw new Unsupported(`unknown group ${objectPath}[${group}]`);
  return wanted.filter((k) => all.includes(k));
}

/**
 * Compiles a checked expression AST to SQL with the expression language's semantics: `null` propagates
 * through arithmetic and comparisons, a division by 0 is `null` (`x / NULLIF(y, 0)`), `sum(x[g])` skips
 * missing members and is `null` when all are missing, `if` with a `null` condition is `null`, and with
 * `zero` a missing element reads as 0 (and a sum over a group is never `null`). Arithmetic is IEEE double,
 * in the same order as the JavaScript closures, so both give the same doubles.
 */
export function expressionSql(ast: Expr, env: Environment, zero: boolean, column: ColumnOf): ExpressionSql {
  const field = (id: string, period: OperandPeriod): string => {
    if (env.fields[id]?.kind !== 'number') throw new Unsupported(`${id} is not a number field`);
    const c = column(id, period);
    return zero ? `COALESCE(${c}, 0)` : c;
  };
  const node = (e: Expr, period: OperandPeriod): string => {
    switch (e.kind) {
      case 'number':
        return numberSql(e.value);
      case 'boolean':
        return e.value ? 'TRUE' : 'FALSE';
      case 'null':
        return `CAST(NULL AS ${DOUBLE})`;
      case 'string':
        throw new Unsupported('string literal');
      case 'field':
        return field(e.path.join('.'), period);
      case 'group':
        throw new Unsupported('a group outside sum(...)');
      case 'unary':
        return e.op === '-' ? `(-${node(e.operand, period)})` : `(NOT ${node(e.operand, period)})`;
      case 'binary': {
        const a = node(e.left, period);
        const b = node(e.right, period);
        switch (e.op) {
          case '/':
            return `(${a} / NULLIF(${b}, 0))`;
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
      case 'call':
        switch (e.name) {
          case 'prev':
          case 'lastYear':
            return node(e.args[0] as Expr, e.name);
          case 'sum': {
            let arg = e.args[0] as Expr;
            let p = period;
            if (arg.kind === 'call' && (arg.name === 'prev' || arg.name === 'lastYear')) {
              p = arg.name;
              arg = arg.args[0] as Expr;
            }
            if (arg.kind !== 'group') throw new Unsupported('sum(...) over something other than a group');
            const path = arg.path.join('.');
            const cols = groupKeys(env, arg.path, arg.group).map((k) => column(`${path}.${k}`, p));
            if (zero)
              return `(${['CAST(0 AS DOUBLE PRECISION)', ...cols.map((c) => `COALESCE(${c}, 0)`)].join(' + ')})`;
            const allNull = cols.map((c) => `${c} IS NULL`).join(' AND ');
            const sum = ['CAST(0 AS DOUBLE PRECISION)', ...cols.map((c) => `COALESCE(${c}, 0)`)].join(' + ');
            return `(CASE WHEN ${allNull} THEN CAST(NULL AS ${DOUBLE}) ELSE ${sum} END)`;
          }
          case 'if': {
            const [c, a, b] = e.args.map((x) => node(x, period)) as [string, string, string];
            return `(CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} THEN ${a} ELSE ${b} END)`;
          }
          case 'isNull':
            return `(${node(e.args[0] as Expr, period)} IS NULL)`;
          case 'coalesce':
            return `COALESCE(${e.args.map((x) => node(x, period)).join(', ')})`;
          case 'abs':
            return `ABS(${node(e.args[0] as Expr, period)})`;
          default:
            throw new Unsupported(`function ${e.name}(...)`);
        }
    }
  };
  try {
    return { ok: true, sql: node(ast, 'current') };
  } catch (err) {
    if (err instanceof Unsupported) return { ok: false, reason: err.message };
    throw err;
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
