import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of marital status (status perkawinan). */
export type MaritalStatusCode = 'neverMarried' | 'married' | 'divorced' | 'widowed';

/**
 * Marital status (Status perkawinan). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K): status perkawinan (1 belum kawin, 2 kawin, 3 cerai hidup, 4 cerai mati).
 *
 * @example
 * ```ts
 * maritalStatuses.items[0].code; // 'neverMarried'
 * ```
 */
export const maritalStatuses: CodeList<MaritalStatusCode> = {
  id: 'marital-statuses',
  version: '2021.1',
  label: { id: 'Status perkawinan', en: 'Marital status' },
  source: 'PK21 Blok I (K): status perkawinan (1 belum kawin, 2 kawin, 3 cerai hidup, 4 cerai mati)',
  items: [
    { code: 'neverMarried', portalId: 1, label: { id: 'Belum kawin', en: 'Never married' } },
    { code: 'married', portalId: 2, label: { id: 'Kawin', en: 'Married' } },
    { code: 'divorced', portalId: 3, label: { id: 'Cerai hidup', en: 'Divorced' } },
    { code: 'widowed', portalId: 4, label: { id: 'Cerai mati', en: 'Widowed' } },
  ],
};

/** TypeBox schema of a {@link MaritalStatusCode}. */
export const MaritalStatus = codeSchema(maritalStatuses, 'Marital status.');
/** @see {@link MaritalStatus} */
export type MaritalStatus = Static<typeof MaritalStatus>;
