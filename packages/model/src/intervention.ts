import { type Static, type TInteger, type TNumber, type TOptional, Type } from '@sinclair/typebox';
import { Agency } from './codeLists/agencies.js';
import { FundingSource } from './codeLists/fundingSources.js';
import { type InterventionOutputCode, interventionOutputs } from './codeLists/interventionOutputs.js';
import { PokjaSection } from './codeLists/pokjaSections.js';
import { TargetGroup } from './codeLists/targetGroups.js';
import { KampungId } from './kampung.js';
import { IsoDate } from './period.js';

/**
 * What an intervention produced, one optional field per {@link interventionOutputs} code in its unit: whole
 * numbers for counted outputs, metres with decimals for lengths; never negative.
 *
 * @example
 * ```ts
 * const o: InterventionOutputs = { housesRenovated: 4, participants: 35 };
 * ```
 */
export const InterventionOutputs = Type.Object(
  Object.fromEntries(
    interventionOutputs.items.map((item) => [
      item.code,
      Type.Optional(
        (item.integer ? Type.Integer : Type.Number)({
          minimum: 0,
          maximum: 999_999_999,
          description: `${item.label.en} (${item.unit.en}).`,
        }),
      ),
    ]),
  ) as Record<InterventionOutputCode, TOptional<TNumber | TInteger>>,
  {
    additionalProperties: false,
    description: 'What an intervention produced, by output kind (code list intervention-outputs).',
  },
);
/** @see {@link InterventionOutputs} */
export type InterventionOutputs = Partial<Record<InterventionOutputCode, number>>;

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
    outputs: Type.Optional(InterventionOutputs),
    spend: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 999_999_999_999_999,
        description: 'What it cost, in whole rupiah (at most 15 digits).',
      }),
    ),
    fundingSource: Type.Optional(FundingSource),
  },
  { $id: 'Intervention', additionalProperties: false, description: 'An intervention in a kampung.' },
);
/** @see {@link Intervention} */
export type Intervention = Static<typeof Intervention>;
