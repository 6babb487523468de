import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link frequencies}. */
export type FrequencyCode = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'other';

/**
 * How often an operational mechanism is carried out.
 *
 * Source: kampungkb.bkkbn.go.id new_frekuensi (FrekuensiSeeder).
 *
 * @example
 * ```ts
 * frequencies.items.map((i) => i.code);
 * ```
 */
export const frequencies: CodeList<FrequencyCode, CodeItem<FrequencyCode>> = {
  id: 'frequencies',
  version: '2021.1',
  label: { id: 'Frekuensi', en: 'Frequencies' },
  source: 'kampungkb.bkkbn.go.id new_frekuensi (FrekuensiSeeder)',
  items: [
    { code: 'weekly', portalId: 1, label: { id: 'Mingguan', en: 'Weekly' } },
    { code: 'monthly', portalId: 2, label: { id: 'Bulanan', en: 'Monthly' } },
    { code: 'quarterly', portalId: 5, label: { id: 'Triwulan', en: 'Quarterly' } },
    { code: 'semiannual', portalId: 4, label: { id: 'Semesteran', en: 'Six-monthly' } },
    { code: 'annual', portalId: 3, label: { id: 'Tahunan', en: 'Annual' } },
    { code: 'other', portalId: 6, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link frequencies} code. */
export const Frequency = codeSchema(frequencies, 'Frequencies.');
/** @see {@link Frequency} */
export type Frequency = Static<typeof Frequency>;
