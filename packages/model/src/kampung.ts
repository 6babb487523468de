import { type Static, Type } from '@sinclair/typebox';
import { AreaCriterion } from './codeLists/areaCriteria.js';
import { MainCriterion } from './codeLists/mainCriteria.js';
import { IsoDate } from './period.js';
import { RegionCode } from './regionCode.js';

/** Pattern of a kampung id: lower-case letters, digits and dashes, e.g. `sungai-andai`. */
export const KAMPUNG_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

/** Stable id of a kampung within a city's data, e.g. `sungai-andai`. */
export const KampungId = Type.String({
  $id: 'KampungId',
  pattern: KAMPUNG_ID_PATTERN,
  description: 'Kampung id: lower-case letters, digits and dashes.',
});
/** @see {@link KampungId} */
export type KampungId = Static<typeof KampungId>;

/**
 * A Kampung KB (Kampung Keluarga Berkualitas): a designated neighbourhood at desa/kelurahan level,
 * optionally limited to some RW (rukun warga) or RT (rukun tetangga), as in the portal's
 * `new_kampung_kb` and `new_kampung_kriteria`.
 *
 * @example
 * ```ts
 * const k: Kampung = {
 *   id: 'sungai-andai', name: 'Kampung KB Sungai Biuku', regionCode: '63.71.04.1010',
 *   scope: { rt: ['02', '04'] }, designationDate: '2016-11-10',
 *   mainCriteria: ['lowKbParticipation'], areaCriteria: ['riverbank'],
 *   branding: 'Kampung Baiman', model: { regency: true, province: false },
 * };
 * ```
 */
export const Kampung = Type.Object(
  {
    id: KampungId,
    name: Type.String({ minLength: 1 }),
    regionCode: RegionCode,
    scope: Type.Optional(
      Type.Object(
        {
          rw: Type.Optional(
            Type.Array(Type.String({ pattern: '^[0-9]{1,3}$' }), { description: 'RW numbers.' }),
          ),
          rt: Type.Optional(
            Type.Array(Type.String({ pattern: '^[0-9]{1,3}$' }), { description: 'RT numbers.' }),
          ),
        },
        {
          additionalProperties: false,
          description: 'Part of the village covered (cakupan wilayah), if not all of it.',
        },
      ),
    ),
    designationDate: IsoDate,
    mainCriteria: Type.Array(MainCriterion, { uniqueItems: true, description: 'Kriteria utama met.' }),
    areaCriteria: Type.Array(AreaCriterion, {
      uniqueItems: true,
      description: 'Kriteria wilayah met (at least one).',
    }),
    branding: Type.Optional(Type.String({ description: 'Local programme brand, e.g. "Kampung Baiman".' })),
    theme: Type.Optional(Type.String({ description: 'Thematic label, e.g. "Kampung Rambutan".' })),
    model: Type.Optional(
      Type.Object(
        {
          regency: Type.Boolean({ description: 'Percontohan (model village) of the regency/city.' }),
          province: Type.Boolean({ description: 'Percontohan (model village) of the province.' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'Kampung', additionalProperties: false, description: 'A Kampung KB and how it was selected.' },
);
/** @see {@link Kampung} */
export type Kampung = Static<typeof Kampung>;
