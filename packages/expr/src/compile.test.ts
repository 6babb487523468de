import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { env, report } from './__fixtures__/monthly.js';
import type { Expr, Span } from './ast.js';
import { check } from './check.js';
import { type CompiledExpression, type CompileOptions, compile } from './compile.js';
import { compileSource } from './compileSource.js';
import { createEnvironment } from './environment.js';
import type { EvalContext } from './evalContext.js';
import { explain } from './explain.js';
import { compileJs } from './internal/compileJs.js';
import { parse } from './parse.js';
import { print } from './print.js';
import type { Value } from './value.js';

function compiled(source: string, options: CompileOptions = {}, e = env): CompiledExpression {
  const r = compileSource(source, e, options);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return r.compiled;
}
const run = (source: string, record: unknown = report, ctx?: EvalContext, options: CompileOptions = {}) =>
  compiled(source, options)(record, ctx);

describe('compile: worked values on the model example report', () => {
  it.each([
    ['sum(users[*])', 170],
    ['sum(nonUsers[*])', 90],
    ['sum(users[mkjp])', 49],
    ['sum(users[portal])', 170],
    ['sum(nonUsers[unmet])', 60],
    ['sum(poktanParticipants[*])', 150],
    ['count(users[*])', 7],
    ['count(users[mkjp])', 4],
    ['min(users[*])', 1],
    ['max(users[all])', 80],
    ['users.iud + users.mow * 2', 24],
    ['(users.iud + users.mow) * 2', 36],
    ['users.injectable - users.pill - users.condom', 39],
    ['users.injectable / users.pill', 80 / 35],
    ['-users.iud', -12],
    ['abs(users.iud - users.injectable)', 68],
    ['round(sum(users[mkjp]) / sum(users[*]) * 100, 1)', 28.8],
    ['round(sum(nonUsers[unmet]) / pus * 100, 2)', 23.08],
    ['sum(users[*]) + sum(nonUsers[*]) == pus', true],
    ['jknHolders > pus and users.iud >= 12', true],
    ["kampungId == 'sungai-andai'", true],
    ["period < '2021-01'", true],
    ['if(users.iud > 10, 1, 2)', 1],
    ['coalesce(users.mal, users.traditional, 0)', 0],
    ['isNull(users.mal)', true],
    ['not isNull(users.iud)', true],
    ['users[mkjp]', [12, 6, 1, 30]],
  ])('%s = %j', (source, expected) => {
    expect(run(source, report, { vars: { pus: 260 } })).toEqual(expected);
  });

  it('rounds decimals half away from zero, without binary surprises', () => {
    expect(run('round(1.005, 2)')).toBe(1.01);
    expect(run('round(2.5)')).toBe(3);
    expect(run('round(-2.5)')).toBe(-3);
    expect(run('round(-1.005, 2)')).toBe(-1.01);
    expect(run('round(1234.5678, -2)')).toBe(1200);
    expect(run('round(0.000001234, 8)')).toBe(0.00000123);
    expect(run('round(-0.001, 2)')).toBe(0);
    expect(run('round(1, users.mal)')).toBeNull();
  });
});

