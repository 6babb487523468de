import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlChars, shortenLongWords, shortenText } from './displayText.js';

// Every character a terminal could act on: C0, DEL, C1, bidi controls, line/paragraph separators, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('escapeControlChars', () => {
  it('makes ESC, OSC and C1 sequences visible', () => {
    expect(escapeControlChars('sungai-andai\u001b]0;owned\u0007')).toBe('sungai-andai\\x1b]0;owned\\x07');
    expect(escapeControlChars('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeControlChars('a\u009b2Jb')).toBe('a\\x9b2Jb');
    expect(escapeControlChars('x\u007fy\u0000z')).toBe('x\\x7fy\\x00z');
  });

  it('writes newlines and tabs as escapes, so data cannot forge extra output lines', () => {
    expect(escapeControlChars('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
  });

  it('makes bidi overrides and isolates visible (Trojan Source)', () => {
    expect(escapeControlChars('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(escapeControlChars('\u2066x\u2069\u200f')).toBe('\\u2066x\\u2069\\u200f');
  });

  it('keeps ordinary text of every script unchanged', () => {
    expect(escapeControlChars('Kampung Baiman — Sungai Andai, 63.71 ✓ 😀 كامبونغ')).toBe(
      'Kampung Baiman — Sungai Andai, 63.71 ✓ 😀 كامبونغ',
    );
  });

  it('never lets an unsafe character through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(UNSAFE.test(escapeControlChars(s))).toBe(false);
      }),
    );
  });
});

describe('shortenText', () => {
  it('keeps short text whole', () => {
    expect(shortenText('sungai-andai', 64)).toBe('sungai-andai');
    expect(shortenText('x'.repeat(64), 64)).toBe('x'.repeat(64));
  });

  it('cuts long text in the middle and notes the original length in the language asked', () => {
    expect(shortenText('x'.repeat(10_000_000), 21, 'en')).toBe('xxxxxxxxxx…xxxxxxxxxx (10000000 characters)');
    expect(shortenText('a'.repeat(100), 11, 'id')).toBe('aaaaa…aaaaa (100 karakter)');
    expect(shortenText(`start${'-'.repeat(1000)}end`, 11)).toBe('start…--end (1008 characters)');
  });

  it('never splits a surrogate pair', () => {
    const s = '😀'.repeat(50);
    const out = shortenText(s, 10);
    expect(out.startsWith('😀😀…') || out.startsWith('😀😀😀…')).toBe(true);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out)).toBe(false);
  });

  it('bounds the output for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 5, max: 100 }), (s, max) => {
        const out = shortenText(s, max);
        if (s.length <= max) expect(out).toBe(s);
        else {
          expect(out.length).toBeLessThanOrEqual(max + ` (${s.length} characters)`.length);
          expect(out).toContain('…');
          expect(out.endsWith(` (${s.length} characters)`)).toBe(true);
        }
      }),
    );
  });
});

describe('shortenLongWords', () => {
  it('shortens only the long words of a sentence', () => {
    expect(shortenLongWords(`Kampung '${'x'.repeat(1000)}' tidak dikenal`, 21, 'id')).toBe(
      "Kampung 'xxxxxxxxx…xxxxxxxxx' (1002 karakter) tidak dikenal",
    );
    expect(shortenLongWords('short words stay', 5)).toBe('short words stay');
    expect(shortenLongWords(`${'y'.repeat(30)} mid ${'z'.repeat(30)}`, 11)).toBe(
      'yyyyy…yyyyy (30 characters) mid zzzzz…zzzzz (30 characters)',
    );
  });

  it('handles a 10 MB word', () => {
    expect(shortenLongWords(`a ${'w'.repeat(10_000_000)}`, 11)).toBe('a wwwww…wwwww (10000000 characters)');
  });
});
