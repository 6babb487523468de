import type { Label } from '@kampung-kb/model';
import type { Span } from '../ast.js';
import type { Diagnostic } from '../diagnostic.js';
import type { SourceMap } from './span.js';

export type TokenKind = 'number' | 'string' | 'ident' | 'keyword' | 'punct' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Normalised text: `&&` → `and`, `||` → `or`, `!` → `not`; a string's decoded value. */
  readonly text: string;
  readonly value?: number;
  readonly span: Span;
}

export const KEYWORDS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'and', 'or', 'not']);

/** Thrown inside the parser to stop at the first syntax error; never escapes `parse`. */
export class SyntaxFailure {
  constructor(readonly diagnostic: Diagnostic) {}
}

const PUNCT2: Record<string, string> = {
  '==': '==',
  '!=': '!=',
  '<=': '<=',
  '>=': '>=',
  '&&': 'and',
  '||': 'or',
};
const PUNCT1 = new Set(['+', '-', '*', '/', '<', '>', '(', ')', '[', ']', ',', '.']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

function fail(code: Diagnostic['code'], span: Span, message: Label): never {
  throw new SyntaxFailure({ code, span, message });
}

/** Splits the source into tokens, ending with an `eof` token. Throws {@link SyntaxFailure}. */
export function tokenize(source: string, map: SourceMap): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const read = isDigit(c)
      ? readNumber(source, i, map)
      : isIdentStart(c)
        ? readWord(source, i, map)
        : c === 39 || c === 34
          ? readString(source, i, map)
          : readPunct(source, i, map);
    tokens.push(read.token);
    i = read.end;
  }
  tokens.push({ kind: 'eof', text: '', span: map.span(n, n) });
  return tokens;
}

/** A token read and the index after it. */
interface Read {
  readonly token: Token;
  readonly end: number;
}

/** Skips the digits from `i`; the index after them. */
function digitsFrom(source: string, i: number): number {
  let j = i;
  while (j < source.length && isDigit(source.charCodeAt(j))) j++;
  return j;
}

/** A number: digits, an optional fraction and exponent, not followed by a name. */
function readNumber(source: string, start: number, map: SourceMap): Read {
  const n = source.length;
  let i = digitsFrom(source, start);
  if (source[i] === '.') {
    i++;
    if (!isDigit(source.charCodeAt(i))) {
      fail('invalid-number', map.span(start, i), {
        id: `Angka '${source.slice(start, i)}' tidak lengkap: setelah titik desimal harus ada angka.`,
        en: `Incomplete number '${source.slice(start, i)}': a decimal point must be followed by digits.`,
      });
    }
    i = digitsFrom(source, i);
  }
  if (source[i] === 'e' || source[i] === 'E') {
    i++;
    if (source[i] === '+' || source[i] === '-') i++;
    if (!isDigit(source.charCodeAt(i))) {
      fail('invalid-number', map.span(start, i), {
        id: `Angka '${source.slice(start, i)}' tidak lengkap: eksponen harus berupa angka.`,
        en: `Incomplete number '${source.slice(start, i)}': the exponent must have digits.`,
      });
    }
    i = digitsFrom(source, i);
  }
  if (i < n && isIdentStart(source.charCodeAt(i))) {
    while (i < n && isIdentPart(source.charCodeAt(i))) i++;
    fail('invalid-number', map.span(start, i), {
      id: `'${source.slice(start, i)}' bukan angka yang sah; nama kolom tidak boleh diawali angka.`,
      en: `'${source.slice(start, i)}' is not a valid number; field names cannot start with a digit.`,
    });
  }
  const text = source.slice(start, i);
  return { token: { kind: 'number', text, value: Number(text), span: map.span(start, i) }, end: i };
}

/** A name or keyword. */
function readWord(source: string, start: number, map: SourceMap): Read {
  let i = start;
  while (i < source.length && isIdentPart(source.charCodeAt(i))) i++;
  const text = source.slice(start, i);
  return {
    token: { kind: KEYWORDS.has(text) ? 'keyword' : 'ident', text, span: map.span(start, i) },
    end: i,
  };
}

/** A string in single or double quotes, with backslash escapes. */
function readString(source: string, start: number, map: SourceMap): Read {
  const n = source.length;
  const quote = source[start];
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= n) {
      fail('unclosed-string', map.span(start, n), {
        id: `Teks yang dimulai di kolom ${map.span(start, start).column} tidak ditutup dengan ${quote}.`,
        en: `The string starting at column ${map.span(start, start).column} is not closed with ${quote}.`,
      });
    }
    const ch = source[i] as string;
    if (ch === quote) {
      i++;
      break;
    }
    if (ch === '\\' && i + 1 < n) {
      const esc = source[i + 1] as string;
      value += ESCAPES[esc] ?? esc;
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
  return { token: { kind: 'string', text: value, span: map.span(start, i) }, end: i };
}

/** An operator or punctuation; a helpful failure for `=`, `&`, `|` and any other character. */
function readPunct(source: string, start: number, map: SourceMap): Read {
  const two = source.slice(start, start + 2);
  const p2 = PUNCT2[two];
  if (p2 !== undefined) {
    const kind = p2 === 'and' || p2 === 'or' ? 'keyword' : 'punct';
    return { token: { kind, text: p2, span: map.span(start, start + 2) }, end: start + 2 };
  }
  const one = source[start] as string;
  if (PUNCT1.has(one))
    return { token: { kind: 'punct', text: one, span: map.span(start, start + 1) }, end: start + 1 };
  if (one === '!')
    return { token: { kind: 'keyword', text: 'not', span: map.span(start, start + 1) }, end: start + 1 };
  const span = map.span(start, start + 1);
  if (one === '=') {
    fail('unexpected-character', span, {
      id: "'=' bukan operator; gunakan '==' untuk membandingkan.",
      en: "'=' is not an operator; use '==' to compare.",
    });
  }
  if (one === '&' || one === '|') {
    const word = one === '&' ? 'and' : 'or';
    fail('unexpected-character', span, {
      id: `'${one}' bukan operator; gunakan '${one}${one}' atau '${word}'.`,
      en: `'${one}' is not an operator; use '${one}${one}' or '${word}'.`,
    });
  }
  const cp = source.codePointAt(start) ?? source.charCodeAt(start);
  const shown = String.fromCodePoint(cp);
  fail('unexpected-character', map.span(start, start + shown.length), {
    id: `Karakter '${shown}' tidak dikenal di baris ${span.line}, kolom ${span.column}.`,
    en: `Unexpected character '${shown}' at line ${span.line}, column ${span.column}.`,
  });
}
