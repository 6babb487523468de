import { describe, expect, it } from 'vitest';
import { env, report } from './__fixtures__/monthly.js';
import { compileSource } from './compileSource.js';
import { explain } from './explain.js';

function compiled(source: string) {
  const r = compileSource(source, env);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.compiled;
}

describe('explain', () => {
  it('shows why the balance rule fired: every sub-expression and operand with its value', () => {
    const e = explain(compiled('sum(users[*]) + sum(nonUsers[*]) == pus'), report, { vars: { pus: 261 } });
    expect(e.value).toBe(false);
    expect(e.steps.map((s) => [s.depth, s.expression, s.value])).toEqual([
      [0, 'sum(users[*]) + sum(nonUsers[*]) == pus', false],
      [1, 'sum(users[*]) + sum(nonUsers[*])', 260],
      [2, 'sum(users[*])', 170],
      [3, 'users[*]', [12, 6, 1, 30, 80, 35, 6, null, null]],
      [2, 'sum(nonUsers[*])', 90],
      [3, 'nonUsers[*]', [10, 20, 30, 30]],
      [1, 'pus', 261],
    ]);
    expect(e.steps[6]?.span).toEqual({ start: 36, end: 39, line: 1, column: 37 });
    expect(e.operands.slice(6, 10)).toEqual([
      { field: 'users.condom', period: 'current', source: 'record', value: 6 },
      { field: 'users.mal', period: 'current', source: 'record', value: null },
      { field: 'users.traditional', period: 'current', source: 'record', value: null },
      { field: 'nonUsers.pregnant', period: 'current', source: 'record', value: 10 },
    ]);
    expect(e.operands.at(-1)).toEqual({ field: 'pus', period: 'current', source: 'variable', value: 261 });
  });
  it('marks short-circuited parts as not evaluated', () => {
    const e = explain(compiled('users.iud > 100 and prev(users.iud) > 0'), report, {
      prev: { users: { iud: 3 } },
    });
    expect(e.value).toBe(false);
    expect(e.steps.map((s) => [s.expression, s.value, s.evaluated])).toEqual([
      ['users.iud > 100 and prev(users.iud) > 0', false, true],
      ['users.iud > 100', false, true],
      ['users.iud', 12, true],
      ['100', 100, true],
      ['prev(users.iud) > 0', null, false],
      ['prev(users.iud)', null, false],
      ['users.iud', null, false],
      ['0', null, false],
    ]);
    expect(e.operands).toEqual([
      { field: 'users.iud', period: 'current', source: 'record', value: 12 },
      { field: 'users.iud', period: 'prev', source: 'record', value: 3 },
    ]);
  });
  it('gives the same value as the compiled closure on repeated calls', () => {
    const c = compiled('if(isNull(users.mal), 0, users.mal) + round(users.iud / 7, 2)');
    expect(explain(c, report).value).toBe(1.71);
    expect(explain(c, { ...report, users: { ...report.users, mal: 2 } }).value).toBe(3.71);
    expect(c(report)).toBe(1.71);
  });
});
