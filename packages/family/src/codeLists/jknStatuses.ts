import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of health insurance (jkn) (kepesertaan jkn). */
export type JknStatusCode = 'pbi' | 'nonPbi' | 'private' | 'none';

/**
 * Health insurance (JKN) (Kepesertaan JKN). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K.15): kepesertaan JKN/asuransi kesehatan.
 *
 * @example
 * ```ts
 * jknStatuses.items[0].code; // 'pbi'
 * ```
 */
export const jknStatuses: CodeList<JknStatusCode> = {
  id: 'jkn-statuses',
  version: '2021.1',
  label: { id: 'Kepesertaan JKN', en: 'Health insurance (JKN)' },
  source: 'PK21 Blok I (K.15): kepesertaan JKN/asuransi kesehatan',
  items: [
    { code: 'pbi', portalId: 1, label: { id: 'PBI/Jamkesmas/Jamkesda', en: 'Subsidised (PBI)' } },
    { code: 'nonPbi', portalId: 2, label: { id: 'Non-PBI', en: 'Contributory (non-PBI)' } },
    { code: 'private', portalId: 3, label: { id: 'Asuransi swasta', en: 'Private insurance' } },
    { code: 'none', portalId: 4, label: { id: 'Tidak memiliki', en: 'None' } },
  ],
};

/** TypeBox schema of a {@link JknStatusCode}. */
export const JknStatus = codeSchema(jknStatuses, 'Health insurance (JKN).');
/** @see {@link JknStatus} */
export type JknStatus = Static<typeof JknStatus>;
