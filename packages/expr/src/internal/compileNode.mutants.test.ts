import { describe, expect, it } from 'vitest';
import { env, report } from '../__fixtures__/monthly.js';
import type { CompileOptions } from '../compile.js';
import { compileSource } from '../compileSource.js';
import { createEnvironment } from '../environment.js';
import type { EvalContext } from '../evalContext.js';
import { explain } from '../explain.js';

// Mutation tests of the closures of compileNode: records and context objects that are not objects (null, a
// number), objects read through a null, and values of the wrong type. Worked values on the model example
// report: users 170 over 7 methods (iud 12, mow 6, mop 1, implant 30, injectable 80, pill 35, condom 6); the
// group users[*] has 9 members (the seven plus the optional mal and traditional).

function run(source: string, record: unknown, ctx?: EvalContext, options: CompileOptions = {}) {
  const r = compileSource(source, env, options);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return r.compiled(record, ctx);
}
const zero: CompileOptions = { missingValues: 'zero' };

describe('compileNode: a record that is not an object', () => {
  it.each([null, 42, 'x', undefined])('reads every field of %s as missing', (record) => {
    expect(run('jknHolders', record)).toBeNull();
    expect(run('users.iud', record)).toBeNull();
    expect(run('sum(users[*])', record)).toBeNull();
    expect(run('count(users[*])', record)).toBe(0);
    expect(run('min(users[*])', record)).toBeNull();
    expect(run('max(users[mkjp])', record)).toBeNull();
    // Under 'zero': a missing number is 0, and count counts the group's 9 members.
    expect(run('jknHolders', record, undefined, zero)).toBe(0);
    expect(run('users.iud', record, undefined, zero)).toBe(0);
    expect(run('sum(users[*])', record, undefined, zero)).toBe(0);
    expect(run('count(users[*])', record, undefined, zero)).toBe(9);
    expect(run('min(users[*])', record, undefined, zero)).toBe(0);
    expect(run('max(users[*])', record, undefined, zero)).toBe(0);
  });

  it('reads a group that is null or not an object as missing', () => {
    for (const users of [null, 5]) {
      const record = { ...report, users };
      expect(run('users.iud', record)).toBeNull();
      expect(run('sum(users[*])', record)).toBeNull();
      expect(run('count(users[*])', record)).toBe(0);
      expect(run('max(users[*])', record)).toBeNull();
      expect(run('users.iud', record, undefined, zero)).toBe(0);
      expect(run('sum(users[*])', record, undefined, zero)).toBe(0);
      expect(run('count(users[*])', record, undefined, zero)).toBe(9);
    }
  });
});

describe('compileNode: earlier records that are not objects', () => {
  it.each([null, 7, undefined])('reads prev and lastYear of %s as missing', (earlier) => {
    const ctx = { prev: earlier, lastYear: earlier } as unknown as EvalContext;
    expect(run('prev(jknHolders)', report, ctx)).toBeNull();
    expect(run('prev(users.iud)', report, ctx)).toBeNull();
    expect(run('lastYear(users.iud)', report, ctx)).toBeNull();
    expect(run('sum(prev(users[*]))', report, ctx)).toBeNull();
    expect(run('count(lastYear(users[*]))', report, ctx)).toBe(0);
    expect(run('min(prev(users[*]))', report, ctx)).toBeNull();
    expect(run('prev(jknHolders)', report, ctx, zero)).toBe(0);
    expect(run('prev(users.iud)', report, ctx, zero)).toBe(0);
    expect(run('sum(prev(users[*]))', report, ctx, zero)).toBe(0);
    expect(run('count(lastYear(users[*]))', report, ctx, zero)).toBe(9);
  });

  it('reads prev(users) that is null as missing', () => {
    const ctx = { prev: { ...report, users: null } } as unknown as EvalContext;
    expect(run('prev(users.iud)', report, ctx)).toBeNull();
    expect(run('prev(users.iud)', report, ctx, zero)).toBe(0);
    expect(run('sum(prev(users[*]))', report, ctx)).toBeNull();
  });

  it('reads the previous record’s values when they are there (iud 12 → 20, sum 170 → 178)', () => {
    const prev = { ...report, jknHolders: 1100, users: { ...report.users, iud: 20 } };
    expect(run('prev(jknHolders)', report, { prev })).toBe(1100);
    expect(run('prev(users.iud)', report, { prev })).toBe(20);
    expect(run('sum(prev(users[*]))', report, { prev })).toBe(178);
    expect(run('count(prev(users[*]))', report, { prev })).toBe(7);
    expect(run('max(prev(users[mkjp]))', report, { prev })).toBe(30);
  });
});

