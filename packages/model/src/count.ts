import { type Static, Type } from '@sinclair/typebox';

/** A count of people, families or events: a non-negative integer. */
export const Count = Type.Integer({ minimum: 0, description: 'Non-negative integer count.' });
/** @see {@link Count} */
export type Count = Static<typeof Count>;
