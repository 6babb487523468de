import { KampungId, Month } from '@kampung-kb/model';
import { type Static, Type } from '@sinclair/typebox';
import { FamilyDevelopment } from './familyDevelopment.js';
import { FamilyHousing } from './familyHousing.js';
import { FamilyMember } from './familyMember.js';
import { Pseudonym } from './pseudonym.js';

/**
 * One family of the family register (Pendataan Keluarga, PK21): who lives in it (Blok I, with Blok II for
 * married women 10–49) and how it lives (Blok III), placed in a Kampung KB.
 *
 * `id` is the pseudonym of the family card (KK) number ({@link Pseudonym}); `month` is the month the data
 * describes (the PK21 round or its update), which ages and fertility windows are counted to. `villageCode`
 * is the Kemendagri code of the kelurahan/desa (`PP.KK.CC.DDDD`) where the register places the family.
 *
 * @example
 * ```ts
 * const f: Family = { id: 'kk_abcdefghijklmnopabcd', kampungId: 'sungai-andai', month: '2021-04',
 *   members: [head, wife, child], housing: { drinkingWater: 'refill' } };
 * ```
 */
export const Family = Type.Object(
  {
    id: Pseudonym,
    kampungId: KampungId,
    villageCode: Type.Optional(Type.String({ pattern: '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$' })),
    month: Month,
    members: Type.Array(FamilyMember, { minItems: 1, maxItems: 99 }),
    development: Type.Optional(FamilyDevelopment),
    housing: Type.Optional(FamilyHousing),
  },
  { $id: 'Family', additionalProperties: false },
);
/** @see {@link Family} */
export type Family = Static<typeof Family>;
