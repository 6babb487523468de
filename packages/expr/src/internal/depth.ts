import type { Expr } from '../ast.js';
import { MAX_EXPRESSION_DEPTH } from '../limits.js';

/**
 * The first node (in pre-order) whose nesting level is beyond {@link MAX_EXPRESSION_DEPTH}, or undefined.
 * The root is level 0; the right operand of a binary operator, a unary operand and a call's arguments are
 * one level deeper than their node; the left operand of a binary operator is on its node's level (as the
 * parser counts). Walks with an explicit stack, so it is safe on any tree.
 */
export function firstTooDeep(ast: Expr): Expr | undefined {
  const nodes: Expr[] = [ast];
  const levels: number[] = [0];
  for (;;) {
    const e = nodes.pop();
    const level = levels.pop();
    if (e === undefined || level === undefined) return undefined;
    if (level > MAX_EXPRESSION_DEPTH) return e;
    switch (e.kind) {
      case 'unary':
        nodes.push(e.operand);
        levels.push(level + 1);
        break;
      case 'binary':
        nodes.push(e.right, e.left);
        levels.push(level + 1, level);
        break;
      case 'call':
        for (let i = e.args.length - 1; i >= 0; i--) {
          nodes.push(e.args[i] as Expr);
          levels.push(level + 1);
        }
        break;
      default:
        break;
    }
  }
}

/** The left spine of a binary node, from the node itself down: `a + b + c` gives `[(a+b)+c, a+b]`. */
export function leftSpine(top: Expr & { kind: 'binary' }): (Expr & { kind: 'binary' })[] {
  const spine: (Expr & { kind: 'binary' })[] = [];
  let cur: Expr = top;
  while (cur.kind === 'binary') {
    spine.push(cur);
    cur = cur.left;
  }
  return spine;
}
