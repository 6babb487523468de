import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';
import type { Label } from '../label.js';

/** Codes of {@link interventionOutputs}. */
export type InterventionOutputCode =
  | 'roadMetres'
  | 'titianMetres'
  | 'housesRenovated'
  | 'toilets'
  | 'waterConnections'
  | 'wasteBanks'
  | 'businessGroups'
  | 'trainings'
  | 'participants';

/**
 * An output kind with its unit. `integer` outputs are whole counts (houses, toilets, people); lengths may
 * have decimals. `counts` says what a figure counts: `people` and `households` are figures about residents
 * (public reports apply disclosure control to them), `things` are works (metres, waste banks, trainings).
 */
export interface InterventionOutputItem extends CodeItem<InterventionOutputCode> {
  readonly unit: Label;
  readonly integer: boolean;
  readonly counts: 'people' | 'households' | 'things';
}

/**
 * What an intervention produced: the physical and social outputs the Banjarmasin programme judges its
 * process by (roads and footbridges built, houses renovated under bedah rumah, sanitation, clean water,
 * waste banks, economic groups, trainings and their participants). Each has a unit; an intervention records
 * the ones that apply in its `outputs` object (`outputs.roadMetres` as a CSV column).
 *
 * Source: the programme's evaluation of its process by physical and social outputs (Banjarmasin Kampung KB
 * "Kampung Baiman"); units as the city's agencies report them (PUPR metres of road and titian, Perkim
 * houses of Rumah Tidak Layak Huni renovated, sanitation toilets, PDAM connections).
 *
 * @example
 * ```ts
 * interventionOutputs.items.find((i) => i.code === 'titianMetres')?.unit.id; // 'meter'
 * ```
 */
export const interventionOutputs: CodeList<InterventionOutputCode, InterventionOutputItem> = {
  id: 'intervention-outputs',
  version: '2026.1',
  label: { id: 'Keluaran intervensi', en: 'Intervention outputs' },
  source: 'Kampung KB Kampung Baiman (Banjarmasin): process evaluation by physical and social outputs',
  items: [
    {
      code: 'roadMetres',
      short: 'Jalan',
      label: { id: 'Jalan lingkungan dibangun/diperbaiki', en: 'Neighbourhood road built or repaired' },
      unit: { id: 'meter', en: 'metres' },
      integer: false,
      counts: 'things',
    },
    {
      code: 'titianMetres',
      short: 'Titian',
      label: { id: 'Titian (jembatan kayu/beton) dibangun', en: 'Footbridge (titian) built' },
      unit: { id: 'meter', en: 'metres' },
      integer: false,
      counts: 'things',
    },
    {
      code: 'housesRenovated',
      short: 'Bedah rumah',
      label: { id: 'Rumah direhab (bedah rumah)', en: 'Houses renovated (bedah rumah)' },
      unit: { id: 'rumah', en: 'houses' },
      integer: true,
      counts: 'households',
    },
    {
      code: 'toilets',
      short: 'Jamban',
      label: { id: 'Jamban sehat dibangun', en: 'Toilets built' },
      unit: { id: 'unit', en: 'toilets' },
      integer: true,
      counts: 'households',
    },
    {
      code: 'waterConnections',
      short: 'Air bersih',
      label: { id: 'Sambungan air bersih', en: 'Clean-water connections' },
      unit: { id: 'sambungan', en: 'connections' },
      integer: true,
      counts: 'households',
    },
    {
      code: 'wasteBanks',
      short: 'Bank sampah',
      label: { id: 'Bank sampah dibentuk', en: 'Waste banks set up' },
      unit: { id: 'unit', en: 'waste banks' },
      integer: true,
      counts: 'things',
    },
    {
      code: 'businessGroups',
      short: 'Kelompok usaha',
      label: { id: 'Kelompok usaha dibina', en: 'Business groups supported' },
      unit: { id: 'kelompok', en: 'groups' },
      integer: true,
      counts: 'things',
    },
    {
      code: 'trainings',
      short: 'Pelatihan',
      label: { id: 'Pelatihan/penyuluhan diadakan', en: 'Trainings held' },
      unit: { id: 'kegiatan', en: 'trainings' },
      integer: true,
      counts: 'things',
    },
    {
      code: 'participants',
      short: 'Peserta',
      label: { id: 'Peserta', en: 'Participants' },
      unit: { id: 'orang', en: 'people' },
      integer: true,
      counts: 'people',
    },
  ],
};

/** TypeBox schema of an {@link interventionOutputs} code. */
export const InterventionOutput = codeSchema(interventionOutputs, 'Intervention output kinds.');
/** @see {@link InterventionOutput} */
export type InterventionOutput = Static<typeof InterventionOutput>;
