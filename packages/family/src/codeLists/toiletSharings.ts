import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of who uses the toilet (kepemilikan jamban). */
export type ToiletSharingCode = 'private' | 'shared' | 'public';

/**
 * Who uses the toilet (Kepemilikan jamban). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.24): jamban milik sendiri, bersama, umum; DHS hv225.
 *
 * @example
 * ```ts
 * toiletSharings.items[0].code; // 'private'
 * ```
 */
export const toiletSharings: CodeList<ToiletSharingCode> = {
  id: 'toilet-sharings',
  version: '2021.1',
  label: { id: 'Kepemilikan jamban', en: 'Who uses the toilet' },
  source: 'PK21 Blok III (P.24): jamban milik sendiri, bersama, umum; DHS hv225',
  items: [
    { code: 'private', portalId: 1, label: { id: 'Milik sendiri', en: 'Own (household only)' } },
    {
      code: 'shared',
      portalId: 2,
      label: { id: 'Bersama rumah tangga lain', en: 'Shared with other households' },
    },
    { code: 'public', portalId: 3, label: { id: 'Umum', en: 'Public' } },
  ],
};

/** TypeBox schema of a {@link ToiletSharingCode}. */
export const ToiletSharing = codeSchema(toiletSharings, 'Who uses the toilet.');
/** @see {@link ToiletSharing} */
export type ToiletSharing = Static<typeof ToiletSharing>;
