import { describe, expect, it } from 'vitest';
import { env, report } from '../__fixtures__/monthly.js';
import type { CompileOptions } from '../compile.js';
import { compileSource } from '../compileSource.js';
import type { EvalContext } from '../evalContext.js';

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