describe('compile: null semantics', () => {
  const x = (v: boolean | null) => (v === null ? 'null' : String(v));
  const tri = [true, false, null] as const;
  const bools = createEnvironment(
    {
      type: 'object',
      properties: { a: { type: ['boolean', 'null'] }, b: { type: ['boolean', 'null'] } },
      required: ['a', 'b'],
    },
    {},
  );
  const and = compiled('a and b', {}, bools);
  const or = compiled('a or b', {}, bools);
  const not = compiled('not a', {}, bools);
  const expected: Record<string, [boolean | null, boolean | null]> = {
    'true,true': [true, true],
    'true,false': [false, true],
    'true,null': [null, true],
    'false,true': [false, true],
    'false,false': [false, false],
    'false,null': [false, null],
    'null,true': [null, true],
    'null,false': [false, null],
    'null,null': [null, null],
  };
  for (const a of tri) {
    for (const b of tri) {
      it(`Kleene: ${x(a)} and/or ${x(b)}`, () => {
        expect([and({ a, b }), or({ a, b })]).toEqual(expected[`${x(a)},${x(b)}`]);
      });
    }
    it(`Kleene: not ${x(a)}`, () => {
      expect(not({ a, b: null })).toBe(a === null ? null : !a);
    });
  }
  it('arithmetic and comparisons with a missing operand are null, not 0 or false', () => {
    expect(run('users.iud + users.mal')).toBeNull();
    expect(run('users.mal * 0')).toBeNull();
    expect(run('-users.mal')).toBeNull();
    expect(run('users.mal > 0')).toBeNull();
    expect(run('users.mal != 1')).toBeNull();
    expect(run('users.iud / 0')).toBeNull();
    expect(run('if(users.mal > 0, 1, 2)')).toBeNull();
    expect(run('sum(users[*]) == pus')).toBeNull(); // no pus in the context
    expect(run('sum(users[*])', { ...report, users: {} })).toBeNull();
    expect(run('count(users[*])', { ...report, users: {} })).toBe(0);
    expect(run('max(users[*])', { kampungId: 'x' })).toBeNull();
  });
  it('reads a value of the wrong type as missing', () => {
    expect(run('users.iud + 1', { ...report, users: { ...report.users, iud: '12' } })).toBeNull();
    expect(run('users.iud + 1', null)).toBeNull();
  });
  it("missingValues: 'zero' reads missing data as 0 but keeps computed nulls", () => {
    const z = { missingValues: 'zero' } as const;
    expect(run('users.iud + users.mal', report, undefined, z)).toBe(12);
    expect(run('isNull(users.mal)', report, undefined, z)).toBe(false);
    expect(run('sum(users[*]) + sum(nonUsers[*]) == pus', report, undefined, z)).toBe(false);
    expect(run('count(users[*])', report, undefined, z)).toBe(9);
    expect(run('min(users[*])', report, undefined, z)).toBe(0);
    expect(run('sum(users[*])', { kampungId: 'x' }, undefined, z)).toBe(0);
    expect(run('prev(users.iud) + 1', report, undefined, z)).toBe(1);
    expect(run('users.iud / 0', report, undefined, z)).toBeNull();
    expect(run('null + 1', report, undefined, z)).toBeNull();
  });
});

describe('compile: prev and lastYear', () => {
  const feb = { ...report, period: '2020-11', users: { ...report.users, iud: 10 } };
  const lastYear = { ...report, period: '2019-12', users: { ...report.users, iud: 5, mal: 4 } };
  it('reads the earlier records from the context', () => {
    expect(run('users.iud - prev(users.iud)', report, { prev: feb })).toBe(2);
    expect(run('users.iud - lastYear(users.iud)', report, { lastYear })).toBe(7);
    expect(run('sum(users[*]) - sum(lastYear(users[*]))', report, { lastYear })).toBe(170 - 163 - 4);
    expect(run('lastYear(users[mkjp])', report, { lastYear })).toEqual([5, 6, 1, 30]);
    expect(run('count(prev(users[*]))', report, { prev: feb })).toBe(7);
  });
  it('is null without the earlier record', () => {
    expect(run('users.iud - prev(users.iud)')).toBeNull();
    expect(run('sum(prev(users[*]))', report, { lastYear })).toBeNull();
    expect(run('coalesce(prev(users.iud), 0)')).toBe(0);
  });
});

