import type { Label } from '@kampung-kb/model';
import { type BinaryOperator, type Expr, FUNCTION_NAMES, type FunctionName } from './ast.js';
import type { Diagnostic } from './diagnostic.js';
import { SyntaxFailure, type Token, tokenize } from './internal/lexer.js';
import { tooDeep, tooLong } from './internal/limitDiagnostics.js';
import { joinSpans, SourceMap } from './internal/span.js';
import { suggest } from './internal/suggest.js';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.js';

/**
 * The result of {@link parse}: the AST, or the positioned errors.
 *
 * @example
 * ```ts
 * const r: ParseResult = parse('users.iud >= 0');
 * if (!r.ok) console.log(r.errors[0]?.message.en);
 * ```
 */
export type ParseResult =
  | { readonly ok: true; readonly ast: Expr }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

/** DHIS2 function names and what to write instead. */
const DHIS2_EQUIVALENTS: Readonly<Record<string, string>> = {
  firstnonnull: 'coalesce',
  isnotnull: 'not isNull',
};

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

function describeToken(t: Token): Label {
  switch (t.kind) {
    case 'eof':
      return { id: 'akhir teks', en: 'end of text' };
    case 'number':
      return { id: `angka ${t.text}`, en: `number ${t.text}` };
    case 'string':
      return { id: `teks '${t.text}'`, en: `string '${t.text}'` };
    case 'ident':
      return { id: `nama '${t.text}'`, en: `name '${t.text}'` };
    default:
      return { id: `'${t.text}'`, en: `'${t.text}'` };
  }
}

class Parser {
  private pos = 0;
  /** The nesting level being parsed (see {@link MAX_EXPRESSION_DEPTH}). */
  private depth = 0;
  readonly errors: Diagnostic[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  /** Opens a nesting level at token `t`; past the limit, stops with `expression-too-deep` at `t`. */
  private enter(t: Token): void {
    this.depth++;
    if (this.depth > MAX_EXPRESSION_DEPTH) throw new SyntaxFailure(tooDeep(t.span));
  }

  private leave(): void {
    this.depth--;
  }

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private is(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'punct' || t.kind === 'keyword') && t.text === text;
  }

  private unexpected(expected: Label): never {
    const t = this.peek();
    const found = describeToken(t);
    if (t.kind === 'eof') {
      throw new SyntaxFailure({
        code: 'unexpected-end',
        span: t.span,
        message: {
          id: `Ekspresi berakhir terlalu cepat: diharapkan ${expected.id}.`,
          en: `The expression ends too early: expected ${expected.en}.`,
        },
      });
    }
    throw new SyntaxFailure({
      code: 'unexpected-token',
      span: t.span,
      message: {
        id: `Tidak terduga: ${found.id} di baris ${t.span.line}, kolom ${t.span.column}; diharapkan ${expected.id}.`,
        en: `Unexpected ${found.en} at line ${t.span.line}, column ${t.span.column}; expected ${expected.en}.`,
      },
    });
  }

  /** Expects a closing `)` or `]` for the opener at `open`. */
  private close(closer: ')' | ']', open: Token): Token {
    if (this.is(closer)) return this.next();
    if (this.peek().kind === 'eof') {
      const paren = closer === ')';
      throw new SyntaxFailure({
        code: paren ? 'unclosed-paren' : 'unclosed-bracket',
        span: open.span,
        message: {
          id: `'${open.text}' di baris ${open.span.line}, kolom ${open.span.column} tidak ditutup dengan '${closer}'.`,
          en: `'${open.text}' at line ${open.span.line}, column ${open.span.column} is never closed with '${closer}'.`,
        },
      });
    }
    return this.unexpected({
      id: closer === ')' ? "',' atau ')'" : "']'",
      en: closer === ')' ? "',' or ')'" : "']'",
    });
  }

