import type { Family } from '../../model/family.js';
import type { FamilyMember } from '../../model/familyMember.js';
import { ageInYears, cmcOfMonth } from '../cmc.js';

/** A member's age in completed years at the family's month. */
export function ageAt(m: FamilyMember, family: Family): number {
  return ageInYears(cmcOfMonth(m.birthMonth), cmcOfMonth(family.month));
}

/** The PUS wives of a family: currently married women aged 15–49 at the family's month. */
export function pusWives(family: Family): FamilyMember[] {
  return family.members.filter((m) => {
    if (m.sex !== 'female' || m.maritalStatus !== 'married') return false;
    const age = ageAt(m, family);
    return age >= 15 && age <= 49;
  });
}

/** The CMCs of a woman's children in the family (members whose `motherLine` is her line), ascending. */
export function childrenCmc(mother: FamilyMember, family: Family): number[] {
  const out: number[] = [];
  for (const m of family.members) {
    if (m !== mother && m.motherLine === mother.line) out.push(cmcOfMonth(m.birthMonth));
  }
  return out.sort((a, b) => a - b);
}

/** Three-valued "all": `false` when any is `false`, else `null` when any is unknown, else `true`. */
export function allOf(values: readonly (boolean | null | undefined)[]): boolean | null {
  let unknown = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === null || v === undefined) unknown = true;
  }
  return unknown ? null : true;
}

/** Three-valued "any": `true` when any is `true`, else `null` when any is unknown, else `false`. */
export function anyOf(values: readonly (boolean | null | undefined)[]): boolean | null {
  let unknown = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null || v === undefined) unknown = true;
  }
  return unknown ? null : false;
}
