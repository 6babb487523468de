import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of floor material (jenis lantai). */
export type FloorMaterialCode = 'ceramic' | 'tile' | 'cement' | 'wood' | 'bamboo' | 'earth' | 'other';

/**
 * Floor material (Jenis lantai). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.21): jenis lantai terluas.
 *
 * @example
 * ```ts
 * floorMaterials.items[0].code; // 'ceramic'
 * ```
 */
export const floorMaterials: CodeList<FloorMaterialCode> = {
  id: 'floor-materials',
  version: '2021.1',
  label: { id: 'Jenis lantai', en: 'Floor material' },
  source: 'PK21 Blok III (P.21): jenis lantai terluas',
  items: [
    {
      code: 'ceramic',
      portalId: 1,
      label: { id: 'Keramik/granit/marmer', en: 'Ceramic, granite or marble' },
    },
    { code: 'tile', portalId: 2, label: { id: 'Ubin/tegel/teraso', en: 'Tiles or terrazzo' } },
    { code: 'cement', portalId: 3, label: { id: 'Semen/bata merah', en: 'Cement or brick' } },
    { code: 'wood', portalId: 4, label: { id: 'Kayu/papan', en: 'Wood or boards' } },
    { code: 'bamboo', portalId: 5, label: { id: 'Bambu', en: 'Bamboo' } },
    { code: 'earth', portalId: 6, label: { id: 'Tanah', en: 'Earth' } },
    { code: 'other', portalId: 7, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link FloorMaterialCode}. */
export const FloorMaterial = codeSchema(floorMaterials, 'Floor material.');
/** @see {@link FloorMaterial} */
export type FloorMaterial = Static<typeof FloorMaterial>;
