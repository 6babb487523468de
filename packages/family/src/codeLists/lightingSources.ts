import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of main lighting (sumber penerangan). */
export type LightingSourceCode = 'pln' | 'electricOther' | 'nonElectric';

/**
 * Main lighting (Sumber penerangan). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.22): sumber penerangan utama.
 *
 * @example
 * ```ts
 * lightingSources.items[0].code; // 'pln'
 * ```
 */
export const lightingSources: CodeList<LightingSourceCode> = {
  id: 'lighting-sources',
  version: '2021.1',
  label: { id: 'Sumber penerangan', en: 'Main lighting' },
  source: 'PK21 Blok III (P.22): sumber penerangan utama',
  items: [
    { code: 'pln', portalId: 1, label: { id: 'Listrik PLN', en: 'Grid electricity (PLN)' } },
    { code: 'electricOther', portalId: 2, label: { id: 'Listrik non-PLN', en: 'Other electricity' } },
    { code: 'nonElectric', portalId: 3, label: { id: 'Bukan listrik', en: 'No electricity' } },
  ],
};

/** TypeBox schema of a {@link LightingSourceCode}. */
export const LightingSource = codeSchema(lightingSources, 'Main lighting.');
/** @see {@link LightingSource} */
export type LightingSource = Static<typeof LightingSource>;
