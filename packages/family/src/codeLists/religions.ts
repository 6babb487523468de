import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of religion (agama). */
export type ReligionCode = 'islam' | 'protestant' | 'catholic' | 'hindu' | 'buddhist' | 'confucian' | 'other';

/**
 * Religion (Agama). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K): agama (7 categories).
 *
 * @example
 * ```ts
 * religions.items[0].code; // 'islam'
 * ```
 */
export const religions: CodeList<ReligionCode> = {
  id: 'religions',
  version: '2021.1',
  label: { id: 'Agama', en: 'Religion' },
  source: 'PK21 Blok I (K): agama (7 categories)',
  items: [
    { code: 'islam', portalId: 1, label: { id: 'Islam', en: 'Islam' } },
    { code: 'protestant', portalId: 2, label: { id: 'Kristen', en: 'Protestant' } },
    { code: 'catholic', portalId: 3, label: { id: 'Katolik', en: 'Catholic' } },
    { code: 'hindu', portalId: 4, label: { id: 'Hindu', en: 'Hindu' } },
    { code: 'buddhist', portalId: 5, label: { id: 'Buddha', en: 'Buddhist' } },
    { code: 'confucian', portalId: 6, label: { id: 'Khonghucu', en: 'Confucian' } },
    { code: 'other', portalId: 7, label: { id: 'Penghayat kepercayaan/lainnya', en: 'Other beliefs' } },
  ],
};

/** TypeBox schema of a {@link ReligionCode}. */
export const Religion = codeSchema(religions, 'Religion.');
/** @see {@link Religion} */
export type Religion = Static<typeof Religion>;
