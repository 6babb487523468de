import type { Expr } from './ast.js';

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

function printAt(e: Expr, min: number): string {
  const text = printNode(e);
  return precedenceOf(e) < min ? `(${text})` : text;
}

function printNode(e: Expr): string {
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
      if (e.op === 'not') return `not ${printAt(e.operand, 3)}`;
      const inner = printAt(e.operand, 7);
      return inner.startsWith('-') ? `- ${inner}` : `-${inner}`;
    }
    case 'binary': {
      const p = PRECEDENCE[e.op] ?? 0;
      // Comparisons do not chain, so both sides need a tighter operator; the others associate to the left.
      const leftMin = p === 4 ? 5 : p;
      return `${printAt(e.left, leftMin)} ${e.op} ${printAt(e.right, p + 1)}`;
    }
    case 'call':
      return `${e.name}(${e.args.map((a) => printAt(a, 0)).join(', ')})`;
  }
}

/**
 * Prints an AST back to source text with the fewest parentheses that keep its meaning, so that
 * `parse(print(ast))` gives the same tree (spans aside). Symbolic operators come out as words
 * (`&&` → `and`, `!` → `not`) and strings in single quotes.
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
