import { createHmac } from 'node:crypto';
import { identifierDigits } from '../internal/identifierDigits.js';
import type { Pseudonymizer } from './pseudonymizer.js';
import { pseudonymLetters } from './pseudonymLetters.js';

/** The shortest secret accepted, in bytes (128 bits). */
export const MIN_PSEUDONYM_SECRET_BYTES = 16;

/**
 * The city's {@link Pseudonymizer}: HMAC-SHA256 under `secret` over `<kind>:<16 digits>` (separators
 * between digit groups are dropped first, so `6371 0412 3456 7890` and `6371041234567890` agree), the
 * first 80 bits written as 20 letters a–p. Without the secret a pseudonym can neither be reversed nor
 * recomputed from a guessed number; with it, the same number always gives the same pseudonym, so members
 * and families join across files and rounds. Keep the secret out of the data directory.
 *
 * Throws a `RangeError` when the secret is shorter than 16 bytes (a setup mistake, not bad data), and when
 * `value` is not 16 digits (the readers check identifiers before calling it; the message never shows the
 * value).
 *
 * @example
 * ```ts
 * const pseudonymize = createHmacPseudonymizer(process.env.KKB_SECRET ?? '');
 * pseudonymize('kk', '6371040101010001'); // 'kk_' + 20 letters a–p, the same on every run with this secret
 * ```
 */
export function createHmacPseudonymizer(secret: string | Uint8Array): Pseudonymizer {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < MIN_PSEUDONYM_SECRET_BYTES) {
    throw new RangeError(
      `The pseudonym secret has ${key.length} bytes; at least ${MIN_PSEUDONYM_SECRET_BYTES} are needed / ` +
        `Rahasia pseudonim hanya ${key.length} byte; minimal ${MIN_PSEUDONYM_SECRET_BYTES} byte.`,
    );
  }
  return (kind, value) => {
    const digits = identifierDigits(value);
    if (digits === undefined) {
      throw new RangeError(
        `A ${kind.toUpperCase()} number must have 16 digits / Nomor ${kind.toUpperCase()} harus 16 digit.`,
      );
    }
    return pseudonymLetters(kind, createHmac('sha256', key).update(`${kind}:${digits}`).digest());
  };
}
