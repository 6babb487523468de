import type { Span } from '../ast.js';
import type { Diagnostic } from '../diagnostic.js';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from '../limits.js';

/** `expression-too-long`: `length` characters, the span starting at the first character beyond the limit. */
export function tooLong(length: number, span: Span): Diagnostic {
  return {
    code: 'expression-too-long',
    span,
    message: {
      id: `Ekspresi terlalu panjang: ${length} karakter, padahal paling banyak ${MAX_EXPRESSION_LENGTH}; batas terlampaui di baris ${span.line}, kolom ${span.column}. Pecah menjadi beberapa aturan atau pakai grup, mis. sum(users[*]).`,
      en: `The expression is too long: ${length} characters, but at most ${MAX_EXPRESSION_LENGTH} are allowed; the limit is passed at line ${span.line}, column ${span.column}. Split it into several rules or use a group, e.g. sum(users[*]).`,
    },
  };
}

/** `expression-too-deep` at the token or node that opens the level beyond the limit. */
export function tooDeep(span: Span): Diagnostic {
  return {
    code: 'expression-too-deep',
    span,
    message: {
      id: `Ekspresi bersarang terlalu dalam di baris ${span.line}, kolom ${span.column}: lebih dari ${MAX_EXPRESSION_DEPTH} tingkat (tanda kurung, pemanggilan fungsi, operator). Sederhanakan atau pecah menjadi beberapa aturan.`,
      en: `The expression is nested too deeply at line ${span.line}, column ${span.column}: more than ${MAX_EXPRESSION_DEPTH} levels (parentheses, function calls, operators). Simplify it or split it into several rules.`,
    },
  };
}
