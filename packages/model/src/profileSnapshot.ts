import { type Static, Type } from '@sinclair/typebox';
import { DataSource } from './codeLists/dataSources.js';
import { Frequency } from './codeLists/frequencies.js';
import { FundingSource } from './codeLists/fundingSources.js';
import { OperationalMechanism } from './codeLists/operationalMechanisms.js';
import { Poktan } from './codeLists/poktan.js';
import { Regulation } from './codeLists/regulations.js';
import { Count } from './count.js';
import { KampungId } from './kampung.js';
import { Month } from './period.js';

/**
 * A kampung's institutional profile as of a month (the portal's `new_profil_kampung` with its child
 * tables): the Pokja (Kelompok Kerja, the community working group), funding, poktan, facilities, PKB/PLKB
 * mentor (Penyuluh/Petugas Lapangan KB), regulation, data use and operational mechanisms. It holds until
 * a later snapshot replaces it.
 *
 * @example
 * ```ts
 * const p: ProfileSnapshot = {
 *   kampungId: 'sungai-andai', period: '2020-01',
 *   pokja: { exists: true, decree: true, members: 17, trained: true },
 *   fundingSources: ['apbd', 'selfFunded'], poktan: ['bkb', 'bkr', 'bkl'],
 *   facilities: { secretariat: true, rumahDataku: true },
 *   mentor: true, regulation: { exists: true, kinds: ['villageHead'] },
 *   dataSources: ['pk', 'bkkbnRoutine'], operations: ['planningMeeting', 'reporting'],
 * };
 * ```
 */
export const ProfileSnapshot = Type.Object(
  {
    kampungId: KampungId,
    period: Month,
    pokja: Type.Object(
      {
        exists: Type.Boolean({ description: 'A Pokja has been formed (pokja_pengurusan_flag).' }),
        decree: Type.Boolean({ description: 'The Pokja has an SK (decree).' }),
        members: Type.Union([Count, Type.Null()], {
          description: 'Number of Pokja members; null if unknown.',
        }),
        trained: Type.Boolean({ description: 'The Pokja has had training (pokja_pelatihan_flag).' }),
        trainedMembers: Type.Optional(Count),
      },
      { additionalProperties: false },
    ),
    fundingSources: Type.Array(FundingSource, { uniqueItems: true }),
    poktan: Type.Array(Poktan, { uniqueItems: true, description: 'Poktan present in the kampung.' }),
    facilities: Type.Object(
      {
        secretariat: Type.Boolean({ description: 'Sekretariat Kampung KB.' }),
        rumahDataku: Type.Boolean({ description: 'Rumah DataKu (population data house).' }),
      },
      { additionalProperties: false },
    ),
    mentor: Type.Boolean({
      description: 'A PKB/PLKB accompanies and guides the kampung (plkb_pendamping_flag).',
    }),
    regulation: Type.Object(
      {
        exists: Type.Boolean({ description: 'A regulation backs the kampung (regulasi_flag).' }),
        kinds: Type.Array(Regulation, { uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
    dataSources: Type.Array(DataSource, {
      uniqueItems: true,
      description: 'Data used in planning and evaluation.',
    }),
    operations: Type.Array(OperationalMechanism, {
      uniqueItems: true,
      description: 'Mechanisms carried out.',
    }),
    operationFrequency: Type.Optional(
      Type.Partial(
        Type.Object(
          {
            planningMeeting: Frequency,
            coordinationMeeting: Frequency,
            socialisation: Frequency,
            monitoringEvaluation: Frequency,
            reporting: Frequency,
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  {
    $id: 'ProfileSnapshot',
    additionalProperties: false,
    description: 'Institutional profile of a kampung as of a month.',
  },
);
/** @see {@link ProfileSnapshot} */
export type ProfileSnapshot = Static<typeof ProfileSnapshot>;
