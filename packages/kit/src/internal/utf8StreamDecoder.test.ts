import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decodeUtf8.js';
import { Utf8StreamDecoder } from './utf8StreamDecoder.js';

function decodePieces(bytes: Uint8Array, at: readonly number[]): { text: string; valid: boolean } {
  const offsets = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const decoder = new Utf8StreamDecoder();
  let text = '';
  let from = 0;
  for (const o of [...offsets, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, o));
    from = o;
  }
  text += decoder.end();
  return { text, valid: decoder.valid };
}

/** Byte soup rich in UTF-8 lead and continuation bytes, byte-order marks and valid multi-byte text. */
const bytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        [0x61],
        [0x0a],
        [0xef, 0xbb, 0xbf],
        [0xc3, 0xa9],
        [0xe2, 0x82, 0xac],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xe9],
        [0x80],
        [0xc3],
        [0xf0, 0x9f],
        [0xed, 0xa0, 0x80],
      ),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe('Utf8StreamDecoder', () => {
  it('gives the text and validity of decoding the whole file, however the bytes are cut', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, at) => {
        expect(decodePieces(b, at)).toEqual(decodeUtf8(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('notices a Windows-1252 byte in a later piece and a sequence cut at the very end', () => {
    const latin = new Uint8Array([...Buffer.from('code,name\n63.71,Kota\n'), 0xe9, 0x0a]);
    expect(decodePieces(latin, [5, 21])).toEqual({ text: 'code,name\n63.71,Kota\n\uFFFD\n', valid: false });
    expect(decodePieces(new Uint8Array([0x61, 0xe2, 0x82]), [2])).toEqual({ text: 'a\uFFFD', valid: false });
    expect(decodePieces(new Uint8Array([0xe2, 0x82, 0xac]), [1, 2])).toEqual({ text: '€', valid: true });
  });
});
