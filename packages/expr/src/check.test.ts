import { describe, expect, it } from 'vitest';
import { env } from './__fixtures__/monthly.js';
import { type CheckResult, check } from './check.js';
import { createEnvironment } from './environment.js';
import { formatType } from './exprType.js';
import { parse } from './parse.js';

function checked(source: string, e = env): CheckResult {
  const r = parse(source);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return check(r.ast, e);
}
function typeOf(source: string): string {
  const r = checked(source);
  if (!r.ok) throw new Error(r.errors.map((x) => x.message.en).join('; '));
  return formatType(r.type);
}
function errorsOf(source: string) {
  const r = checked(source);
  if (r.ok) throw new Error(`expected errors for ${source}`);
  return r.errors;
}

describe('check: types', () => {
  it.each([
    ['users.iud + users.mow', 'number'],
    ['users.iud + users.mal', 'number | null'],
    ['sum(users[*]) + sum(nonUsers[*]) == pus', 'boolean | null'],
    ['sum(users[portal]) == pus', 'boolean'],
    ['count(users[*])', 'number'],
    ['users[*]', 'list<number | null>'],
    ['users[mkjp]', 'list<number>'],
    ['coalesce(users.mal, 0)', 'number'],
    ['coalesce(users.mal, users.traditional)', 'number | null'],
    ['if(users.iud > 0, users.iud, null)', 'number | null'],
    ['if(users.mal > 0, 1, 0)', 'number | null'],
    ['isNull(users.mal)', 'boolean'],
    ['prev(users.iud)', 'number | null'],
    ['sum(lastYear(users[mkjp]))', 'number | null'],
    ['round(users.iud / pus * 100, 1)', 'number'],
    ['abs(-users.iud)', 'number'],
    ["kampungId == 'sungai-andai' and period >= '2020-01'", 'boolean'],
    ['not (users.mal > 1)', 'boolean | null'],
    ['null', 'null'],
  ])('%s : %s', (source, type) => {
    expect(typeOf(source)).toBe(type);
  });
});

