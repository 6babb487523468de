import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link operationalMechanisms}. */
export type OperationalMechanismCode =
  | 'planningMeeting'
  | 'coordinationMeeting'
  | 'socialisation'
  | 'monitoringEvaluation'
  | 'reporting';

/**
 * Operational mechanisms a Pokja carries out (mekanisme operasional).
 *
 * Source: kampungkb.bkkbn.go.id new_operasional (OperasionalSeeder).
 *
 * @example
 * ```ts
 * operationalMechanisms.items.map((i) => i.code);
 * ```
 */
export const operationalMechanisms: CodeList<OperationalMechanismCode, CodeItem<OperationalMechanismCode>> = {
  id: 'operational-mechanisms',
  version: '2021.1',
  label: { id: 'Mekanisme operasional', en: 'Operational mechanisms' },
  source: 'kampungkb.bkkbn.go.id new_operasional (OperasionalSeeder)',
  items: [
    {
      code: 'planningMeeting',
      portalId: 1,
      label: { id: 'Rapat perencanaan kegiatan', en: 'Activity planning meeting' },
    },
    {
      code: 'coordinationMeeting',
      portalId: 2,
      label: {
        id: 'Rapat koordinasi dengan dinas/instansi terkait',
        en: 'Coordination meeting with supporting agencies',
      },
    },
    {
      code: 'socialisation',
      portalId: 3,
      label: { id: 'Sosialisasi kegiatan', en: 'Activity socialisation' },
    },
    {
      code: 'monitoringEvaluation',
      portalId: 4,
      label: { id: 'Monitoring dan evaluasi kegiatan', en: 'Monitoring and evaluation' },
    },
    { code: 'reporting', portalId: 5, label: { id: 'Penyusunan laporan', en: 'Report writing' } },
  ],
};

/** TypeBox schema of a {@link operationalMechanisms} code. */
export const OperationalMechanism = codeSchema(operationalMechanisms, 'Operational mechanisms.');
/** @see {@link OperationalMechanism} */
export type OperationalMechanism = Static<typeof OperationalMechanism>;
