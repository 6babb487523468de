import type { Pseudonym } from '../model/pseudonym.js';

/**
 * Turns a raw NIK (`'nik'`) or KK (`'kk'`) number into its keyed {@link Pseudonym}. The readers call it on
 * every identifier before anything else sees it; the raw number is then dropped. Give the readers
 * `createHmacPseudonymizer(secret)` from `@kampung-kb/family/node`, or your own function with the same
 * contract (deterministic, keyed, no digit in its output).
 *
 * @example
 * ```ts
 * import { createHmacPseudonymizer } from '@kampung-kb/family/node';
 * const pseudonymize: Pseudonymizer = createHmacPseudonymizer(citySecret);
 * pseudonymize('nik', '6371041234567890'); // 'nik_…' (20 letters a–p)
 * ```
 */
export type Pseudonymizer = (kind: 'nik' | 'kk', value: string) => Pseudonym;