describe('compile', () => {
  it('returns the check errors instead of a closure', () => {
    const p = parse('users.iu + 1');
    if (!p.ok) throw new Error('parse');
    const r = compile(p.ast, env);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('unknown-field');
    const s = compileSource('1 +', env);
    expect(s.ok ? '' : s.errors[0]?.code).toBe('unexpected-end');
  });
  it('exposes source, type and deduplicated operands', () => {
    const c = compiled('users.iud + prev(users.iud) + users.iud + sum(nonUsers[unmet]) + pus');
    expect(c.source).toBe('users.iud + prev(users.iud) + users.iud + sum(nonUsers[unmet]) + pus');
    expect(c.type).toEqual({ kind: 'number', nullable: true });
    expect(c.operands).toEqual([
      { field: 'users.iud', period: 'current', source: 'record' },
      { field: 'users.iud', period: 'prev', source: 'record' },
      { field: 'nonUsers.iat', period: 'current', source: 'record' },
      { field: 'nonUsers.tial', period: 'current', source: 'record' },
      { field: 'pus', period: 'current', source: 'variable' },
    ]);
    expect(c.missingValues).toBe('null');
  });
  it('uses a custom group registry', () => {
    const custom = createEnvironment(
      {
        type: 'object',
        properties: {
          users: {
            type: 'object',
            properties: { iud: { type: 'integer' }, pill: { type: 'integer' }, condom: { type: 'integer' } },
            required: ['iud', 'pill', 'condom'],
          },
        },
        required: ['users'],
      },
      { groups: { users: { shortActing: ['pill', 'condom', 'injectable'] } } },
    );
    expect(compiled('sum(users[shortActing])', {}, custom)({ users: { iud: 1, pill: 2, condom: 3 } })).toBe(
      5,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties: print round-trips, and the compiled closure equals a reference tree-walking interpreter.

const S: Span = { start: 0, end: 0, line: 1, column: 1 };

const propEnv = createEnvironment(
  {
    type: 'object',
    properties: {
      a: { type: 'integer' },
      b: { type: ['number', 'null'] },
      s: { type: ['string', 'null'] },
      f: { type: ['boolean', 'null'] },
      obj: {
        type: 'object',
        properties: {
          x: { type: ['number', 'null'] },
          y: { type: ['number', 'null'] },
          z: { type: 'integer' },
        },
        required: ['x', 'y'],
      },
    },
    required: ['a', 'b', 's', 'f', 'obj'],
  },
  { variables: { v: { kind: 'number', nullable: true } }, groups: { obj: { g: ['x', 'z'] } } },
);

const GROUPS: Record<string, readonly string[]> = {
  '*': ['x', 'y', 'z'],
  all: ['x', 'y', 'z'],
  g: ['x', 'z'],
};

/** The reference: a direct tree-walking interpreter written from the documented semantics. */
function reference(
  e: Expr,
  r: Record<string, unknown>,
  c: EvalContext,
  zero: boolean,
  from?: 'prev' | 'lastYear',
): Value {
  const rec = (from === undefined ? r : (c[from] as Record<string, unknown> | undefined)) ?? {};
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : zero ? 0 : null);
  const ev = (x: Expr) => reference(x, r, c, zero, from);
  switch (e.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return e.value;
    case 'null':
      return null;
    case 'field': {
      if (e.path[0] === 'v') return num(c.vars?.['v']);
      let v: unknown = rec;
      for (const k of e.path)
        v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      const kind = e.path[0] === 's' ? 'string' : e.path[0] === 'f' ? 'boolean' : 'number';
      if (kind === 'number') return num(v);
      return typeof v === kind ? (v as Value) : null;
    }
    case 'group': {
      const o = (rec['obj'] ?? {}) as Record<string, unknown>;
      return (GROUPS[e.group] ?? []).map((k) => num(o[k]));
    }
    case 'unary': {
      const v = ev(e.operand);
      if (v === null) return null;
      return e.op === '-' ? -(v as number) : !v;
    }
    case 'binary': {
      if (e.op === 'and' || e.op === 'or') {
        const l = ev(e.left);
        const stop = e.op === 'or'; // the value that decides the result on its own
        if (l === stop) return stop;
        const rr = ev(e.right);
        if (rr === stop) return stop;
        return l === null || rr === null ? null : !stop;
      }
      const l = ev(e.left);
      if (l === null) return null;
      const rr = ev(e.right);
      if (rr === null) return null;
      const x = l as number;
      const y = rr as number;
      switch (e.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return y === 0 ? null : x / y;
        case '==':
          return l === rr;
        case '!=':
          return l !== rr;
        case '<':
          return x < y;
        case '<=':
          return x <= y;
        case '>':
          return x > y;
        default:
          return x >= y;
      }
    }
    case 'call': {
      const args = e.args;
      switch (e.name) {
        case 'prev':
        case 'lastYear':
          return reference(args[0] as Expr, r, c, zero, e.name);
        case 'if': {
          const t = ev(args[0] as Expr);
          return t === null ? null : t ? ev(args[1] as Expr) : ev(args[2] as Expr);
        }
        case 'isNull':
          return ev(args[0] as Expr) === null;
        case 'coalesce':
          for (const a of args) {
            const v = ev(a);
            if (v !== null) return v;
          }
          return null;
        case 'abs': {
          const v = ev(args[0] as Expr);
          return v === null ? null : Math.abs(v as number);
        }
        case 'round': {
          const v = ev(args[0] as Expr);
          const d = args[1] === undefined ? 0 : ev(args[1]);
          if (v === null || d === null) return null;
          const scaled = Math.abs(v as number) * 10 ** (d as number);
          if (scaled >= 2 ** 53) return v; // already whole at this scale
          // Reference rounding via exact decimal strings of small integers and halves only.
          const rounded =
            Math.sign(v as number) * (Math.round(Number(scaled.toPrecision(15))) / 10 ** (d as number));
          return rounded === 0 ? 0 : rounded;
        }
        default: {
          const list = (ev(args[0] as Expr) as (number | null)[]).filter((v): v is number => v !== null);
          if (e.name === 'count') return list.length;
          if (list.length === 0) return null;
          if (e.name === 'sum') return list.reduce((s, v) => s + v, 0);
          return e.name === 'min' ? Math.min(...list) : Math.max(...list);
        }
      }
    }
  }
}

const lit = (value: number): Expr => ({ kind: 'number', value, span: S });
const field = (...path: string[]): Expr => ({ kind: 'field', path, span: S });
const bin =
  (op: Expr & { kind: 'binary' } extends infer B ? (B extends { op: infer O } ? O : never) : never) =>
  (left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right, span: S });
const call = (name: (Expr & { kind: 'call' })['name'], ...args: Expr[]): Expr => ({
  kind: 'call',
  name,
  args,
  span: S,
  nameSpan: S,
});

const typed = fc.letrec<{ num: Expr; bool: Expr; str: Expr; list: Expr }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: 20 }).map(lit),
    fc.constantFrom(0.5, 1.25, 1e21, 2.5e-7).map(lit),
    fc.constantFrom(field('a'), field('b'), field('obj', 'x'), field('obj', 'z'), field('v')),
    fc.constantFrom('b', 'a').map((f) => call('prev', field(f))),
    fc.constantFrom<Expr>({ kind: 'null', span: S }),
    tie('num').map((operand): Expr => ({ kind: 'unary', op: '-', operand, span: S })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/'), tie('num'), tie('num'))
      .map(([op, l, r]) => bin(op as '+')(l, r)),
    fc.tuple(tie('bool'), tie('num'), tie('num')).map(([c, a, b]) => call('if', c, a, b)),
    fc.array(tie('num'), { minLength: 1, maxLength: 3 }).map((args) => call('coalesce', ...args)),
    fc.tuple(fc.constantFrom('sum', 'min', 'max', 'count'), tie('list')).map(([f, l]) => call(f as 'sum', l)),
    tie('num').map((x) => call('abs', x)),
    fc.tuple(tie('num'), fc.integer({ min: 0, max: 3 })).map(([x, d]) => call('round', x, lit(d))),
  ),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((value): Expr => ({ kind: 'boolean', value, span: S })),
    fc.constant(field('f')),
    fc
      .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>='), tie('num'), tie('num'))
      .map(([op, l, r]) => bin(op as '==')(l, r))
      .filter((cmp) => check(cmp, propEnv).ok), // the checker forbids comparing with a null-typed operand
    fc.tuple(fc.constantFrom('==', '<'), tie('str'), tie('str')).map(([op, l, r]) => bin(op as '==')(l, r)),
    fc
      .tuple(fc.constantFrom('and', 'or'), tie('bool'), tie('bool'))
      .map(([op, l, r]) => bin(op as 'and')(l, r)),
    tie('bool').map((operand): Expr => ({ kind: 'unary', op: 'not', operand, span: S })),
    tie('num').map((x) => call('isNull', x)),
  ),
  str: fc.oneof(
    fc.string({ maxLength: 6 }).map((value): Expr => ({ kind: 'string', value, span: S })),
    fc.constant(field('s')),
  ),
  list: fc.oneof(
    fc.constantFrom('*', 'all', 'g').map((group): Expr => ({ kind: 'group', path: ['obj'], group, span: S })),
    fc
      .constantFrom('*', 'g')
      .map((group) => call('lastYear', { kind: 'group', path: ['obj'], group, span: S })),
  ),
}));

