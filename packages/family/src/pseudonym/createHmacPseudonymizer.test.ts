import { createHmac } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pseudonym } from '../model/pseudonym.js';
import { createHmacPseudonymizer } from './createHmacPseudonymizer.js';
import { pseudonymLetters } from './pseudonymLetters.js';

const SECRET = 'banjarmasin-city-secret-2026';

describe('createHmacPseudonymizer', () => {
  it('is HMAC-SHA256 over <kind>:<digits>, first 80 bits as letters a–p (worked by hand)', () => {
    const digest = createHmac('sha256', SECRET).update('nik:6371041234567890').digest();
    const hex = digest.subarray(0, 10).toString('hex');
    const letters = [...hex].map((h) => 'abcdefghijklmnop'[Number.parseInt(h, 16)]).join('');
    expect(createHmacPseudonymizer(SECRET)('nik', '6371041234567890')).toBe(`nik_${letters}`);
  });

  it('spells bytes one letter per half-byte, high half first', () => {
    const bytes = new Uint8Array([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xff, 0x00, 0x77]);
    expect(pseudonymLetters('kk', bytes)).toBe('kk_abcdefghijklmnopppaa');
  });

  it('ignores separators, depends on the kind and the secret, and is deterministic', () => {
    const p = createHmacPseudonymizer(SECRET);
    expect(p('kk', '6371 0412 3456 7890')).toBe(p('kk', '6371041234567890'));
    expect(p('kk', '6371041234567890')).not.toBe(p('nik', '6371041234567890').replace('nik_', 'kk_'));
    expect(createHmacPseudonymizer(`${SECRET}!`)('kk', '6371041234567890')).not.toBe(
      p('kk', '6371041234567890'),
    );
    expect(createHmacPseudonymizer(new TextEncoder().encode(SECRET))('kk', '6371041234567890')).toBe(
      p('kk', '6371041234567890'),
    );
  });

  it('always gives a valid Pseudonym with no digit', () => {
    const p = createHmacPseudonymizer(SECRET);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{16}$/),
        fc.constantFrom('nik' as const, 'kk' as const),
        (n, k) => {
          const out = p(k, n);
          return Value.Check(Pseudonym, out) && !/[0-9]/.test(out) && out.startsWith(`${k}_`);
        },
      ),
    );
  });

  it('refuses a secret shorter than 16 bytes and a value that is not 16 digits, without echoing it', () => {
    expect(() => createHmacPseudonymizer('short')).toThrow(/at least 16/);
    expect(() => createHmacPseudonymizer(new Uint8Array(15))).toThrow(RangeError);
    const p = createHmacPseudonymizer(SECRET);
    try {
      p('nik', '637104123456789');
      expect.unreachable();
    } catch (e) {
      expect(String(e)).not.toMatch(/637104/);
    }
  });
});
