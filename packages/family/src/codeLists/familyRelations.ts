import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of relation to the head of family (hubungan dengan kepala keluarga). */
export type FamilyRelationCode = 'head' | 'spouse' | 'child' | 'other';

/**
 * Relation to the head of family (Hubungan dengan kepala keluarga). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K.10): hubungan dengan kepala keluarga.
 *
 * @example
 * ```ts
 * familyRelations.items[0].code; // 'head'
 * ```
 */
export const familyRelations: CodeList<FamilyRelationCode> = {
  id: 'family-relations',
  version: '2021.1',
  label: { id: 'Hubungan dengan kepala keluarga', en: 'Relation to the head of family' },
  source: 'PK21 Blok I (K.10): hubungan dengan kepala keluarga',
  items: [
    { code: 'head', portalId: 1, label: { id: 'Kepala keluarga', en: 'Head of family' } },
    { code: 'spouse', portalId: 2, label: { id: 'Istri/suami', en: 'Spouse' } },
    { code: 'child', portalId: 3, label: { id: 'Anak', en: 'Child' } },
    { code: 'other', portalId: 4, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link FamilyRelationCode}. */
export const FamilyRelation = codeSchema(familyRelations, 'Relation to the head of family.');
/** @see {@link FamilyRelation} */
export type FamilyRelation = Static<typeof FamilyRelation>;
