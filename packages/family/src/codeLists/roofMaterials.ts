import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of roof material (jenis atap). */
export type RoofMaterialCode = 'concrete' | 'tile' | 'metal' | 'asbestos' | 'shingle' | 'thatch' | 'other';

/**
 * Roof material (Jenis atap). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.19): jenis atap terluas.
 *
 * @example
 * ```ts
 * roofMaterials.items[0].code; // 'concrete'
 * ```
 */
export const roofMaterials: CodeList<RoofMaterialCode> = {
  id: 'roof-materials',
  version: '2021.1',
  label: { id: 'Jenis atap', en: 'Roof material' },
  source: 'PK21 Blok III (P.19): jenis atap terluas',
  items: [
    { code: 'concrete', portalId: 1, label: { id: 'Beton', en: 'Concrete' } },
    { code: 'tile', portalId: 2, label: { id: 'Genteng', en: 'Tiles' } },
    { code: 'metal', portalId: 3, label: { id: 'Seng', en: 'Metal sheet' } },
    { code: 'asbestos', portalId: 4, label: { id: 'Asbes', en: 'Asbestos sheet' } },
    { code: 'shingle', portalId: 5, label: { id: 'Sirap', en: 'Wooden shingles' } },
    { code: 'thatch', portalId: 6, label: { id: 'Ijuk/rumbia/daun', en: 'Thatch or leaves' } },
    { code: 'other', portalId: 7, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link RoofMaterialCode}. */
export const RoofMaterial = codeSchema(roofMaterials, 'Roof material.');
/** @see {@link RoofMaterial} */
export type RoofMaterial = Static<typeof RoofMaterial>;
