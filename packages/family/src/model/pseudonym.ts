import { type Static, Type } from '@sinclair/typebox';

/**
 * A keyed pseudonym that stands for an NIK (person) or KK (family card) number.
 *
 * Readers never keep the raw 16-digit number: they replace it, before anything else sees it, with
 * `<kind>_<20 letters a–p>`, the first 80 bits of an HMAC-SHA256 of the number under a city secret given at
 * read time, one letter per half-byte. The same number and secret always give the same pseudonym, so joins
 * still work; without the secret it cannot be reversed or recomputed; and it holds no digit at all, so no
 * pseudonym can ever look like an NIK or KK number in an output.
 *
 * @example
 * ```ts
 * Value.Check(Pseudonym, 'nik_abcdefghijklmnopabcd'); // true
 * Value.Check(Pseudonym, '6371041234567890'); // false
 * ```
 */
export const Pseudonym = Type.String({
  $id: 'Pseudonym',
  pattern: '^(nik|kk|id)_[a-p]{20}$',
  description:
    'Keyed pseudonym (HMAC-SHA256 under a city secret) of an NIK or KK number; never the number itself.',
});
/** @see {@link Pseudonym} */
export type Pseudonym = Static<typeof Pseudonym>;
