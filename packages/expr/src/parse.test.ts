import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { parse } from './parse.js';
import { print } from './print.js';

function ast(source: string): Expr {
  const r = parse(source);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.ast;
}

/** A compact, fully parenthesised rendering that shows the tree shape. */
function shape(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'boolean':
      return String(e.value);
    case 'null':
      return 'null';
    case 'field':
      return e.path.join('.');
    case 'group':
      return `${e.path.join('.')}[${e.group}]`;
    case 'unary':
      return `(${e.op} ${shape(e.operand)})`;
    case 'binary':
      return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
    case 'call':
      return `${e.name}(${e.args.map(shape).join(', ')})`;
  }
}

function errorsOf(source: string) {
  const r = parse(source);
  if (r.ok) throw new Error(`expected errors for ${source}`);
  return r.errors;
}

describe('parse: precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['a - (b - c)', '(a - (b - c))'],
    ['-a * b', '((- a) * b)'],
    ['- -a', '(- (- a))'],
    ['a + b < c * d', '((a + b) < (c * d))'],
    ['a or b and c', '(a or (b and c))'],
    ['a and b or c', '((a and b) or c)'],
    ['a or b or c', '((a or b) or c)'],
    ['not a and b', '((not a) and b)'],
    ['not a == b', '(not (a == b))'],
    ['not not a', '(not (not a))'],
    ['a && b || !c', '((a and b) or (not c))'],
    ['x >= 1 and x <= 5', '((x >= 1) and (x <= 5))'],
  ])('%s → %s', (source, expected) => {
    expect(shape(ast(source))).toBe(expected);
  });

  it('reads literals, paths, groups and calls', () => {
    expect(shape(ast(`if(isNull(users.mal), 0, users.mal)`))).toBe('if(isNull(users.mal), 0, users.mal)');
    expect(shape(ast('sum(users[*]) + sum(users[all]) + sum(nonUsers[unmet])'))).toBe(
      '((sum(users[*]) + sum(users[all])) + sum(nonUsers[unmet]))',
    );
    expect(shape(ast(`'it\\'s' == "a\\"b"`))).toBe(`("it's" == "a\\"b")`);
    expect(shape(ast('true != false or null'))).toBe('((true != false) or null)');
    expect(shape(ast('1.5e3 + 2E-2 + 0.25'))).toBe('((1500 + 0.02) + 0.25)');
    expect(shape(ast('coalesce()'))).toBe('coalesce()');
    expect(shape(ast('users . iud'))).toBe('users.iud');
  });

  it('gives every node a span with line and column', () => {
    const e = ast('1 +\n  users.iud * 2');
    expect(e.span).toEqual({ start: 0, end: 19, line: 1, column: 1 });
    if (e.kind !== 'binary' || e.right.kind !== 'binary') throw new Error('shape');
    expect(e.right.span).toEqual({ start: 6, end: 19, line: 2, column: 3 });
    expect(e.right.left.span).toEqual({ start: 6, end: 15, line: 2, column: 3 });
    const call = ast('  round(x, 2)');
    expect(call.span).toEqual({ start: 2, end: 13, line: 1, column: 3 });
    if (call.kind !== 'call') throw new Error('shape');
    expect(call.nameSpan).toEqual({ start: 2, end: 7, line: 1, column: 3 });
    expect(ast('users[mkjp]').span).toEqual({ start: 0, end: 11, line: 1, column: 1 });
    expect(ast('(a)').span).toEqual({ start: 1, end: 2, line: 1, column: 2 });
  });

  it('builds a JSON-serialisable AST', () => {
    const e = ast('sum(users[*]) == pus');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    expect(e).toMatchObject({ kind: 'binary', op: '==', right: { kind: 'field', path: ['pus'] } });
  });
});

