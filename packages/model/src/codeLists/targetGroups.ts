import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link targetGroups}. */
export type TargetGroupCode =
  | 'allResidents'
  | 'pus'
  | 'adolescents'
  | 'elderly'
  | 'underFives'
  | 'familiesWithUnderFives'
  | 'familiesWithAdolescents'
  | 'familiesWithElderly'
  | 'other';

/**
 * Who an intervention is for (sasaran).
 *
 * Source: kampungkb.bkkbn.go.id new_sasaran (SasaranSeeder).
 *
 * @example
 * ```ts
 * targetGroups.items.map((i) => i.code);
 * ```
 */
export const targetGroups: CodeList<TargetGroupCode, CodeItem<TargetGroupCode>> = {
  id: 'target-groups',
  version: '2021.1',
  label: { id: 'Sasaran intervensi', en: 'Intervention target groups' },
  source: 'kampungkb.bkkbn.go.id new_sasaran (SasaranSeeder)',
  items: [
    { code: 'allResidents', portalId: 1, label: { id: 'Seluruh penduduk', en: 'All residents' } },
    { code: 'pus', portalId: 2, short: 'PUS', label: { id: 'PUS', en: 'Couples of reproductive age (PUS)' } },
    { code: 'adolescents', portalId: 3, label: { id: 'Remaja', en: 'Adolescents' } },
    { code: 'elderly', portalId: 4, label: { id: 'Lansia', en: 'Elderly' } },
    { code: 'underFives', portalId: 5, label: { id: 'Balita', en: 'Children under five' } },
    {
      code: 'familiesWithUnderFives',
      portalId: 6,
      label: { id: 'Keluarga yang memiliki balita', en: 'Families with under-fives' },
    },
    {
      code: 'familiesWithAdolescents',
      portalId: 7,
      label: { id: 'Keluarga yang memiliki remaja', en: 'Families with adolescents' },
    },
    {
      code: 'familiesWithElderly',
      portalId: 8,
      label: { id: 'Keluarga yang memiliki lansia', en: 'Families with elderly' },
    },
    { code: 'other', portalId: 9, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link targetGroups} code. */
export const TargetGroup = codeSchema(targetGroups, 'Intervention target groups.');
/** @see {@link TargetGroup} */
export type TargetGroup = Static<typeof TargetGroup>;
