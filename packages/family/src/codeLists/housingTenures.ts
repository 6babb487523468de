import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of housing tenure (status kepemilikan rumah). */
export type HousingTenureCode = 'owned' | 'rented' | 'rentFree' | 'official' | 'other';

/**
 * Housing tenure (Status kepemilikan rumah). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.28): status kepemilikan rumah.
 *
 * @example
 * ```ts
 * housingTenures.items[0].code; // 'owned'
 * ```
 */
export const housingTenures: CodeList<HousingTenureCode> = {
  id: 'housing-tenures',
  version: '2021.1',
  label: { id: 'Status kepemilikan rumah', en: 'Housing tenure' },
  source: 'PK21 Blok III (P.28): status kepemilikan rumah',
  items: [
    { code: 'owned', portalId: 1, label: { id: 'Milik sendiri', en: 'Owned' } },
    { code: 'rented', portalId: 2, label: { id: 'Kontrak/sewa', en: 'Rented' } },
    { code: 'rentFree', portalId: 3, label: { id: 'Bebas sewa/menumpang', en: 'Rent-free or lodging' } },
    { code: 'official', portalId: 4, label: { id: 'Dinas', en: 'Official housing' } },
    { code: 'other', portalId: 5, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link HousingTenureCode}. */
export const HousingTenure = codeSchema(housingTenures, 'Housing tenure.');
/** @see {@link HousingTenure} */
export type HousingTenure = Static<typeof HousingTenure>;