describe('parse: errors', () => {
  it('unexpected-character, with a hint for = & |', () => {
    expect(errorsOf('x #')[0]).toMatchObject({
      code: 'unexpected-character',
      span: { start: 2, end: 3, line: 1, column: 3 },
      message: {
        id: "Karakter '#' tidak dikenal di baris 1, kolom 3.",
        en: "Unexpected character '#' at line 1, column 3.",
      },
    });
    expect(errorsOf('a = b')[0]?.message.en).toBe("'=' is not an operator; use '==' to compare.");
    expect(errorsOf('a & b')[0]?.message.id).toBe("'&' bukan operator; gunakan '&&' atau 'and'.");
    expect(errorsOf('a\n  + $')[0]?.span).toEqual({ start: 6, end: 7, line: 2, column: 5 });
  });
  it('unexpected-token', () => {
    const [e] = errorsOf('1 +* 2');
    expect(e).toMatchObject({ code: 'unexpected-token', span: { line: 1, column: 4 } });
    expect(e?.message.en).toBe(
      "Unexpected '*' at line 1, column 4; expected a number, string, field name, function or (.",
    );
    expect(errorsOf('(1 2)')[0]?.message.en).toBe(
      "Unexpected number 2 at line 1, column 4; expected ',' or ')'.",
    );
    expect(errorsOf('1 )')[0]?.message.id).toBe("')' di baris 1, kolom 3 tidak memiliki pasangan '('.");
    expect(errorsOf('users[1]')[0]).toMatchObject({ code: 'unexpected-token', span: { column: 7 } });
    expect(errorsOf('a b')[0]?.message.en).toContain('expected an operator or the end of the expression');
  });
  it('unexpected-end', () => {
    expect(errorsOf('1 +')[0]).toMatchObject({
      code: 'unexpected-end',
      span: { start: 3, end: 3, line: 1, column: 4 },
      message: { en: 'The expression ends too early: expected a number, string, field name, function or (.' },
    });
    expect(errorsOf('users.')[0]?.message.id).toBe(
      'Ekspresi berakhir terlalu cepat: diharapkan nama kolom setelah titik.',
    );
    expect(errorsOf('')[0]?.code).toBe('unexpected-end');
  });
  it('unclosed-paren points at the opening parenthesis', () => {
    expect(errorsOf('sum(users[*]')[0]).toMatchObject({
      code: 'unclosed-paren',
      span: { start: 3, end: 4, line: 1, column: 4 },
      message: {
        id: "'(' di baris 1, kolom 4 tidak ditutup dengan ')'.",
        en: "'(' at line 1, column 4 is never closed with ')'.",
      },
    });
    expect(errorsOf('1 + (2 * (3')[0]).toMatchObject({ code: 'unclosed-paren', span: { column: 10 } });
    expect(errorsOf('if(a,')[0]).toMatchObject({ code: 'unclosed-paren', span: { column: 3 } });
  });
  it('unclosed-bracket', () => {
    expect(errorsOf('users[mkjp')[0]).toMatchObject({ code: 'unclosed-bracket', span: { column: 6 } });
    expect(errorsOf('users[')[0]).toMatchObject({ code: 'unclosed-bracket', span: { column: 6 } });
  });
  it('unclosed-string', () => {
    expect(errorsOf("x == 'abc")[0]).toMatchObject({
      code: 'unclosed-string',
      span: { start: 5, end: 9, column: 6 },
      message: { en: "The string starting at column 6 is not closed with '." },
    });
  });
  it('invalid-number', () => {
    expect(errorsOf('1.')[0]).toMatchObject({ code: 'invalid-number', span: { start: 0, end: 2 } });
    expect(errorsOf('2e+')[0]?.message.en).toBe("Incomplete number '2e+': the exponent must have digits.");
    expect(errorsOf('2x')[0]?.message.en).toBe(
      "'2x' is not a valid number; field names cannot start with a digit.",
    );
  });
  it('chained-comparison', () => {
    expect(errorsOf('1 < x < 3')[0]).toMatchObject({
      code: 'chained-comparison',
      span: { start: 6, end: 7, column: 7 },
      message: { en: "Comparisons cannot be chained ('<' then '<'); write e.g. 'a < b and b < c'." },
    });
  });
  it('unknown-function with "did you mean", including DHIS2 names, and collects them all', () => {
    const errors = errorsOf('summ(users[*]) + IF(true, 1, 2) + firstNonNull(a, 0) + frobnicate(1)');
    expect(errors.map((e) => [e.code, e.span.column, e.suggestion])).toEqual([
      ['unknown-function', 1, 'sum'],
      ['unknown-function', 18, 'if'],
      ['unknown-function', 35, 'coalesce'],
      ['unknown-function', 56, undefined],
    ]);
    expect(errors[0]?.message).toEqual({
      id: "Fungsi 'summ' tidak dikenal (baris 1, kolom 1). Mungkin maksud Anda 'sum'?",
      en: "Unknown function 'summ' (line 1, column 1). Did you mean 'sum'?",
    });
    expect(errors[3]?.message.en).toContain('Available functions: if, isNull, coalesce');
    expect(errorsOf('isNotNull(x)')[0]?.suggestion).toBe('not isNull');
  });
  it('keeps unknown-function errors when a syntax error follows', () => {
    expect(errorsOf('sume(1) +').map((e) => e.code)).toEqual(['unknown-function', 'unexpected-end']);
  });
});

describe('print', () => {
  it.each([
    ['(a - (b - c)) && !(x)', 'a - (b - c) and not x'],
    ['(a + b) * c', '(a + b) * c'],
    ['a + (b * c)', 'a + b * c'],
    ['(a < b) == c', '(a < b) == c'],
    ['-(a + b)', '-(a + b)'],
    ['-(-a)', '- -a'],
    ['(not a) == b', '(not a) == b'],
    ['-(not a)', '-(not a)'],
    ['not (a and b)', 'not (a and b)'],
    [`"it's"`, `'it\\'s'`],
    ['sum( users[ * ] )', 'sum(users[*])'],
    ['round(x,2)', 'round(x, 2)'],
  ])('%s prints as %s', (source, expected) => {
    expect(print(ast(source))).toBe(expected);
    expect(print(ast(print(ast(source))))).toBe(expected);
  });
});