describe('check: errors', () => {
  it('unknown-field with a suggestion and position', () => {
    const [e] = errorsOf('1 + users.iu');
    expect(e).toEqual({
      code: 'unknown-field',
      span: { start: 4, end: 12, line: 1, column: 5 },
      message: {
        id: "Kolom 'users.iu' tidak dikenal (baris 1, kolom 5). Mungkin maksud Anda 'users.iud'?",
        en: "Unknown field 'users.iu' (line 1, column 5). Did you mean 'users.iud'?",
      },
      suggestion: 'users.iud',
    });
    expect(errorsOf('pu > 0')[0]?.suggestion).toBe('pus');
    expect(errorsOf('nonUsers.TIAL')[0]?.suggestion).toBe('nonUsers.tial');
    const far = errorsOf('zzzzzz')[0];
    expect(far?.suggestion).toBeUndefined();
    expect(far?.message.en).toBe("Unknown field 'zzzzzz' (line 1, column 1).");
  });
  it('reports every error, not only the first', () => {
    expect(
      errorsOf('users.iu + nonUser.tial\n  + users[mkpj]').map((e) => [
        e.code,
        e.span.line,
        e.span.column,
        e.suggestion,
      ]),
    ).toEqual([
      ['unknown-field', 1, 1, 'users.iud'],
      ['unknown-field', 1, 12, 'nonUsers.tial'],
      ['unknown-group', 2, 5, 'mkjp'],
    ]);
  });
  it('not-a-value for objects and unsupported fields', () => {
    expect(errorsOf('users > 0')[0]).toMatchObject({
      code: 'not-a-value',
      message: {
        en: "'users' is a group of fields, not a value; use e.g. 'users.<field>' or 'sum(users[*])'.",
      },
    });
    const profile = (() => {
      const r = parse('poktan == 1');
      if (!r.ok) throw new Error('parse');
      return r.ast;
    })();
    const penv = createEnvironment({
      type: 'object',
      properties: { poktan: { type: 'array' } },
      required: ['poktan'],
    });
    const r = check(profile, penv);
    expect(r.ok ? [] : r.errors.map((e) => e.message.id)).toEqual([
      "Kolom 'poktan' (array) tidak bisa dipakai dalam ekspresi.",
    ]);
  });
  it('unknown-group with suggestion, or the list of known groups', () => {
    expect(errorsOf('sum(users[mkpj])')[0]).toMatchObject({
      code: 'unknown-group',
      span: { column: 5 },
      suggestion: 'mkjp',
      message: { en: "'users' has no group 'mkpj' (line 1, column 5). Did you mean 'mkjp'?" },
    });
    expect(errorsOf('sum(nonUsers[xyz])')[0]?.message.en).toBe(
      "'nonUsers' has no group 'xyz' (line 1, column 5). Known groups: *, all, unmet.",
    );
    const custom = createEnvironment(
      {
        type: 'object',
        properties: { users: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] } },
      },
      { groups: { users: { mkjp: ['iud'] } } },
    );
    const p = parse('sum(users[mkjp])');
    const r = p.ok ? check(p.ast, custom) : undefined;
    expect(r?.ok === false ? r.errors[0]?.message.en : '').toBe(
      "None of the fields of group 'users[mkjp]' exist in this schema.",
    );
  });
  it('not-a-group-object', () => {
    expect(errorsOf('sum(user[*])')[0]).toMatchObject({ code: 'not-a-group-object', suggestion: 'users' });
    expect(errorsOf('sum(pus[*])')[0]?.message.id).toBe(
      "'pus' bukan objek berisi kolom, jadi tidak punya grup (baris 1, kolom 5).",
    );
  });
  it('type-mismatch for operators, conditions, branches and lists', () => {
    expect(errorsOf("users.iud + 'a'")[0]).toEqual({
      code: 'type-mismatch',
      span: { start: 12, end: 15, line: 1, column: 13 },
      message: {
        id: "Sisi kanan '+' harus angka, tetapi bertipe teks (baris 1, kolom 13).",
        en: "The right side of '+' must be a number, but it is string (line 1, column 13).",
      },
    });
    expect(errorsOf('if(1, 2, 3)')[0]).toMatchObject({
      code: 'type-mismatch',
      span: { column: 4 },
      message: { en: "Argument 1 of 'if' must be a boolean, but it is number (line 1, column 4)." },
    });
    expect(errorsOf("if(true, 1, 'x')")[0]?.message.en).toBe(
      "Argument 3 of 'if' must be number, but it is string (line 1, column 13).",
    );
    expect(errorsOf('users.iud and true')[0]?.message.en).toContain(
      "The left side of 'and' must be a boolean",
    );
    expect(errorsOf("-'a'")[0]?.message.en).toContain("The operand of '-' must be a number");
    expect(errorsOf('period < 1')[0]?.message.en).toBe(
      "Both sides of '<' must have the same type, but the left is string and the right number (line 1, column 1).",
    );
    expect(errorsOf('true < false')[0]?.message.en).toContain('must be a number or a string');
    expect(errorsOf('users[*] + 1')[0]?.message.en).toBe(
      'A list (group) at line 1, column 1 can only be used inside sum, min, max or count.',
    );
    expect(errorsOf('sum(users.iud)')[0]?.message.en).toBe(
      "Argument 1 of 'sum' must be a list such as users[*], but it is number (line 1, column 5).",
    );
    expect(errorsOf("coalesce(users.mal, 'none')")[0]?.code).toBe('type-mismatch');
  });
  it('null-comparison suggests isNull', () => {
    expect(errorsOf('users.mal == null')[0]).toMatchObject({
      code: 'null-comparison',
      suggestion: 'isNull(users.mal)',
      message: { id: expect.stringContaining('gunakan isNull(...)') },
    });
    expect(errorsOf('null != users.mal')[0]?.suggestion).toBe('not isNull(users.mal)');
  });
  it('arity', () => {
    expect(errorsOf('round(1, 2, 3)')[0]).toMatchObject({
      code: 'arity',
      span: { start: 0, end: 14, column: 1 },
      message: {
        id: "Fungsi 'round' memerlukan 1 atau 2 argumen, tetapi diberi 3 (baris 1, kolom 1).",
        en: "Function 'round' expects 1 or 2 arguments, but got 3 (line 1, column 1).",
      },
    });
    expect(errorsOf('isNull()')[0]?.message.en).toBe(
      "Function 'isNull' expects 1 argument, but got 0 (line 1, column 1).",
    );
    expect(errorsOf('coalesce()')[0]?.message.en).toContain('expects at least 1 arguments');
    expect(errorsOf('if(true, 1)')[0]?.code).toBe('arity');
  });
  it('invalid-argument for prev/lastYear and round digits', () => {
    expect(errorsOf('prev(users.iud + 1)')[0]).toMatchObject({
      code: 'invalid-argument',
      span: { column: 6 },
      message: { en: 'prev takes a field or a group only, e.g. prev(users.iud) (line 1, column 6).' },
    });
    expect(errorsOf('lastYear(pus)')[0]?.message.en).toContain("'pus' is an extra variable");
    expect(errorsOf('round(users.iud, 0.5)')[0]?.message.en).toBe(
      'The digits of round must be a whole number from -15 to 15, not 0.5.',
    );
    expect(errorsOf('round(users.iud, -16)')[0]?.code).toBe('invalid-argument');
  });
});
