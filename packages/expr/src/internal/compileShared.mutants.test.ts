import { describe, expect, it } from 'vitest';
import { env, report } from '../__fixtures__/monthly.js';
import type { CompiledExpression, CompileOptions } from '../compile.js';
import { compileSource } from '../compileSource.js';
import { createEnvironment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import { compileShared, type SharedScope } from './compileShared.js';

// Mutation tests of the shared compilation of a set (compileShared and the memoised nodes of compileNode):
// worked values on the model example report (users 170, non-users 90, users.iud 12), a second record and a
// counted getter that shows how often a shared sub-expression is read.

function compiled(source: string, options: CompileOptions = {}): CompiledExpression {
  const r = compileSource(source, env, options);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return r.compiled;
}

function shared(sources: readonly string[], options: CompileOptions = {}) {
  const scope: SharedScope = { gen: 0 };
  const fns = compileShared(
    sources.map((s) => compiled(s, options)),
    scope,
  );
  const run = (record: unknown, ctx?: EvalContext) => {
    scope.gen++;
    return fns.map((f) => f(record, ctx));
  };
  return { scope, fns, run };
}

/** The example report with `users` behind a getter that counts its reads. */
function countingReport(users: Record<string, number>) {
  const reads = { n: 0 };
  const record = {
    ...report,
    get users() {
      reads.n++;
      return users;
    },
  };
  return { record, reads };
}

describe('compileShared: worked values', () => {
  it('evaluates a set with a repeated sub-expression to the values of its expressions', () => {
    const { run } = shared(['sum(users[*]) + sum(nonUsers[*])', 'sum(users[*]) * 2', 'sum(users[*]) > 100']);
    // 170 + 90, 170 × 2, 170 > 100.
    expect(run(report)).toEqual([260, 340, true]);
  });

  it('recomputes a shared sub-expression for the next record (the caller increments gen)', () => {
    const { run } = shared(['sum(users[*]) + 1', 'sum(users[*]) * 2']);
    expect(run(report)).toEqual([171, 340]);
    // users.iud 12 → 22: the sum is 180.
    const next = { ...report, users: { ...report.users, iud: 22 } };
    expect(run(next)).toEqual([181, 360]);
  });

  it('reads a repeated sub-expression once per record, a single one each time', () => {
    const users = { ...report.users };
    const { record, reads } = countingReport(users);
    const { run } = shared(['sum(users[*]) + 1', 'sum(users[*]) * 2', 'sum(users[*]) - 3']);
    expect(run(record)).toEqual([171, 340, 167]);
    expect(reads.n).toBe(1);
    expect(run(record)).toEqual([171, 340, 167]);
    expect(reads.n).toBe(2);
  });

  it('keeps the memoised value while gen stays the same, and drops it when gen changes', () => {
    const users = { ...report.users };
    const { record, reads } = countingReport(users);
    const { scope, fns } = shared(['sum(users[*]) + 1', 'sum(users[*]) * 2']);
    scope.gen = 7;
    expect(fns[0]?.(record, undefined)).toBe(171);
    users.iud = 22; // changed behind the memo: the same gen keeps 170
    expect(fns[1]?.(record, undefined)).toBe(340);
    expect(reads.n).toBe(1);
    scope.gen = 8;
    expect(fns[1]?.(record, undefined)).toBe(360);
    expect(fns[0]?.(record, undefined)).toBe(181);
    expect(reads.n).toBe(2);
  });

  it('does not share a sub-expression that occurs once, nor leaves', () => {
    const users = { ...report.users };
    const { record, reads } = countingReport(users);
    // users.iud is a leaf (read twice); sum(users[*]) occurs once.
    const { run } = shared(['users.iud + 1', 'users.iud * 2', 'sum(users[*]) - 3']);
    expect(run(record)).toEqual([13, 24, 167]);
    expect(reads.n).toBe(3);
  });

  it('shares prev(field) by its period: prev(users.iud) and users.iud are different nodes', () => {
    const { run } = shared(['prev(users.iud) + users.iud', 'prev(users.iud) * 10', 'users.iud * 10']);
    const prev = { ...report, users: { ...report.users, iud: 5 } };
    // 5 + 12, 5 × 10, 12 × 10.
    expect(run(report, { prev })).toEqual([17, 50, 120]);
    expect(run(report, {})).toEqual([null, null, 120]);
  });

  it('keeps expressions of different missing-value policies apart', () => {
    const scope: SharedScope = { gen: 1 };
    const set = [compiled('prev(users.iud) + 1'), compiled('prev(users.iud) + 1', { missingValues: 'zero' })];
    const fns = compileShared(set, scope);
    // No previous report: null under 'null', 0 + 1 under 'zero'.
    expect(fns.map((f) => f(report, {}))).toEqual([null, 1]);
  });

  it('rejects a function that is not a compiled expression', () => {
    const fake = Object.assign(() => null, { ast: compiled('1').ast }) as unknown as CompiledExpression;
    expect(() => compileShared([fake], { gen: 0 })).toThrow(TypeError);
  });
});

describe('compileShared: variables', () => {
  it('reads a variable of a plain vars object again for each record', () => {
    const { run } = shared(['pus + 1', 'pus * 2']);
    const vars: Record<string, unknown> = { pus: 260 };
    expect(run(report, { vars })).toEqual([261, 520]);
    vars['pus'] = 300;
    expect(run(report, { vars })).toEqual([301, 600]);
  });

  it('reads each frozen vars object once, and a new frozen object again', () => {
    const { run } = shared(['pus + 1']);
    expect(run(report, { vars: Object.freeze({ pus: 260 }) })).toEqual([261]);
    expect(run(report, { vars: Object.freeze({ pus: 300 }) })).toEqual([301]);
    const same = Object.freeze({ pus: 10 });
    expect(run(report, { vars: same })).toEqual([11]);
    expect(run(report, { vars: same })).toEqual([11]);
  });

  it('reads a getter of a frozen vars object every time', () => {
    let pus = 260;
    const vars = Object.freeze({
      get pus() {
        return pus;
      },
    });
    const { run } = shared(['pus + 1']);
    expect(run(report, { vars })).toEqual([261]);
    pus = 300;
    expect(run(report, { vars })).toEqual([301]);
  });

  it('gives a missing variable the policy value, with no context, no vars, null vars or a wrong type', () => {
    const zero = shared(['pus + 1'], { missingValues: 'zero' });
    const asNull = shared(['pus + 1']);
    for (const ctx of [
      undefined,
      {},
      { vars: null as unknown as Record<string, unknown> },
      { vars: { pus: 'x' } },
    ]) {
      expect(zero.run(report, ctx)).toEqual([1]);
      expect(asNull.run(report, ctx)).toEqual([null]);
    }
    // A frozen object without the variable, then one with it.
    expect(zero.run(report, { vars: Object.freeze({}) })).toEqual([1]);
    expect(zero.run(report, { vars: Object.freeze({ pus: 4 }) })).toEqual([5]);
  });
});

/** How often a set reads `users` of the record (users.iud 12) on one evaluation. */
function readsOf(sources: readonly string[]) {
  const { record, reads } = countingReport({ ...report.users });
  const values = shared(sources).run(record);
  return { values, reads: reads.n };
}

describe('compileShared: which nodes are shared', () => {
  it('shares a repeated binary or unary node (users read once)', () => {
    // 12 + 1, (12 + 1) × 2.
    expect(readsOf(['users.iud + 1', '(users.iud + 1) * 2'])).toEqual({ values: [13, 26], reads: 1 });
    // −12, −12 × 2.
    expect(readsOf(['-users.iud', '(-users.iud) * 2'])).toEqual({ values: [-12, -24], reads: 1 });
  });

  it('finds a repeated node under a unary, a call, a leaf and a call with a constant argument', () => {
    expect(readsOf(['-(users.iud + 1)', 'users.iud + 1'])).toEqual({ values: [-13, 13], reads: 1 });
    expect(readsOf(['abs(users.iud + 1)', 'users.iud + 1'])).toEqual({ values: [13, 13], reads: 1 });
    expect(readsOf(['round(users.iud + 1, 0) + 0', 'users.iud + 1'])).toEqual({ values: [13, 13], reads: 1 });
    // 12 × 13: the leaf users.iud is read on its own, the shared 13 once.
    expect(readsOf(['users.iud * (users.iud + 1)', 'users.iud + 1'])).toEqual({
      values: [156, 13],
      reads: 2,
    });
    expect(readsOf(['abs(1) * (users.iud + 1)', 'users.iud + 1'])).toEqual({ values: [13, 13], reads: 1 });
  });

  it('shares prev(field), read once from the previous record', () => {
    const reads = { n: 0 };
    const prev = {
      ...report,
      get users() {
        reads.n++;
        return { ...report.users, iud: 5 };
      },
    };
    // 5 + 1, 5 × 2.
    expect(shared(['prev(users.iud) + 1', 'prev(users.iud) * 2']).run(report, { prev })).toEqual([6, 10]);
    expect(reads.n).toBe(1);
  });

  // `0 + 0 + … + users.iud`: the sum's span is its whole text; the left operand reads nothing.
  const chain = (length: number) => `${'0 + '.repeat((length - 9) / 4)}users.iud`;

  it('shares a node of a 256-character text, not one of a longer text', () => {
    expect(chain(257).length).toBe(257);
    expect(readsOf([chain(257), chain(257)])).toEqual({ values: [12, 12], reads: 2 });
    expect(chain(253).length).toBe(253);
    // 256 characters: `1000 + ` before a chain of 249 (1000 + 12); the node's span is the whole text.
    const at256 = `1000 + ${chain(249)}`;
    expect(at256.length).toBe(256);
    expect(compiled(at256).ast.span).toMatchObject({ start: 0, end: 256 });
    expect(readsOf([at256, at256])).toEqual({ values: [1012, 1012], reads: 1 });
  });

  it('shares a short node that starts after the 256th character', () => {
    const long = `${'0 + '.repeat(80)}(users.iud * 3)`;
    // 0 + … + 12 × 3 = 36, and 12 × 3.
    expect(readsOf([long, 'users.iud * 3'])).toEqual({ values: [36, 36], reads: 1 });
  });

  it('does not memoise a node that occurs once: two records in one gen give two values', () => {
    const { fns } = shared(['sum(users[*]) - 3', 'users.iud + 1', 'users.iud + 1']);
    const next = { ...report, users: { ...report.users, iud: 22 } };
    // 170 − 3, then 180 − 3 with iud 22, without a change of gen.
    expect(fns[0]?.(report, undefined)).toBe(167);
    expect(fns[0]?.(next, undefined)).toBe(177);
  });
});

describe('compileShared: environments', () => {
  const envOf = (keys: readonly string[]) =>
    createEnvironment({
      type: 'object',
      properties: {
        users: {
          type: 'object',
          properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer' }])),
          required: [...keys],
        },
      },
      required: ['users'],
    });

  it('keeps the same text in two environments apart', () => {
    const one = compileSource('sum(users[*]) + 1', envOf(['iud']));
    const two = compileSource('sum(users[*]) + 1', envOf(['iud', 'pill']));
    if (!one.ok || !two.ok) throw new Error('compile');
    const fns = compileShared([one.compiled, two.compiled], { gen: 1 });
    // iud 1 + 1, and iud 1 + pill 2 + 1.
    expect(fns.map((f) => f({ users: { iud: 1, pill: 2 } }, undefined))).toEqual([2, 4]);
  });

  it('names what it rejects', () => {
    const fake = Object.assign(() => null, { ast: compiled('1').ast }) as unknown as CompiledExpression;
    expect(() => compileShared([fake], { gen: 0 })).toThrow('compileShared: not a compiled expression');
  });
});

describe('compileShared: frozen variables read once per object', () => {
  function countingVars(target: object) {
    const reads = { n: 0 };
    const vars = new Proxy(target, {
      get(t, key, receiver) {
        reads.n++;
        return Reflect.get(t, key, receiver);
      },
    });
    return { vars: vars as Record<string, unknown>, reads };
  }

  it('reads a frozen variable once for two records, and a frozen missing one too', () => {
    const { run } = shared(['pus + 1']);
    const present = countingVars(Object.freeze({ pus: 260 }));
    expect(run(report, { vars: present.vars })).toEqual([261]);
    expect(run(report, { vars: present.vars })).toEqual([261]);
    expect(present.reads.n).toBe(1);
    const absent = countingVars(Object.freeze({}));
    expect(run(report, { vars: absent.vars })).toEqual([null]);
    expect(run(report, { vars: absent.vars })).toEqual([null]);
    expect(absent.reads.n).toBe(1);
  });

  it('reads an inherited variable of a frozen object every time', () => {
    const { run } = shared(['pus + 1']);
    const inherited = countingVars(Object.freeze(Object.create({ pus: 5 })));
    expect(run(report, { vars: inherited.vars })).toEqual([6]);
    expect(run(report, { vars: inherited.vars })).toEqual([6]);
    expect(inherited.reads.n).toBe(2);
  });
});
