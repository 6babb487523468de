import type { TSchema } from '@sinclair/typebox';
import { Budget } from './budget.js';
import { FamilyTally } from './familyTally.js';
import { Intervention } from './intervention.js';
import type { RecordType } from './issue.js';
import { Kampung } from './kampung.js';
import type { Label } from './label.js';
import { MonthlyReport } from './monthlyReport.js';
import { PopulationSnapshot } from './populationSnapshot.js';
import { ProfileSnapshot } from './profileSnapshot.js';
import { Proposal } from './proposal.js';
import { Region } from './region.js';

/** What the SDK knows about a record type: its schema, its file name stem and its collection. */
export interface RecordTypeInfo {
  readonly type: RecordType;
  readonly schema: TSchema;
  /** Files named `<stem>*.csv` / `<stem>*.json` in a data directory hold this type. */
  readonly fileStem: string;
  /** Key of the {@link Dataset} array holding it. */
  readonly collection:
    | 'regions'
    | 'kampung'
    | 'profiles'
    | 'population'
    | 'monthly'
    | 'interventions'
    | 'proposals'
    | 'budgets'
    | 'familyTallies';
  readonly label: Label;
}

/**
 * The record types, in the order a data directory is read (kampung before what refers to them).
 *
 * @example
 * ```ts
 * RECORD_TYPES.map((r) => r.fileStem); // ['regions','kampung','profiles','population','monthly','interventions','proposals','budgets','family-tallies']
 * ```
 */
export const RECORD_TYPES: readonly RecordTypeInfo[] = [
  {
    type: 'region',
    schema: Region,
    fileStem: 'regions',
    collection: 'regions',
    label: { id: 'Wilayah', en: 'Regions' },
  },
  {
    type: 'kampung',
    schema: Kampung,
    fileStem: 'kampung',
    collection: 'kampung',
    label: { id: 'Kampung KB', en: 'Kampung KB' },
  },
  {
    type: 'profile',
    schema: ProfileSnapshot,
    fileStem: 'profiles',
    collection: 'profiles',
    label: { id: 'Profil kampung', en: 'Kampung profiles' },
  },
  {
    type: 'population',
    schema: PopulationSnapshot,
    fileStem: 'population',
    collection: 'population',
    label: { id: 'Data penduduk', en: 'Population' },
  },
  {
    type: 'monthly',
    schema: MonthlyReport,
    fileStem: 'monthly',
    collection: 'monthly',
    label: { id: 'Laporan bulanan KKBPK', en: 'Monthly KKBPK reports' },
  },
  {
    type: 'intervention',
    schema: Intervention,
    fileStem: 'interventions',
    collection: 'interventions',
    label: { id: 'Intervensi', en: 'Interventions' },
  },
  {
    type: 'proposal',
    schema: Proposal,
    fileStem: 'proposals',
    collection: 'proposals',
    label: { id: 'Usulan warga (urun rembug)', en: 'Community proposals (urun rembug)' },
  },
  {
    type: 'budget',
    schema: Budget,
    fileStem: 'budgets',
    collection: 'budgets',
    label: { id: 'Anggaran', en: 'Budgets' },
  },
  {
    type: 'family',
    schema: FamilyTally,
    fileStem: 'family-tallies',
    collection: 'familyTallies',
    label: { id: 'Rekap data keluarga', en: 'Family tallies' },
  },
];

/**
 * The info of one record type.
 *
 * @example
 * ```ts
 * recordTypeInfo('proposal').fileStem; // 'proposals'
 * ```
 */
export function recordTypeInfo(type: RecordType): RecordTypeInfo {
  const info = RECORD_TYPES.find((r) => r.type === type);
  if (!info) throw new Error(`Unknown record type: ${type}`);
  return info;
}