describe('compileNode: values of the wrong type read as missing', () => {
  it('skips a text in a number field, and counts only numbers', () => {
    const record = { ...report, jknHolders: '1200', users: { ...report.users, iud: '12', mop: true } };
    expect(run('jknHolders', record)).toBeNull();
    expect(run('users.iud', record)).toBeNull();
    // 170 − 12 − 1, over the 5 numeric members.
    expect(run('sum(users[*])', record)).toBe(157);
    expect(run('count(users[*])', record)).toBe(5);
    expect(run('min(users[mkjp])', record)).toBe(6);
    expect(run('min(users[mkjp])', record, undefined, zero)).toBe(0);
    expect(run('users.iud', record, undefined, zero)).toBe(0);
    // Under 'zero' every member of the group counts (a missing one as 0): 9, also on the example report.
    expect(run('count(users[*])', record, undefined, zero)).toBe(9);
    expect(run('count(users[*])', report, undefined, zero)).toBe(9);
    expect(run('count(prev(users[*]))', report, { prev: record }, zero)).toBe(9);
  });

  it('sums an all-missing group to null, but to 0 under zero', () => {
    const record = { ...report, users: {} };
    expect(run('sum(users[*])', record)).toBeNull();
    expect(run('sum(users[*])', record, undefined, zero)).toBe(0);
    expect(run('sum(prev(users[*]))', report, { prev: record })).toBeNull();
    expect(run('sum(prev(users[*]))', report, { prev: record }, zero)).toBe(0);
  });
});

// A schema with a three-level field `a.b.c` and a group on the two-level object `a.b` (the paths the monthly
// report does not have), plus a string and a boolean variable.
const deep = createEnvironment(
  {
    type: 'object',
    properties: {
      a: {
        type: 'object',
        properties: {
          b: {
            type: 'object',
            properties: { c: { type: 'integer' }, d: { type: 'integer' } },
            required: ['c', 'd'],
          },
          c: { type: 'integer' },
        },
        required: ['b', 'c'],
      },
    },
    required: ['a'],
  },
  { variables: { label: 'string', flag: 'boolean', pus: 'number' } },
);

function runDeep(source: string, record: unknown, ctx?: EvalContext, options: CompileOptions = {}) {
  const r = compileSource(source, deep, options);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return r.compiled(record, ctx);
}

describe('compileNode: fields and groups deeper than the record’s own objects', () => {
  // a.c = 100 sits beside the object a.b, so reading one level too shallow finds 100 instead of a.b's members.
  const record = { a: { b: { c: 3, d: 4 }, c: 100 } };

  it('reads a three-level field, and the wrong type or a missing step as missing', () => {
    expect(runDeep('a.b.c', record)).toBe(3);
    expect(runDeep('a.b.c', { a: { b: { c: 'x', d: 4 }, c: 100 } })).toBeNull();
    expect(runDeep('a.b.c', { a: { b: { c: 'x', d: 4 }, c: 100 } }, undefined, zero)).toBe(0);
    for (const missing of [{ a: { b: null, c: 100 } }, { a: null }, { a: 5 }, null, 7]) {
      expect(runDeep('a.b.c', missing)).toBeNull();
      expect(runDeep('a.b.c', missing, undefined, zero)).toBe(0);
    }
    expect(runDeep('prev(a.b.c)', record, { prev: { a: { b: { c: 9, d: 1 } } } })).toBe(9);
    expect(runDeep('prev(a.b.c)', record, { prev: { a: { b: null } } })).toBeNull();
  });

  it('aggregates a group of a two-level object: a.b[*] is c 3 and d 4, not a.c', () => {
    expect(runDeep('sum(a.b[*])', record)).toBe(7);
    expect(runDeep('count(a.b[*])', record)).toBe(2);
    expect(runDeep('max(a.b[*])', record)).toBe(4);
    expect(runDeep('sum(prev(a.b[*]))', record, { prev: { a: { b: { c: 10, d: 20 }, c: 100 } } })).toBe(30);
    // The object a.b null, or a null on the way: missing.
    for (const missing of [{ a: { b: null, c: 100 } }, { a: null }]) {
      expect(runDeep('sum(a.b[*])', missing)).toBeNull();
      expect(runDeep('sum(a.b[*])', missing, undefined, zero)).toBe(0);
      expect(runDeep('count(a.b[*])', missing, undefined, zero)).toBe(2);
    }
  });
});

