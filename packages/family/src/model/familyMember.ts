import { Month } from '@kampung-kb/model';
import { type Static, Type } from '@sinclair/typebox';
import { EducationLevel } from '../codeLists/educationLevels.js';
import { FamilyRelation } from '../codeLists/familyRelations.js';
import { JknStatus } from '../codeLists/jknStatuses.js';
import { MaritalStatus } from '../codeLists/maritalStatuses.js';
import { MemberPresence } from '../codeLists/memberPresences.js';
import { Religion } from '../codeLists/religions.js';
import { Sex } from '../codeLists/sexes.js';
import { Pseudonym } from './pseudonym.js';
import { WomanFertility } from './womanFertility.js';

/**
 * One member of a family: PK21 Blok I (Kependudukan), plus Blok II ({@link WomanFertility}) for a currently
 * married woman aged 10–49.
 *
 * `id` is the pseudonym of the member's NIK ({@link Pseudonym}); `line` is the member's line number in the
 * family (nomor urut), which `motherLine` refers to (kode ibu kandung). The birth is kept to the month:
 * ages, fertility windows and the "four too's" need no more, and a full date would identify.
 *
 * @example
 * ```ts
 * const m: FamilyMember = { id: 'nik_abcdefghijklmnopabcd', line: 2, sex: 'female', birthMonth: '1990-04',
 *   maritalStatus: 'married', relation: 'spouse', ageAtFirstMarriage: 21 };
 * ```
 */
export const FamilyMember = Type.Object(
  {
    id: Pseudonym,
    line: Type.Integer({ minimum: 1, maximum: 99, description: 'Line number in the family (nomor urut).' }),
    sex: Sex,
    birthMonth: Month,
    maritalStatus: MaritalStatus,
    relation: FamilyRelation,
    ageAtFirstMarriage: Type.Optional(Type.Integer({ minimum: 5, maximum: 99 })),
    birthCertificate: Type.Optional(
      Type.Boolean({ description: 'K.09: has a birth certificate (akta lahir).' }),
    ),
    motherLine: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 99,
        description: 'Line of the mother (kode ibu kandung), when she is in the family.',
      }),
    ),
    religion: Type.Optional(Religion),
    education: Type.Optional(EducationLevel),
    working: Type.Optional(Type.Boolean({ description: 'Has work that earns an income (pekerjaan).' })),
    literate: Type.Optional(
      Type.Boolean({ description: 'Can read and write Latin script (legacy KS II indicator 13).' }),
    ),
    jkn: Type.Optional(JknStatus),
    presence: Type.Optional(MemberPresence),
    fertility: Type.Optional(WomanFertility),
  },
  { $id: 'FamilyMember', additionalProperties: false },
);
/** @see {@link FamilyMember} */
export type FamilyMember = Static<typeof FamilyMember>;
