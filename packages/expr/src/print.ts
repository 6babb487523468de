import type { BinaryExpr, Expr } from './ast.js';
import { leftSpine } from './internal/depth.js';

const PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};

function precedenceOf(e: Expr): number {
  if (e.kind === 'binary') return PRECEDENCE[e.op] ?? 0;
  if (e.kind === 'unary') return e.op === 'not' ? 3 : 7;
  return 8;
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}'`;
}

/** Texts already printed, by node, while one caller prints many nodes of the same tree. */
type PrintCache = Map<Expr, string>;

function printAt(e: Expr, min: number, cache?: PrintCache): string {
  const text = printNode(e, cache);
  return precedenceOf(e) < min ? `(${text})` : text;
}

function printNode(e: Expr, cache?: PrintCache): string {
  const known = cache?.get(e);
  if (known !== undefined) return known;
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'string':
      return quote(e.value);
    case 'boolean':
      return e.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'field':
      return e.path.join('.');
    case 'group':
      return `${e.path.join('.')}[${e.group}]`;
    case 'unary': {
      if (e.op === 'not') return `not ${printAt(e.operand, 3, cache)}`;
      const inner = printAt(e.operand, 7, cache);
      return inner.startsWith('-') ? `- ${inner}` : `-${inner}`;
    }
    case 'binary':
      return printChain(e, cache);
    case 'call':
      return `${e.name}(${e.args.map((a) => printAt(a, 0, cache)).join(', ')})`;
  }
}

/**
 * Prints a binary node and the binary nodes down its left side with a loop, not recursion, so that a flat
 * chain of thousands of terms prints in constant stack depth.
 */
function printChain(top: BinaryExpr, cache?: PrintCache): string {
  const spine = leftSpine(top);
  const bottom = (spine[spine.length - 1] as BinaryExpr).left;
  let text = printNode(bottom, cache);
  let below: Expr = bottom;
  for (let i = spine.length - 1; i >= 0; i--) {
    const e = spine[i] as BinaryExpr;
    const p = PRECEDENCE[e.op] ?? 0;
    // Comparisons do not chain, so both sides need a tighter operator; the others associate to the left.
    const leftMin = p === 4 ? 5 : p;
    const left = precedenceOf(below) < leftMin ? `(${text})` : text;
    text = `${left} ${e.op} ${printAt(e.right, p + 1, cache)}`;
    // Every node of the chain is printed on the way: keep them for a caller that prints each node.
    cache?.set(e, text);
    below = e;
  }
  return text;
}

/**
 * Prints an AST back to source text with the fewest parentheses that keep its meaning, so that
 * `parse(print(ast))` gives the same tree (spans aside). Symbolic operators come out as words
 * (`&&` → `and`, `!` → `not`) and strings in single quotes. Chains of binary operators (`a + b + c + …`) are
 * printed with a loop, so any tree within `MAX_EXPRESSION_DEPTH` (every tree {@link parse} gives) prints in
 * bounded stack depth, however many terms it has.
 *
 * @example
 * ```ts
 * const r = parse('(a - (b - c)) && !(x)');
 * if (r.ok) print(r.ast); // 'a - (b - c) and not x'
 * ```
 */
export function print(ast: Expr): string {
  return printAt(ast, 0);
}

/**
 * Prints every node of a tree, in the order given, sharing the work: a chain of thousands of terms is
 * printed once, not once per node (for {@link explain}, which shows every sub-expression).
 */
export function printEach(nodes: readonly Expr[]): string[] {
  const cache: PrintCache = new Map();
  return nodes.map((n) => printAt(n, 0, cache));
}
