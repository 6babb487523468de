import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of wall material (jenis dinding). */
export type WallMaterialCode = 'brick' | 'plasteredBamboo' | 'wood' | 'bamboo' | 'log' | 'other';

/**
 * Wall material (Jenis dinding). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.20): jenis dinding terluas.
 *
 * @example
 * ```ts
 * wallMaterials.items[0].code; // 'brick'
 * ```
 */
export const wallMaterials: CodeList<WallMaterialCode> = {
  id: 'wall-materials',
  version: '2021.1',
  label: { id: 'Jenis dinding', en: 'Wall material' },
  source: 'PK21 Blok III (P.20): jenis dinding terluas',
  items: [
    { code: 'brick', portalId: 1, label: { id: 'Tembok/bata', en: 'Brick or concrete' } },
    {
      code: 'plasteredBamboo',
      portalId: 2,
      label: { id: 'Plesteran anyaman bambu/kawat', en: 'Plastered bamboo or wire' },
    },
    { code: 'wood', portalId: 3, label: { id: 'Kayu/papan', en: 'Wood or boards' } },
    { code: 'bamboo', portalId: 4, label: { id: 'Anyaman bambu', en: 'Woven bamboo' } },
    { code: 'log', portalId: 5, label: { id: 'Batang kayu', en: 'Logs' } },
    { code: 'other', portalId: 6, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link WallMaterialCode}. */
export const WallMaterial = codeSchema(wallMaterials, 'Wall material.');
/** @see {@link WallMaterial} */
export type WallMaterial = Static<typeof WallMaterial>;
