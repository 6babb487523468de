import { type Static, Type } from '@sinclair/typebox';
import { FundingSource } from './codeLists/fundingSources.js';
import { KampungId } from './kampung.js';

/**
 * A budget line of a kampung for a calendar year: how many rupiah one funding source (APBN, APBD, Dana
 * Desa, CSR, swadaya …) gives the kampung's programme. A kampung may have several lines per year and source;
 * they add up.
 *
 * @example
 * ```ts
 * const b: Budget = { kampungId: 'sungai-andai', year: 2020, fundingSource: 'apbd', amount: 25_000_000,
 *   description: 'Operasional Pokja' };
 * ```
 */
export const Budget = Type.Object(
  {
    kampungId: KampungId,
    year: Type.Integer({ minimum: 1900, maximum: 2100, description: 'Budget (calendar) year.' }),
    fundingSource: FundingSource,
    amount: Type.Integer({
      minimum: 0,
      maximum: 999_999_999_999_999,
      description: 'Amount in whole rupiah (at most 15 digits).',
    }),
    description: Type.Optional(Type.String()),
  },
  { $id: 'Budget', additionalProperties: false, description: 'A yearly budget line of a kampung.' },
);
/** @see {@link Budget} */
export type Budget = Static<typeof Budget>;
