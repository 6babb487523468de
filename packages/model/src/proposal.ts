import { type Static, Type } from '@sinclair/typebox';
import { Agency } from './codeLists/agencies.js';
import { PokjaSection } from './codeLists/pokjaSections.js';
import { ProposalStatus } from './codeLists/proposalStatuses.js';
import { KampungId } from './kampung.js';
import { IsoDate } from './period.js';

/**
 * A community proposal (usulan warga) raised at urun rembug warga, the residents' deliberation of a
 * kampung, and followed until a city agency addresses it with an intervention (or it is rejected), as
 * Banjarmasin's Kampung KB–Kampung Baiman does. `section` is the Pokja section the proposal concerns;
 * `raisedOn` is the date of the urun rembug warga that raised it, `addressedOn` the date it was addressed
 * (status `addressed`), and `interventionId` names the intervention that addressed it.
 *
 * @example
 * ```ts
 * const p: Proposal = {
 *   id: 'sa-usul-2020-01', kampungId: 'sungai-andai', raisedOn: '2020-01-20',
 *   title: 'Perbaikan titian kayu di RT 04', section: 'environment', assignedAgency: 'dinas_pupr',
 *   status: 'addressed', addressedOn: '2020-05-11', interventionId: 'sa-2020-05',
 * };
 * ```
 */
export const Proposal = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Id of the proposal, unique in the data set.',
    }),
    kampungId: KampungId,
    raisedOn: IsoDate,
    title: Type.String({ minLength: 1 }),
    section: PokjaSection,
    assignedAgency: Type.Optional(Agency),
    status: ProposalStatus,
    addressedOn: Type.Optional(IsoDate),
    interventionId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'Id of the intervention that addressed it.' }),
    ),
    description: Type.Optional(Type.String()),
  },
  {
    $id: 'Proposal',
    additionalProperties: false,
    description: 'A community proposal raised at urun rembug warga.',
  },
);
/** @see {@link Proposal} */
export type Proposal = Static<typeof Proposal>;