  parseAll(): Expr {
    const e = this.parseOr();
    if (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'punct' && t.text === ')') {
        throw new SyntaxFailure({
          code: 'unexpected-token',
          span: t.span,
          message: {
            id: `')' di baris ${t.span.line}, kolom ${t.span.column} tidak memiliki pasangan '('.`,
            en: `')' at line ${t.span.line}, column ${t.span.column} has no matching '('.`,
          },
        });
      }
      this.unexpected({ id: 'operator atau akhir ekspresi', en: 'an operator or the end of the expression' });
    }
    return e;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.is('or')) {
      this.enter(this.next());
      const right = this.parseAnd();
      this.leave();
      left = { kind: 'binary', op: 'or', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.is('and')) {
      this.enter(this.next());
      const right = this.parseNot();
      this.leave();
      left = { kind: 'binary', op: 'and', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.is('not')) {
      const t = this.next();
      this.enter(t);
      const operand = this.parseNot();
      this.leave();
      return { kind: 'unary', op: 'not', operand, span: joinSpans(t.span, operand.span) };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const left = this.parseAdditive();
    const t = this.peek();
    if (t.kind !== 'punct' || !COMPARISONS.has(t.text)) return left;
    this.enter(this.next());
    const right = this.parseAdditive();
    this.leave();
    const node: Expr = {
      kind: 'binary',
      op: t.text as BinaryOperator,
      left,
      right,
      span: joinSpans(left.span, right.span),
    };
    const again = this.peek();
    if (again.kind === 'punct' && COMPARISONS.has(again.text)) {
      throw new SyntaxFailure({
        code: 'chained-comparison',
        span: again.span,
        message: {
          id: `Perbandingan tidak bisa dirangkai ('${t.text}' lalu '${again.text}'); tulis misalnya 'a < b and b < c'.`,
          en: `Comparisons cannot be chained ('${t.text}' then '${again.text}'); write e.g. 'a < b and b < c'.`,
        },
      });
    }
    return node;
  }

  private parseAdditive(): Expr {
    let left = this.parseMultiplicative();
    while (this.is('+') || this.is('-')) {
      const opToken = this.next();
      const op = opToken.text as BinaryOperator;
      this.enter(opToken);
      const right = this.parseMultiplicative();
      this.leave();
      left = { kind: 'binary', op, left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseMultiplicative(): Expr {
    let left = this.parseUnary();
    while (this.is('*') || this.is('/')) {
      const opToken = this.next();
      const op = opToken.text as BinaryOperator;
      this.enter(opToken);
      const right = this.parseUnary();
      this.leave();
      left = { kind: 'binary', op, left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseUnary(): Expr {
    if (this.is('-')) {
      const t = this.next();
      this.enter(t);
      const operand = this.parseUnary();
      this.leave();
      return { kind: 'unary', op: '-', operand, span: joinSpans(t.span, operand.span) };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'number', value: t.value ?? Number(t.text), span: t.span };
      case 'string':
        this.next();
        return { kind: 'string', value: t.text, span: t.span };
      case 'keyword':
        if (t.text === 'true' || t.text === 'false') {
          this.next();
          return { kind: 'boolean', value: t.text === 'true', span: t.span };
        }
        if (t.text === 'null') {
          this.next();
          return { kind: 'null', span: t.span };
        }
        break;
      case 'ident':
        return this.parseName();
      case 'punct':
        if (t.text === '(') {
          const open = this.next();
          this.enter(open);
          const inner = this.parseOr();
          this.leave();
          this.close(')', open);
          return inner;
        }
        break;
      default:
        break;
    }
    return this.unexpected({
      id: 'angka, teks, nama kolom, fungsi atau (',
      en: 'a number, string, field name, function or (',
    });
  }

  private parseName(): Expr {
    const first = this.next();
    if (this.is('(')) return this.parseCall(first);
    const path = [first.text];
    let end = first.span;
    while (this.is('.')) {
      this.next();
      const seg = this.peek();
      if (seg.kind !== 'ident')
        this.unexpected({ id: 'nama kolom setelah titik', en: 'a field name after the dot' });
      this.next();
      path.push(seg.text);
      end = seg.span;
    }
    if (this.is('[')) {
      const open = this.next();
      const g = this.peek();
      let group: string;
      if (g.kind === 'ident') group = g.text;
      else if (g.kind === 'punct' && g.text === '*') group = '*';
      else if (g.kind === 'eof') return this.close(']', open) as never;
      else return this.unexpected({ id: "nama grup atau '*'", en: "a group name or '*'" });
      this.next();
      const closeTok = this.close(']', open);
      return { kind: 'group', path, group, span: joinSpans(first.span, closeTok.span) };
    }
    return { kind: 'field', path, span: joinSpans(first.span, end) };
  }

  private parseCall(nameTok: Token): Expr {
    const open = this.next();
    const args: Expr[] = [];
    this.enter(open);
    if (!this.is(')')) {
      for (;;) {
        if (this.peek().kind === 'eof') this.close(')', open);
        args.push(this.parseOr());
        if (this.is(',')) {
          this.next();
          continue;
        }
        break;
      }
    }
    this.leave();
    const closeTok = this.close(')', open);
    const name = nameTok.text;
    if (!(FUNCTION_NAMES as readonly string[]).includes(name)) this.unknownFunction(nameTok);
    return {
      kind: 'call',
      name: name as FunctionName,
      args,
      span: joinSpans(nameTok.span, closeTok.span),
      nameSpan: nameTok.span,
    };
  }

  private unknownFunction(t: Token): void {
    const alt = DHIS2_EQUIVALENTS[t.text.toLowerCase()];
    const suggestion = alt ?? suggest(t.text, FUNCTION_NAMES);
    const where = {
      id: `baris ${t.span.line}, kolom ${t.span.column}`,
      en: `line ${t.span.line}, column ${t.span.column}`,
    };
    const hint: Label =
      suggestion === undefined
        ? {
            id: ` Fungsi yang tersedia: ${FUNCTION_NAMES.join(', ')}.`,
            en: ` Available functions: ${FUNCTION_NAMES.join(', ')}.`,
          }
        : { id: ` Mungkin maksud Anda '${suggestion}'?`, en: ` Did you mean '${suggestion}'?` };
    this.errors.push({
      code: 'unknown-function',
      span: t.span,
      message: {
        id: `Fungsi '${t.text}' tidak dikenal (${where.id}).${hint.id}`,
        en: `Unknown function '${t.text}' (${where.en}).${hint.en}`,
      },
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
}

/**
 * Parses an expression into a JSON-serialisable AST. Bad input never throws: the result carries
 * positioned, bilingual {@link Diagnostic}s instead (the first syntax error, plus every unknown function).
 *
 * ## Syntax
 * | construct | forms |
 * | --- | --- |
 * | literals | `12`, `0.5`, `1e3`; `'text'` or `"text"` (escapes `\\n \\t \\' \\" \\\\`); `true`, `false`, `null` |
 * | fields | dotted paths: `pus`, `users.iud`, `nonUsers.tial` |
 * | groups | `users[mkjp]`, `users[portal]`, `users[*]` = `users[all]`, `nonUsers[unmet]`, `poktanParticipants[*]`: a list of fields (see {@link GroupRegistry}) |
 * | arithmetic | `a + b`, `a - b`, `a * b`, `a / b`, `-a` |
 * | comparison | `==`, `!=`, `<`, `<=`, `>`, `>=` (not chainable) |
 * | logic | `and`/`&&`, `or`/`||`, `not`/`!` |
 * | functions | `if(c, a, b)`, `isNull(x)`, `coalesce(a, b, …)`, `sum(list)`, `min(list)`, `max(list)`, `count(list)`, `abs(x)`, `round(x, digits)`, `prev(field)`, `lastYear(field)` |
 *
 * Precedence, loosest first: `or` < `and` < `not` < comparisons < `+ -` < `* /` < unary `-` < primary.
 * Binary operators are left-associative (`a - b - c` is `(a - b) - c`); `not a == b` is `not (a == b)`.
 * Names `true false null and or not` are reserved. Parentheses leave no node in the AST.
 *
 * ## Limits
 * An expression has at most {@link MAX_EXPRESSION_LENGTH} characters (`expression-too-long`) and at most
 * {@link MAX_EXPRESSION_DEPTH} levels of nesting (`expression-too-deep`, at the token that opens the level
 * beyond). A flat chain of one operator (`a + b + c + …`, thousands of terms) is a single level: the parser
 * reads it with a loop, and every later step ({@link check}, {@link compile}, {@link explain}, {@link print})
 * walks such chains without recursion. So no input, however long or deep, exhausts the call stack.
 *
 * @example
 * ```ts
 * const r = parse('sum(users[*]) + sum(nonUsers[*]) == pus');
 * if (r.ok) r.ast.kind; // 'binary'
 * const bad = parse('sum(users[*]');
 * if (!bad.ok) bad.errors[0]?.code; // 'unclosed-paren', at line 1, column 4
 * ```
 */
export function parse(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    // Only the part up to the limit is looked at, to place the error.
    const span = new SourceMap(source.slice(0, MAX_EXPRESSION_LENGTH + 1)).span(
      MAX_EXPRESSION_LENGTH,
      source.length,
    );
    return { ok: false, errors: [tooLong(source.length, span)] };
  }
  const map = new SourceMap(source);
  let parser: Parser | undefined;
  try {
    parser = new Parser(tokenize(source, map));
    const ast = parser.parseAll();
    if (parser.errors.length > 0) return { ok: false, errors: parser.errors };
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, errors: [...(parser?.errors ?? []), e.diagnostic] };
    throw e;
  }
}
