import { MonthlyReport } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BinaryOperator, Expr, Span } from './ast.js';
import { check } from './check.js';
import { compile } from './compile.js';
import { compileSource } from './compileSource.js';
import { createEnvironment } from './environment.js';
import { evaluateSide } from './evaluateSide.js';
import { explain } from './explain.js';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.js';
import { parse } from './parse.js';
import { print } from './print.js';
import type { Value } from './value.js';

const env = createEnvironment(MonthlyReport, {
  variables: { a: 'number', b: 'number', f: 'boolean', t: 'boolean' },
});

/** Parses and type-checks, never letting a RangeError through. */
function codes(source: string): string[] {
  const p = parse(source);
  if (!p.ok) return p.errors.map((e) => e.code);
  const c = compile(p.ast, env);
  return c.ok ? [] : c.errors.map((e) => e.code);
}

describe('expression length limit', () => {
  it('refuses a 100,000-character expression with a positioned diagnostic', () => {
    const source = `${'a + '.repeat(25_000)}a`;
    expect(source.length).toBeGreaterThan(100_000);
    const r = parse(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    const [d] = r.errors;
    expect(d?.code).toBe('expression-too-long');
    expect(d?.span).toEqual({ start: 10_000, end: source.length, line: 1, column: 10_001 });
    expect(d?.message.en).toContain(`${source.length} characters, but at most ${MAX_EXPRESSION_LENGTH}`);
    expect(d?.message.id).toContain('baris 1, kolom 10001');
  });

  it('places the error by line in multi-line text', () => {
    const source = `a +\n${'1 + '.repeat(3_000)}1`;
    const r = parse(source);
    expect(r.ok ? undefined : r.errors[0]?.span.line).toBe(2);
    expect(r.ok ? undefined : r.errors[0]?.span.column).toBe(10_000 - 4 + 1);
  });

  it('reads an expression of exactly the maximum length', () => {
    const source = `${'1+'.repeat((MAX_EXPRESSION_LENGTH - 1) / 2)}1`.padEnd(MAX_EXPRESSION_LENGTH, ' ');
    expect(source.length).toBe(MAX_EXPRESSION_LENGTH);
    expect(parse(source).ok).toBe(true);
  });
});

describe('expression depth limit', () => {
  it('refuses 5,000 nested parentheses at the parenthesis that opens level 201', () => {
    const source = `${'('.repeat(4_999)}1${')'.repeat(4_999)}`;
    const r = parse(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['expression-too-deep']);
    expect(r.errors[0]?.span.column).toBe(MAX_EXPRESSION_DEPTH + 1);
    expect(r.errors[0]?.message.en).toContain('nested too deeply at line 1, column 201');
    expect(r.errors[0]?.message.id).toContain('bersarang terlalu dalam di baris 1, kolom 201');
  });

  it('reads 200 nested parentheses, refuses 201', () => {
    const nest = (n: number) => `${'('.repeat(n)}a${')'.repeat(n)}`;
    expect(codes(nest(MAX_EXPRESSION_DEPTH))).toEqual([]);
    expect(codes(nest(MAX_EXPRESSION_DEPTH + 1))).toEqual(['expression-too-deep']);
  });

  it('counts unary operators, calls and right operands as levels', () => {
    expect(codes(`${'-'.repeat(5_000)}a`)).toEqual(['expression-too-deep']);
    expect(codes(`${'!'.repeat(5_000)}f`)).toEqual(['expression-too-deep']);
    expect(codes(`${'abs('.repeat(1_500)}a${')'.repeat(1_500)}`)).toEqual(['expression-too-deep']);
    expect(codes(`${'a + ('.repeat(1_500)}a${')'.repeat(1_500)}`)).toEqual(['expression-too-deep']);
    expect(codes(`${'f and ('.repeat(1_000)}f${')'.repeat(1_000)}`)).toEqual(['expression-too-deep']);
  });

  it('gives check and compile the same diagnostic for a too-deep AST built in code', () => {
    const span: Span = { start: 0, end: 1, line: 1, column: 1 };
    let ast: Expr = { kind: 'number', value: 1, span };
    for (let i = 0; i < 5_000; i++) {
      ast = { kind: 'binary', op: '+', left: { kind: 'number', value: 1, span }, right: ast, span };
    }
    const c = check(ast, env);
    expect(c.ok ? [] : c.errors.map((e) => e.code)).toEqual(['expression-too-deep']);
    const k = compile(ast, env);
    expect(k.ok ? [] : k.errors.map((e) => e.code)).toEqual(['expression-too-deep']);
  });
});

describe('flat chains of thousands of terms', () => {
  it('parses, checks, compiles, evaluates, explains and prints a 3,000-term sum', () => {
    const source = `${'a+'.repeat(2_999)}a`;
    const p = parse(source);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(check(p.ast, env)).toEqual({ ok: true, type: { kind: 'number', nullable: false } });
    const c = compile(p.ast, env);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.compiled({}, { vars: { a: 1 } })).toBe(3_000);
    expect(c.compiled({}, { vars: {} })).toBe(null);
    expect(evaluateSide(c.compiled, {}, 'treatAsZero', { vars: {} })).toEqual({
      skipped: false,
      value: 0,
      missing: ['a'],
    });
    const e = explain(c.compiled, {}, { vars: { a: 2 } });
    expect(e.value).toBe(6_000);
    expect(e.steps).toHaveLength(5_999);
    expect(e.steps[0]).toMatchObject({ value: 6_000, evaluated: true, depth: 0 });
    expect(e.steps[1]).toMatchObject({ value: 5_998, evaluated: true, depth: 1 });
    expect(e.steps.every((s) => s.evaluated)).toBe(true);
    expect(e.operands).toEqual([{ field: 'a', period: 'current', source: 'variable', value: 2 }]);
    expect(print(p.ast)).toBe(`${'a + '.repeat(2_999)}a`);
  });

  it('compiles a 3,000-term sum of record fields, through compileSource', () => {
    const source = `${'users.iud+'.repeat(900)}1`;
    const c = compileSource(source, env);
    expect(c.ok).toBe(true);
    if (c.ok) expect(c.compiled({ users: { iud: 2 } })).toBe(1_801);
    // 3,000 such terms are beyond the length limit: a clean error, not a crash.
    expect(codes(`${'users.iud+'.repeat(2_999)}users.iud`)).toEqual(['expression-too-long']);
  });

  it('reports type errors inside a long chain in source order', () => {
    const source = `${"a+'x'+".repeat(1_000)}a`;
    const p = parse(source);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const c = check(p.ast, env);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.errors[0]?.span.column).toBe(3);
  });

  it('evaluates long logical chains with three-valued logic and short-circuits', () => {
    const c = compileSource(`${'f||'.repeat(2_000)}t`, env);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.compiled({}, { vars: { f: false, t: true } })).toBe(true);
    expect(c.compiled({}, { vars: { f: false, t: false } })).toBe(false);
    expect(c.compiled({}, { vars: { t: false } })).toBe(null);
    const e = explain(c.compiled, {}, { vars: { f: true, t: false } });
    expect(e.value).toBe(true);
    // `f` is true: every later right operand is skipped.
    expect(e.steps.filter((s) => !s.evaluated)).toHaveLength(2_000);
  });

  it('survives the deepest nesting allowed with a chain at every level', () => {
    const level = (k: number): string => (k === 0 ? 'a' : `a+a+a+a+a+a+a+a+a+(${level(k - 1)})`);
    const source = level(MAX_EXPRESSION_DEPTH / 2 - 1);
    const c = compileSource(source, env);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.compiled({}, { vars: { a: 1 } })).toBe(9 * (MAX_EXPRESSION_DEPTH / 2 - 1) + 1);
    expect(explain(c.compiled, {}, { vars: { a: 1 } }).value).toBe(c.compiled({}, { vars: { a: 1 } }));
    expect(parse(print(c.compiled.ast)).ok).toBe(true);
  });

  it('computes the same values for long chains as a left fold, traced or not (property)', () => {
    const ops: BinaryOperator[] = ['+', '-', '*', '/'];
    const apply = (op: BinaryOperator, x: number | null, y: number | null): number | null => {
      if (x === null || y === null) return null;
      if (op === '+') return x + y;
      if (op === '-') return x - y;
      if (op === '*') return x * y;
      return y === 0 ? null : x / y;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ops), fc.constantFrom('a', 'b', '2', '0')), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
        fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
        (terms, a, b) => {
          // Parenthesised so that the tree is the left fold whatever the operators' precedence.
          const source = `${'('.repeat(terms.length)}a${terms.map(([op, t]) => ` ${op} ${t})`).join('')}`;
          const c = compileSource(source, env);
          expect(c.ok).toBe(true);
          if (!c.ok) return;
          const value = (t: string): number | null => (t === 'a' ? a : t === 'b' ? b : Number(t));
          let expected: number | null = a;
          for (const [op, t] of terms) expected = apply(op, expected, value(t));
          const vars: Record<string, Value> = {};
          if (a !== null) vars['a'] = a;
          if (b !== null) vars['b'] = b;
          expect(c.compiled({}, { vars })).toBe(expected);
          expect(explain(c.compiled, {}, { vars }).value).toBe(expected);
        },
      ),
    );
  });
});
