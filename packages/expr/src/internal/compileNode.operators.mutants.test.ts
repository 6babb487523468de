import { describe, expect, it } from 'vitest';
import { env as monthlyEnv, report } from '../__fixtures__/monthly.js';
import type { CompiledExpression, CompileOptions } from '../compile.js';
import { compileSource } from '../compileSource.js';
import { createEnvironment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import { explain } from '../explain.js';
import type { Value } from '../value.js';
import { compileShared, type SharedScope } from './compileShared.js';

// Mutation tests of the operators of compileNode (buildClosure, the chains of binary operators, the
// closures with a constant on the right, round, preorder). A chain of more than 8 binary operators down
// its left side (MAX_COMPOSED_CHAIN) is evaluated by a loop over steps, a shorter one by nested closures:
// every operator is tried both ways, with worked values on small numbers. The variables: a, b numbers,
// n a number that is missing (null) in every context below, t true, f false, u a boolean that is missing.

const env = createEnvironment(
  { type: 'object', properties: {} },
  {
    variables: {
      a: 'number',
      b: 'number',
      n: 'number',
      d: 'number',
      t: 'boolean',
      f: 'boolean',
      u: 'boolean',
    },
  },
);
const vars = { a: 6, b: 2, t: true, f: false };

function compiled(source: string, options: CompileOptions = {}, e = env): CompiledExpression {
  const r = compileSource(source, e, options);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return r.compiled;
}
function run(source: string, v: Record<string, unknown> = vars, options: CompileOptions = {}): Value {
  return compiled(source, options)({}, { vars: v });
}
/** `first op t op t … op last` with `count` terms in all (a chain of count − 1 operators). */
function chain(first: string, op: string, term: string, last: string, count: number): string {
  return [first, ...Array.from({ length: count - 2 }, () => term), last].join(` ${op} `);
}
/** Both shapes: 5 terms (4 operators, nested closures) and 12 terms (11 operators, a loop over steps). */
const LENGTHS = [5, 12] as const;

describe('chains of arithmetic operators, short and long', () => {
  it.each(LENGTHS)('adds, subtracts, multiplies and divides with %i terms', (k) => {
    // 6 + 2 + … + 2 with k − 1 twos; 6 − 2·(k − 1); 6·2^(k − 1); 6 / 2^(k − 1).
    expect(run(chain('a', '+', 'b', 'b', k))).toBe(6 + 2 * (k - 1));
    expect(run(chain('a', '-', 'b', 'b', k))).toBe(6 - 2 * (k - 1));
    expect(run(chain('a', '*', 'b', 'b', k))).toBe(6 * 2 ** (k - 1));
    expect(run(chain('a', '/', 'b', 'b', k))).toBe(6 / 2 ** (k - 1));
  });

  it.each(LENGTHS)('gives null when the last of %i terms is missing', (k) => {
    // Not a + … + 0 (6 + 2·(k − 2)), not x · 0, and not x / null = Infinity.
    for (const op of ['+', '-', '*', '/']) expect(run(chain('a', op, 'b', 'n', k))).toBeNull();
  });

  it.each(LENGTHS)('gives null when the first of %i terms is missing', (k) => {
    for (const op of ['+', '-', '*', '/']) expect(run(chain('n', op, 'b', 'b', k))).toBeNull();
  });

  it.each(LENGTHS)('gives null for a division by zero among %i terms, also by a zero variable', (k) => {
    expect(run(chain('a', '/', 'b', '0', k))).toBeNull();
    expect(run(chain('a', '/', 'b', 'd', k), { ...vars, d: 0 })).toBeNull();
    // The null of the division goes on through the operators above it: (6 / 0) + 2 is null.
    expect(run(`${chain('a', '/', 'b', 'd', k)} + 2`, { ...vars, d: 0 })).toBeNull();
  });

  it.each(LENGTHS)('reads a missing term as 0 under the zero policy, with %i terms', (k) => {
    const zero: CompileOptions = { missingValues: 'zero' };
    // 6 + 2·(k − 2) + 0; 6 − 2·(k − 2) − 0; and 6·2^(k − 2)·0 = 0.
    expect(run(chain('a', '+', 'b', 'n', k), vars, zero)).toBe(6 + 2 * (k - 2));
    expect(run(chain('a', '-', 'b', 'n', k), vars, zero)).toBe(6 - 2 * (k - 2));
    expect(run(chain('a', '*', 'b', 'n', k), vars, zero)).toBe(0);
    // A missing divisor is 0 then, and a division by 0 is still null.
    expect(run(chain('a', '/', 'b', 'n', k), vars, zero)).toBeNull();
  });
});

describe('comparisons at the top of a chain, short and long', () => {
  it.each(LENGTHS)('compares the sum of %i terms with a constant and with a variable', (k) => {
    const sum = chain('a', '+', 'b', 'b', k); // 6 + 2·(k − 1): 14 for 5 terms, 28 for 12.
    const s = 6 + 2 * (k - 1);
    expect(run(`${sum} == ${s}`)).toBe(true);
    expect(run(`${sum} != ${s}`)).toBe(false);
    expect(run(`${sum} < ${s}`)).toBe(false);
    expect(run(`${sum} <= ${s}`)).toBe(true);
    expect(run(`${sum} > ${s - 1}`)).toBe(true);
    expect(run(`${sum} >= ${s + 1}`)).toBe(false);
    expect(run(`${sum} > a`)).toBe(true);
    expect(run(`${sum} < a`)).toBe(false);
  });

  it.each(LENGTHS)('gives null, not false, when one side of the comparison is missing (%i terms)', (k) => {
    expect(run(`${chain('a', '+', 'b', 'n', k)} > 0`)).toBeNull();
    expect(run(`${chain('a', '+', 'b', 'n', k)} < 0`)).toBeNull();
    expect(run(`${chain('a', '+', 'b', 'b', k)} > n`)).toBeNull();
    expect(run(`${chain('a', '+', 'b', 'b', k)} == n`)).toBeNull();
    expect(run(`${chain('a', '+', 'b', 'b', k)} != n`)).toBeNull();
  });

  it('compares with a constant on either side', () => {
    // 6 > 5, 5 > 6; 6 == 6 either way round; a missing side is unknown either way round.
    expect(run('a > 5')).toBe(true);
    expect(run('5 > a')).toBe(false);
    expect(run('6 == a')).toBe(true);
    expect(run('a == 6')).toBe(true);
    expect(run('n > 5')).toBeNull();
    expect(run('5 > n')).toBeNull();
  });
});

describe('constants on either side of arithmetic', () => {
  it('computes a constant on the right as on the left', () => {
    // 6 + 4, 4 + 6; 6 − 4, 4 − 6; 6 · 4; 6 / 4 = 1.5, 3 / 6 = 0.5.
    expect(run('a + 4')).toBe(10);
    expect(run('4 + a')).toBe(10);
    expect(run('a - 4')).toBe(2);
    expect(run('4 - a')).toBe(-2);
    expect(run('a * 4')).toBe(24);
    expect(run('a / 4')).toBe(1.5);
    expect(run('3 / a')).toBe(0.5);
  });

  it('gives null for a missing operand beside a constant, and for a division by the constant 0', () => {
    for (const source of ['n + 4', '4 + n', 'n - 4', 'n * 4', '0 * n', 'n / 4', '4 / n', 'a / 0', 'n / 0']) {
      expect(run(source)).toBeNull();
    }
    // Under the zero policy a missing n is 0: 0 + 4, 4 − 0 … and 4 / 0 is still null.
    const zero: CompileOptions = { missingValues: 'zero' };
    expect(run('n + 4', vars, zero)).toBe(4);
    expect(run('4 - n', vars, zero)).toBe(4);
    expect(run('4 / n', vars, zero)).toBeNull();
    expect(run('a / 0', vars, zero)).toBeNull();
  });
});

describe('and / or chains, short and long (three-valued logic)', () => {
  it.each(LENGTHS)('and over %i terms', (k) => {
    expect(run(chain('t', 'and', 't', 't', k))).toBe(true);
    expect(run(chain('f', 'and', 't', 't', k))).toBe(false);
    expect(run(chain('t', 'and', 't', 'f', k))).toBe(false);
    // Unknown and true is unknown; unknown and false is false.
    expect(run(chain('u', 'and', 't', 't', k))).toBeNull();
    expect(run(chain('t', 'and', 't', 'u', k))).toBeNull();
    expect(run(chain('u', 'and', 't', 'f', k))).toBe(false);
    expect(run(chain('f', 'and', 't', 'u', k))).toBe(false);
    expect(run(chain('u', 'and', 'u', 'u', k))).toBeNull();
  });

  it.each(LENGTHS)('or over %i terms', (k) => {
    expect(run(chain('f', 'or', 'f', 'f', k))).toBe(false);
    expect(run(chain('t', 'or', 'f', 'f', k))).toBe(true);
    expect(run(chain('f', 'or', 'f', 't', k))).toBe(true);
    // Unknown or false is unknown; unknown or true is true.
    expect(run(chain('u', 'or', 'f', 'f', k))).toBeNull();
    expect(run(chain('f', 'or', 'f', 'u', k))).toBeNull();
    expect(run(chain('u', 'or', 'f', 't', k))).toBe(true);
    expect(run(chain('t', 'or', 'f', 'u', k))).toBe(true);
  });

  it('does not read the right operands of a long and after false, nor of a long or after true', () => {
    // 12 terms: the loop over steps. The explanation marks the skipped right operands as not evaluated.
    const and = compiled(chain('f', 'and', 't', 't', 12));
    const e = explain(and, {}, { vars });
    expect(e.value).toBe(false);
    // 23 nodes: 11 operators, 12 leaves; the 11 right-hand t are skipped.
    expect(e.steps).toHaveLength(23);
    expect(e.steps.filter((s) => !s.evaluated)).toHaveLength(11);
    const or = compiled(chain('t', 'or', 'f', 'f', 12));
    expect(explain(or, {}, { vars }).steps.filter((s) => !s.evaluated)).toHaveLength(11);
  });

  it('traces every operator of a long chain with its running value', () => {
    // 6 + 2 + … (12 terms): the operators top-down are 28, 26, 24, …, 8, each traced once.
    const e = explain(compiled(chain('a', '+', 'b', 'b', 12)), {}, { vars });
    expect(e.steps.slice(0, 11).map((s) => s.value)).toEqual([28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8]);
    expect(e.steps.slice(11).map((s) => s.value)).toEqual([6, ...Array.from({ length: 11 }, () => 2)]);
  });
});

describe('round with digits from a variable', () => {
  it('rounds to up to 15 digits either way, and gives null beyond', () => {
    // 1234.5 to 0 digits is 1235 (half away from zero); 15 digits keep 1234.5; −15 digits: 0.
    expect(run('round(1234.5, d)', { d: 0 })).toBe(1235);
    expect(run('round(1234.5, d)', { d: 15 })).toBe(1234.5);
    expect(run('round(1234.5, d)', { d: -15 })).toBe(0);
    expect(run('round(1234.5, d)', { d: -2 })).toBe(1200);
    expect(run('round(1234.5, d)', { d: 16 })).toBeNull();
    expect(run('round(1234.5, d)', { d: -16 })).toBeNull();
    expect(run('round(1234.5, d)', { d: 1.5 })).toBeNull();
    expect(run('round(1234.5, d)', {})).toBeNull();
    expect(run('round(n, d)', { d: 1 })).toBeNull();
  });
});

describe('explain: pre-order of unary nodes', () => {
  it('lists the operand of a minus and of a not', () => {
    const minus = explain(compiled('-users.iud', {}, monthlyEnv), report);
    expect(minus.steps.map((s) => [s.expression, s.value])).toEqual([
      ['-users.iud', -12],
      ['users.iud', 12],
    ]);
    const not = explain(compiled('not (users.iud > 10)', {}, monthlyEnv), report);
    expect(not.steps.map((s) => s.value)).toEqual([false, true, 12, 10]);
  });
});

/**
 * Calls `f` with only a little stack left: recurses until the engine's stack is full, then calls `f` on the
 * way back, `spare` frames above the deepest one (a few kilobytes of room).
 */
function withLittleStack<T>(spare: number, f: () => T): T {
  let out: { value: T } | undefined;
  let failure: unknown;
  const descend = (): number => {
    let below: number;
    try {
      below = descend();
    } catch {
      return 0; // the call below ran out of stack: this frame is the deepest
    }
    if (below === spare) {
      try {
        out = { value: f() };
      } catch (e) {
        failure = e;
      }
    }
    return below + 1;
  };
  descend();
  if (failure !== undefined) throw failure;
  if (out === undefined) throw new Error('the stack is not that deep');
  return out.value;
}

describe('a flat chain of thousands of terms', () => {
  it('is evaluated with little stack left (a loop over the terms, not one call per term)', () => {
    // 4,999 terms a + a + … + a = 4,999 · 2; with 4,998 nested closures the evaluation would run out of
    // stack, the loop needs a few frames. Each is evaluated once first, so the engine has compiled the
    // closures before the stack is scarce.
    const sum = compiled(`${'a+'.repeat(4_998)}a`);
    const ctx = { vars: { a: 2 } };
    expect(sum({}, ctx)).toBe(9_998);
    expect(withLittleStack(500, () => sum({}, ctx))).toBe(9_998);
    const above = compiled(`${'a+'.repeat(4_990)}a>9000`); // 4,991 · 2 = 9,982 > 9,000
    expect(above({}, ctx)).toBe(true);
    expect(withLittleStack(500, () => above({}, ctx))).toBe(true);
  });
});

describe('compileShared: chains and variables', () => {
  function shared(sources: readonly string[]) {
    const scope: SharedScope = { gen: 0 };
    const fns = compileShared(
      sources.map((s) => compiled(s, {}, monthlyEnv)),
      scope,
    );
    return (record: unknown, ctx?: EvalContext) => {
      scope.gen++;
      return fns.map((f) => f(record, ctx));
    };
  }

  it('evaluates a repeated binary sub-expression at the left end of a chain once per record', () => {
    let reads = 0;
    const record = {
      ...report,
      get users() {
        reads++;
        return report.users;
      },
    };
    const run = shared(['users.iud + users.mow + 1', 'users.iud + users.mow + 2']);
    // 12 + 6 = 18, read once (two reads of users) for both expressions.
    expect(run(record)).toEqual([19, 20]);
    expect(reads).toBe(2);
  });

  /** A frozen vars object that counts the reads of its properties. */
  function countingVars(pus: number) {
    const count = { n: 0 };
    const target = Object.freeze({ pus });
    const vars = new Proxy(target, {
      get(o, key, receiver) {
        count.n++;
        return Reflect.get(o, key, receiver);
      },
    });
    return { vars, count };
  }

  it('reads a variable of one frozen vars object once over the records of a set', () => {
    const { vars, count } = countingVars(260);
    const run = shared(['pus + 1']);
    expect(run(report, { vars })).toEqual([261]);
    expect(run(report, { vars })).toEqual([261]);
    expect(count.n).toBe(1);
  });

  it('reads a variable on every evaluation of a single compiled expression', () => {
    const { vars, count } = countingVars(260);
    const c = compiled('pus + 1', {}, monthlyEnv);
    expect(c(report, { vars })).toBe(261);
    expect(c(report, { vars })).toBe(261);
    expect(count.n).toBe(2);
  });
});