describe('compileNode: variables', () => {
  it('reads a missing text or boolean variable as null, also under zero (0 is for numbers only)', () => {
    expect(runDeep('coalesce(label, "none")', {}, undefined, zero)).toBe('none');
    expect(runDeep('isNull(flag)', {}, { vars: {} }, zero)).toBe(true);
    expect(runDeep('coalesce(label, "none")', {}, { vars: { label: 'x' } }, zero)).toBe('x');
    expect(runDeep('pus + 1', {}, { vars: {} }, zero)).toBe(1);
  });

  it('reads a variable of null vars as missing', () => {
    const ctx = { vars: null } as unknown as EvalContext;
    expect(run('pus + 1', report, ctx)).toBeNull();
    expect(run('pus + 1', report, ctx, zero)).toBe(1);
  });

  it('reads a frozen vars object again on every evaluation of a single expression', () => {
    const reads = { n: 0 };
    const vars = new Proxy(Object.freeze({ pus: 260 }), {
      get(target, key, receiver) {
        reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });
    const r = compileSource('pus + 1', env);
    if (!r.ok) throw new Error('compile');
    expect(r.compiled(report, { vars })).toBe(261);
    expect(r.compiled(report, { vars })).toBe(261);
    expect(reads.n).toBe(2);
  });
});

describe('compileNode: earlier records without a context', () => {
  it('reads prev and lastYear as missing when there is no context at all', () => {
    expect(run('lastYear(jknHolders)', report)).toBeNull();
    expect(run('lastYear(users.iud)', report)).toBeNull();
    expect(run('prev(users.iud)', report)).toBeNull();
    expect(run('sum(lastYear(users[*]))', report)).toBeNull();
    expect(run('lastYear(jknHolders)', report, undefined, zero)).toBe(0);
    expect(run('count(lastYear(users[*]))', report, undefined, zero)).toBe(9);
  });
});

describe('compileNode: aggregates of a group', () => {
  // A member key is never the text "undefined": a loop one step too far would read o[undefined].
  const users = { ...report.users, undefined: 1000 };
  const record = { ...report, users: { ...users, mop: -5 } };

  it('reads exactly the group’s members (170 − 1 − 5 = 164 with mop −5)', () => {
    expect(run('sum(users[*])', record)).toBe(164);
    expect(run('sum(users[*])', record, undefined, zero)).toBe(164);
    expect(run('sum(prev(users[*]))', report, { prev: record })).toBe(164);
    expect(run('count(users[*])', record)).toBe(7);
    expect(run('min(users[*])', record)).toBe(-5);
    expect(run('max(users[*])', { ...report, users: { iud: 1, undefined: 1000 } })).toBe(1);
  });

  it('reads the group object of an earlier record once, not once per member', () => {
    for (const [source, expected] of [
      ['sum(prev(users[*]))', 170],
      ['count(prev(users[*]))', 7],
      ['max(lastYear(users[*]))', 80],
      ['min(lastYear(users[*]))', 1],
    ] as const) {
      const reads = { n: 0 };
      const earlier = {
        ...report,
        get users() {
          reads.n++;
          return report.users;
        },
      };
      expect(run(source, report, { prev: earlier, lastYear: earlier })).toBe(expected);
      expect(reads.n).toBe(1);
    }
  });

  // min keeps the first of equal values and max too: 0 before −0 stays 0 (toBe tells 0 from −0).
  const signed = { ...report, users: { iud: 0, mow: -0, mop: -1 } };
  it('keeps the first of equal minimums and maximums (0 then −0)', () => {
    expect(run('min(users[mkjp])', { ...report, users: { iud: 0, mow: -0, mop: 1, implant: 2 } })).toBe(0);
    expect(run('max(users[*])', signed)).toBe(0);
  });

  it('keeps the first of equal minimums and maximums in a traced evaluation', () => {
    const c = compileSource('max(users[*])', env);
    const m = compileSource('min(users[mkjp])', env);
    if (!c.ok || !m.ok) throw new Error('compile');
    expect(explain(c.compiled, signed).value).toBe(0);
    expect(explain(m.compiled, { ...report, users: { iud: 0, mow: -0, mop: 1, implant: 2 } }).value).toBe(0);
  });
});
