import type { ContraceptiveMethodCode } from '@kampung-kb/model';
import type { DhsWoman } from '../model/dhsWoman.js';
import type { Family } from '../model/family.js';
import type { FamilyMember } from '../model/familyMember.js';
import { ageInYears, cmcOfMonth } from './cmc.js';

/**
 * DHS `v312` of each method of the SDK's list (DHS-7/8 standard codes; `traditional` as "other traditional").
 *
 * @example
 * ```ts
 * DHS_METHOD_CODE.implant; // 11
 * ```
 */
export const DHS_METHOD_CODE: Readonly<Record<ContraceptiveMethodCode, number>> = {
  pill: 1,
  iud: 2,
  injectable: 3,
  condom: 5,
  mow: 6,
  mop: 7,
  implant: 11,
  mal: 13,
  traditional: 10,
};

const MARITAL_V501 = { neverMarried: 0, married: 1, widowed: 3, divorced: 4 } as const;
const MARITAL_V502 = { neverMarried: 0, married: 1, widowed: 2, divorced: 2 } as const;
/** DHS `v225` of a pregnancy intention: wanted then 1, later 2, not at all 3. */
const wanted = (i: string): number => (i === 'notAtAll' ? 3 : i === 'later' ? 2 : 1);
const DESIRE = { soon: 1, later: 2, undecided: 4, noMore: 5 } as const;

/**
 * A PK21 woman as a DHS women's-recode record, so {@link classifyUnmetNeed} and the fertility rates read
 * register and survey data alike. PK21 asks no menstrual-period, sexual-activity or last-birth-wantedness
 * question, so those variables are `null`, and what follows from that:
 *
 * - `v008` is the family's data month and `v011` her birth month (CMC); `v012`, `v013` from them;
 * - births (`birthsCmc`, `v222`) are her children **in the family** (members whose `motherLine` is her line):
 *   children living elsewhere or dead are not seen (an "own-children" reading);
 * - `v213` pregnant; `v225` the pregnancy's intention; `m6_1`, `m10_1`, `v215`, `v525`, `v528` are `null`,
 *   so only a pregnancy makes her "pregnant or postpartum amenorrhoeic";
 * - `v312`/`v313` from her current method ({@link DHS_METHOD_CODE}; MAL and the portal methods are modern);
 *   `v302a` is 1 when she uses or used a method in the last 12 months, else unknown (`null`);
 * - `v605` (desire): sterilised (MOW/MOP) → 6; not using because infecund → 7; else soon → 1, later → 2,
 *   undecided → 4, no more → 5; `v3a08d` is 1 when the reason for non-use is menopause;
 * - `v501`/`v502` from the marital status; `v512` (years since first union) from `ageAtFirstMarriage`.
 *
 * So of the DHS fecundity boxes only 2 (declared infecund) and 3 (menopause) can hold for a PK21 woman, and a
 * married non-user without a stated desire is "missing" (99). The portal's own unmet need, (IAT + TIAL) /
 * PUS, is counted beside it by {@link portalNonUseCategory}.
 *
 * @example
 * ```ts
 * pk21WomanAsDhs(wife, family).v605; // 5 for a wife who wants no more children
 * ```
 */
export function pk21WomanAsDhs(member: FamilyMember, family: Family): DhsWoman {
  const v008 = cmcOfMonth(family.month);
  const v011 = cmcOfMonth(member.birthMonth);
  const age = ageInYears(v011, v008);
  const births: number[] = [];
  for (const m of family.members) {
    if (m.motherLine === member.line && m !== member) {
      const c = cmcOfMonth(m.birthMonth);
      if (c <= v008) births.push(c);
    }
  }
  births.sort((a, b) => a - b);
  const last = births[births.length - 1];
  const f = member.fertility;
  const method = f?.currentMethod ?? null;
  let v605: number | null = null;
  if (method === 'mow' || method === 'mop') v605 = 6;
  else if (f?.nonUseReason === 'infecund') v605 = 7;
  else if (f?.fertilityIntention !== undefined) v605 = DESIRE[f.fertilityIntention];
  const everUsed = method !== null || f?.usedLast12Months === true || f?.lastMethod !== undefined;
  const ceb = f ? f.childrenEverBorn.male + f.childrenEverBorn.female : null;
  return {
    caseId: member.id,
    v001: null,
    v005: 1_000_000,
    v008,
    v011,
    v012: age,
    v013: age >= 15 && age <= 49 ? Math.floor((age - 15) / 5) + 1 : null,
    v021: null,
    v022: null,
    v024: null,
    v025: null,
    v106: null,
    v190: null,
    v201: ceb,
    v213: f ? (f.pregnant ? 1 : 0) : null,
    v215: null,
    v222: last === undefined ? null : v008 - last,
    v225: f?.pregnant && f.pregnancyIntention !== undefined ? wanted(f.pregnancyIntention) : null,
    v302a: everUsed ? 1 : null,
    v312: f ? (method === null ? 0 : DHS_METHOD_CODE[method]) : null,
    v313: f ? (method === null ? 0 : method === 'traditional' ? 2 : 3) : null,
    v3a08d: f?.nonUseReason === undefined ? null : f.nonUseReason === 'menopause' ? 1 : 0,
    v501: MARITAL_V501[member.maritalStatus],
    v502: MARITAL_V502[member.maritalStatus],
    v512:
      member.ageAtFirstMarriage !== undefined && member.maritalStatus !== 'neverMarried'
        ? Math.max(0, age - member.ageAtFirstMarriage)
        : null,
    v525: null,
    v528: null,
    v605,
    v626a: null,
    m6_1: null,
    m10_1: null,
    awfactt: 100,
    birthsCmc: births.slice(-20),
  };
}

/** The portal's category of a PUS wife (Kampung KB `NonKontrasepsiSeeder`): a user, or why she uses none. */
export type PortalNonUseCategory = 'user' | 'pregnant' | 'ias' | 'iat' | 'tial' | 'undecided' | 'unknown';

/**
 * The Kampung KB portal's reading of a PUS wife: a user of a method, or a non-user who is pregnant (hamil),
 * wants a child soon (IAS), wants to delay (IAT) or wants no more (TIAL). The portal's unmet need is
 * (IAT + TIAL) / PUS. PK21's "undecided" answer has no portal category and is kept apart; a woman without
 * Blok II answers is `unknown`.
 *
 * @example
 * ```ts
 * portalNonUseCategory(wife); // 'tial'
 * ```
 */
export function portalNonUseCategory(member: FamilyMember): PortalNonUseCategory {
  const f = member.fertility;
  if (!f) return 'unknown';
  if (f.currentMethod !== null) return 'user';
  if (f.pregnant) return 'pregnant';
  switch (f.fertilityIntention) {
    case 'soon':
      return 'ias';
    case 'later':
      return 'iat';
    case 'noMore':
      return 'tial';
    case 'undecided':
      return 'undecided';
    default:
      return 'unknown';
  }
}
