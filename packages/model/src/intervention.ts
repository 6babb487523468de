import { type Static, Type } from '@sinclair/typebox';
import { Agency } from './codeLists/agencies.js';
import { PokjaSection } from './codeLists/pokjaSections.js';
import { TargetGroup } from './codeLists/targetGroups.js';
import { KampungId } from './kampung.js';
import { IsoDate } from './period.js';

/**
 * An intervention (activity) by a city agency (OPD/SKPD), a vertical office, a company's CSR or the
 * community in a kampung, categorised by the Pokja section it serves (the portal's `new_intervensi` with
 * `intervensi_instansi` and `intervensi_sasaran`).
 *
 * @example
 * ```ts
 * const i: Intervention = {
 *   id: 'sa-2020-03', kampungId: 'sungai-andai', title: 'Pelayanan akta kelahiran gratis',
 *   date: '2020-03-14', section: 'protection', agencies: ['dinas_dukcapil'],
 *   targetGroups: ['familiesWithUnderFives'],
 * };
 * ```
 */
export const Intervention = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Id of the intervention, unique in the data set.',
    }),
    kampungId: KampungId,
    title: Type.String({ minLength: 1 }),
    date: IsoDate,
    section: PokjaSection,
    agencies: Type.Array(Agency, { uniqueItems: true, description: 'Agencies (instansi) carrying it out.' }),
    partner: Type.Optional(
      Type.String({ description: 'Named partner, e.g. the company behind a CSR activity.' }),
    ),
    targetGroups: Type.Array(TargetGroup, { uniqueItems: true }),
    place: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
  },
  { $id: 'Intervention', additionalProperties: false, description: 'An intervention in a kampung.' },
);
/** @see {@link Intervention} */
export type Intervention = Static<typeof Intervention>;