const anyExpr = fc.oneof(typed.num, typed.bool, typed.str);

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const recordArb = fc.record(
  {
    a: fc.integer({ min: -5, max: 50 }),
    b: fc.oneof(fc.constant(null), fc.double({ min: -100, max: 100, noNaN: true })),
    s: maybe(fc.constantFrom('', 'a', 'b', 'ab')),
    f: fc.oneof(fc.constant(null), fc.boolean()),
    obj: maybe(
      fc.record(
        {
          x: maybe(fc.integer({ min: 0, max: 9 })),
          y: maybe(fc.integer()),
          z: fc.integer({ min: 0, max: 9 }),
        },
        { requiredKeys: ['z'] },
      ),
    ),
  },
  { requiredKeys: [] },
);
const ctxArb = fc.record(
  {
    prev: maybe(recordArb),
    lastYear: maybe(recordArb),
    vars: maybe(fc.record({ v: maybe(fc.integer({ min: 0, max: 9 })) })),
  },
  { requiredKeys: [] },
);

/** Removes spans (and parse-only fields) so trees can be compared structurally. */
function strip(e: Expr): unknown {
  return JSON.parse(JSON.stringify(e, (k, v) => (k === 'span' || k === 'nameSpan' ? undefined : v)));
}

describe('properties', () => {
  it('parse(print(ast)) gives back the same tree', () => {
    fc.assert(
      fc.property(anyExpr, (e) => {
        const p = parse(print(e));
        expect(p.ok).toBe(true);
        if (p.ok) expect(strip(p.ast)).toEqual(strip(e));
      }),
      { numRuns: 500 },
    );
  });

  it('compiled evaluation equals the reference interpreter (both missing-value policies) and explain', () => {
    fc.assert(
      fc.property(anyExpr, recordArb, ctxArb, fc.boolean(), (e, record, ctx, zero) => {
        const c = compile(e, propEnv, { missingValues: zero ? 'zero' : 'null' });
        if (!c.ok) throw new Error(`${print(e)}: ${c.errors.map((x) => x.message.en).join('; ')}`);
        const want = reference(e, record as Record<string, unknown>, ctx as EvalContext, zero);
        expect(c.compiled(record, ctx as EvalContext)).toEqual(want);
        expect(explain(c.compiled, record, ctx as EvalContext).value).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('compileJs (the fused, generated function of a set of expressions)', () => {
  it('is carried by compile under its registered symbol', () => {
    expect((compile as unknown as Record<symbol, unknown>)[Symbol.for('@kampung-kb/expr.compileJs')]).toBe(
      compileJs,
    );
  });

  it('gives every expression of a set the value of the reference interpreter (both policies, shared parts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyExpr, fc.boolean()), { minLength: 1, maxLength: 4 }),
        recordArb,
        ctxArb,
        (items, record, ctx) => {
          // The same tree twice in a set exercises the shared locals.
          const set = [...items, items[0] as [Expr, boolean]].map(([e, zero]) => {
            const c = compile(e, propEnv, { missingValues: zero ? 'zero' : 'null' });
            if (!c.ok) throw new Error(`${print(e)}: ${c.errors.map((x) => x.message.en).join('; ')}`);
            return c.compiled;
          });
          const fused = compileJs(set, (values) => `return [${values.join(', ')}];`);
          expect(fused).toBeDefined();
          const got = fused?.(record, ctx as EvalContext) as Value[];
          set.forEach((c, i) => {
            const [e, zero] = (items[i] ?? items[0]) as [Expr, boolean];
            expect(got[i]).toEqual(reference(e, record as Record<string, unknown>, ctx as EvalContext, zero));
            expect(got[i]).toEqual(c(record, ctx as EvalContext));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves a list value outside an aggregate to the closures (undefined)', () => {
    const c = compileSource('sum(users[*]) + 1', env);
    if (!c.ok) throw new Error('does not compile');
    expect(compileJs([c.compiled], (v) => `return ${v[0]};`)?.(report, undefined)).toBe(171);
    const g = compile({ kind: 'group', path: ['users'], group: '*', span: S }, env);
    if (g.ok) expect(compileJs([g.compiled], (v) => `return ${v[0]};`)).toBeUndefined();
  });

  it('writes a flat chain of thousands of terms, or leaves it to the closures, with the same value', () => {
    const source = Array.from({ length: 1600 }, (_, i) => (i % 2 === 0 ? 'users.iud' : '1')).join('+');
    const c = compileSource(source, env);
    if (!c.ok) throw new Error('does not compile');
    const fused = compileJs([c.compiled], (v) => `return ${v[0]};`);
    if (fused !== undefined) expect(fused(report, undefined)).toBe(c.compiled(report));
    expect(c.compiled(report)).toBe(800 * 12 + 800);
  });
});
