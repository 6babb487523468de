import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of cooking fuel (bahan bakar memasak). */
export type CookingFuelCode = 'electricity' | 'lpg' | 'kerosene' | 'charcoal' | 'wood' | 'other' | 'none';

/**
 * Cooking fuel (Bahan bakar memasak). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.27): bahan bakar utama untuk memasak.
 *
 * @example
 * ```ts
 * cookingFuels.items[0].code; // 'electricity'
 * ```
 */
export const cookingFuels: CodeList<CookingFuelCode> = {
  id: 'cooking-fuels',
  version: '2021.1',
  label: { id: 'Bahan bakar memasak', en: 'Cooking fuel' },
  source: 'PK21 Blok III (P.27): bahan bakar utama untuk memasak',
  items: [
    { code: 'electricity', portalId: 1, label: { id: 'Listrik', en: 'Electricity' } },
    { code: 'lpg', portalId: 2, label: { id: 'Elpiji/gas', en: 'LPG or gas' } },
    { code: 'kerosene', portalId: 3, label: { id: 'Minyak tanah', en: 'Kerosene' } },
    { code: 'charcoal', portalId: 4, label: { id: 'Arang/briket', en: 'Charcoal or briquettes' } },
    { code: 'wood', portalId: 5, label: { id: 'Kayu bakar', en: 'Firewood' } },
    { code: 'other', portalId: 6, label: { id: 'Lainnya', en: 'Other' } },
    { code: 'none', portalId: 7, label: { id: 'Tidak memasak di rumah', en: 'Does not cook at home' } },
  ],
};

/** TypeBox schema of a {@link CookingFuelCode}. */
export const CookingFuel = codeSchema(cookingFuels, 'Cooking fuel.');
/** @see {@link CookingFuel} */
export type CookingFuel = Static<typeof CookingFuel>;
