import { type Static, Type } from '@sinclair/typebox';

/**
 * Largest count accepted: 999,999,999. No count of a kampung's people, families or events comes near it,
 * and a longer number in a count field is most likely an ID number (NIK/KK, 16 digits) typed into the
 * wrong column, which must be rejected rather than summed into published figures.
 */
export const MAX_COUNT = 999_999_999;

/**
 * A count of people, families or events: a non-negative integer up to {@link MAX_COUNT}.
 *
 * @example
 * ```ts
 * Value.Check(Count, 1234); // true
 * Value.Check(Count, 3201234567890124); // false: an ID number, not a count
 * ```
 */
export const Count = Type.Integer({
  minimum: 0,
  maximum: MAX_COUNT,
  description: 'Non-negative integer count (at most 999,999,999).',
});
/** @see {@link Count} */
export type Count = Static<typeof Count>;
