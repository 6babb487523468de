import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of drinking-water source (sumber air minum). */
export type DrinkingWaterSourceCode =
  | 'bottled'
  | 'refill'
  | 'piped'
  | 'borehole'
  | 'protectedWell'
  | 'unprotectedWell'
  | 'protectedSpring'
  | 'unprotectedSpring'
  | 'rainwater'
  | 'surface'
  | 'other';

/**
 * Drinking-water source (Sumber air minum). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.23): sumber air minum utama; JMP improved sources (WHO/UNICEF JMP service ladders).
 *
 * @example
 * ```ts
 * drinkingWaterSources.items[0].code; // 'bottled'
 * ```
 */
export const drinkingWaterSources: CodeList<DrinkingWaterSourceCode> = {
  id: 'drinking-water-sources',
  version: '2021.1',
  label: { id: 'Sumber air minum', en: 'Drinking-water source' },
  source:
    'PK21 Blok III (P.23): sumber air minum utama; JMP improved sources (WHO/UNICEF JMP service ladders)',
  items: [
    { code: 'bottled', portalId: 1, label: { id: 'Air kemasan', en: 'Bottled water' } },
    { code: 'refill', portalId: 2, label: { id: 'Air isi ulang', en: 'Refill water' } },
    { code: 'piped', portalId: 3, label: { id: 'Leding/PAM', en: 'Piped water' } },
    { code: 'borehole', portalId: 4, label: { id: 'Sumur bor/pompa', en: 'Borehole or tube well' } },
    { code: 'protectedWell', portalId: 5, label: { id: 'Sumur terlindung', en: 'Protected dug well' } },
    {
      code: 'unprotectedWell',
      portalId: 6,
      label: { id: 'Sumur tak terlindung', en: 'Unprotected dug well' },
    },
    { code: 'protectedSpring', portalId: 7, label: { id: 'Mata air terlindung', en: 'Protected spring' } },
    {
      code: 'unprotectedSpring',
      portalId: 8,
      label: { id: 'Mata air tak terlindung', en: 'Unprotected spring' },
    },
    { code: 'rainwater', portalId: 9, label: { id: 'Air hujan', en: 'Rainwater' } },
    {
      code: 'surface',
      portalId: 10,
      label: { id: 'Air permukaan (sungai/danau/waduk/irigasi)', en: 'Surface water (river, lake, canal)' },
    },
    { code: 'other', portalId: 11, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link DrinkingWaterSourceCode}. */
export const DrinkingWaterSource = codeSchema(drinkingWaterSources, 'Drinking-water source.');
/** @see {@link DrinkingWaterSource} */
export type DrinkingWaterSource = Static<typeof DrinkingWaterSource>;
