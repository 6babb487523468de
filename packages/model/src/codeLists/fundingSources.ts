import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link fundingSources}. */
export type FundingSourceCode = 'apbn' | 'apbd' | 'danaDesa' | 'communityDonation' | 'csr' | 'selfFunded';

/**
 * The six funding sources a kampung profile records; the classification counts how many a kampung has.
 *
 * Source: kampungkb.bkkbn.go.id new_sumber_dana (SumberDanaSeeder).
 *
 * @example
 * ```ts
 * fundingSources.items.map((i) => i.code);
 * ```
 */
export const fundingSources: CodeList<FundingSourceCode, CodeItem<FundingSourceCode>> = {
  id: 'funding-sources',
  version: '2021.1',
  label: { id: 'Sumber dana', en: 'Funding sources' },
  source: 'kampungkb.bkkbn.go.id new_sumber_dana (SumberDanaSeeder)',
  items: [
    { code: 'apbn', portalId: 1, short: 'APBN', label: { id: 'APBN', en: 'National budget (APBN)' } },
    { code: 'apbd', portalId: 2, short: 'APBD', label: { id: 'APBD', en: 'Regional budget (APBD)' } },
    {
      code: 'danaDesa',
      portalId: 3,
      short: 'Dana Desa',
      label: { id: 'Dana Desa', en: 'Village fund (Dana Desa)' },
    },
    {
      code: 'communityDonation',
      portalId: 4,
      short: 'Donasi',
      label: { id: 'Donasi/Hibah Masyarakat', en: 'Community donations and grants' },
    },
    { code: 'csr', portalId: 5, short: 'CSR', label: { id: 'Perusahaan (CSR)', en: 'Companies (CSR)' } },
    {
      code: 'selfFunded',
      portalId: 6,
      short: 'Swadaya',
      label: { id: 'Swadaya Masyarakat', en: 'Community self-funding (swadaya)' },
    },
  ],
};

/** TypeBox schema of a {@link fundingSources} code. */
export const FundingSource = codeSchema(fundingSources, 'Funding sources.');
/** @see {@link FundingSource} */
export type FundingSource = Static<typeof FundingSource>;
