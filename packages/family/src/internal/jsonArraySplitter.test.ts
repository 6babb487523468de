import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArraySplitter, type JsonPiece } from './jsonArraySplitter.js';

function split(pieces: readonly string[], max?: number): JsonPiece[] {
  const out: JsonPiece[] = [];
  const s = new JsonArraySplitter((p) => out.push(p), max);
  for (const p of pieces) s.push(p);
  s.end();
  return out;
}

describe('JsonArraySplitter', () => {
  it('gives each element of any JSON array, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.array(fc.nat(), { maxLength: 5 }), (values, cuts) => {
        const text = JSON.stringify(values, null, 1);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let at = 0;
        for (const p of points) {
          pieces.push(text.slice(at, p));
          at = p;
        }
        pieces.push(text.slice(at));
        const out = split(pieces);
        expect(out.map((p) => (p.kind === 'element' ? JSON.parse(p.text) : p))).toEqual(
          JSON.parse(JSON.stringify(values)),
        );
      }),
    );
  });

  it('reports a text that is no array, an unterminated array and an element too long', () => {
    expect(split(['{"a":1}'])).toEqual([{ kind: 'not-array', line: 1 }]);
    expect(split(['[{"a":1},\n{"b":'])).toEqual([
      { kind: 'element', text: '{"a":1}', index: 1, line: 1 },
      { kind: 'unterminated', index: 2, line: 2 },
    ]);
    expect(split(['[{"a":"', 'x'.repeat(50), '"}, 2]'], 20)).toEqual([
      { kind: 'too-long', index: 1, line: 1 },
      { kind: 'element', text: '2', index: 2, line: 1 },
    ]);
    expect(split(['["a\\"]",', '"}"]'])).toEqual([
      { kind: 'element', text: '"a\\"]"', index: 1, line: 1 },
      { kind: 'element', text: '"}"', index: 2, line: 1 },
    ]);
  });
});
