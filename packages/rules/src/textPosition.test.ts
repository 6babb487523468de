import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPosition } from './textPosition.js';

describe('textPosition', () => {
  it('counts LF, CRLF and lone CR line ends, 1-based', () => {
    expect(textPosition('a: 1\nb: x\n', 0)).toEqual({ line: 1, column: 1 });
    expect(textPosition('a: 1\nb: x\n', 8)).toEqual({ line: 2, column: 4 });
    expect(textPosition('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(textPosition('a\r\nb', 2)).toEqual({ line: 1, column: 3 });
    expect(textPosition('a\rb\rc', 4)).toEqual({ line: 3, column: 1 });
  });

  it('reads an offset past the end as the end of the text', () => {
    expect(textPosition('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
    expect(textPosition('', 5)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with splitting the text before the offset into lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r') }), fc.nat(40), (text, k) => {
        const before = text.slice(0, k);
        const lines = before.split(/\r\n|\r(?!\n)|\n/);
        const last = lines[lines.length - 1] ?? '';
        // A CR at the very end of `before` may still be the first half of a CRLF: count it as the text does.
        const pendingCr = before.endsWith('\r') && text[before.length] === '\n';
        const expected = pendingCr
          ? { line: lines.length - 1, column: (lines[lines.length - 2]?.length ?? 0) + 2 }
          : { line: lines.length, column: last.length + 1 };
        expect(textPosition(text, k)).toEqual(expected);
      }),
    );
  });
});
