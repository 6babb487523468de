import type { Pseudonym } from '../model/pseudonym.js';

/** Letters a–p, one per half-byte (0 → a … 15 → p). */
const LETTERS = 'abcdefghijklmnop';

/**
 * The pseudonym `<kind>_<20 letters>` of the first 80 bits (10 bytes) of a keyed digest, one letter a–p
 * per half-byte, high half first. Pure; shared by every pseudonymizer so they all spell alike.
 *
 * @example
 * ```ts
 * pseudonymLetters('kk', new Uint8Array([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xff, 0x00]));
 * // 'kk_abcdefghijklmnopppaa'
 * ```
 */
export function pseudonymLetters(kind: 'nik' | 'kk', digest: Uint8Array): Pseudonym {
  if (digest.length < 10) throw new RangeError('A pseudonym needs a digest of at least 10 bytes.');
  let out = `${kind}_`;
  for (let i = 0; i < 10; i++) {
    const b = digest[i] as number;
    out += LETTERS[b >> 4] + (LETTERS[b & 15] as string);
  }
  return out;
}
