import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link dataSources}. */
export type DataSourceCode = 'pk' | 'bkkbnRoutine' | 'villagePotential' | 'sectoral' | 'other';

/**
 * Data sources a kampung uses in planning and evaluation (penggunaan data).
 *
 * Source: kampungkb.bkkbn.go.id new_penggunaan_data (PenggunaanDataSeeder).
 *
 * @example
 * ```ts
 * dataSources.items.map((i) => i.code);
 * ```
 */
export const dataSources: CodeList<DataSourceCode, CodeItem<DataSourceCode>> = {
  id: 'data-sources',
  version: '2021.1',
  label: { id: 'Penggunaan data', en: 'Data sources used' },
  source: 'kampungkb.bkkbn.go.id new_penggunaan_data (PenggunaanDataSeeder)',
  items: [
    {
      code: 'pk',
      portalId: 1,
      label: { id: 'PK dan Pemutakhiran Data', en: 'Family data collection (PK) and updates' },
    },
    { code: 'bkkbnRoutine', portalId: 2, label: { id: 'Data Rutin BKKBN', en: 'BKKBN routine data' } },
    { code: 'villagePotential', portalId: 3, label: { id: 'Potensi Desa', en: 'Village potential data' } },
    { code: 'sectoral', portalId: 4, label: { id: 'Data Sektoral', en: 'Sectoral data' } },
    { code: 'other', portalId: 5, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link dataSources} code. */
export const DataSource = codeSchema(dataSources, 'Data sources used.');
/** @see {@link DataSource} */
export type DataSource = Static<typeof DataSource>;
