import type { Family } from '../../model/family.js';
import type { FamilyMember } from '../../model/familyMember.js';
import type { WomanFertility } from '../../model/womanFertility.js';

let next = 0;
/** A pseudonym of 20 letters a–p, different on each call. */
export function pseudonym(kind: 'nik' | 'kk'): string {
  next++;
  const letters = next
    .toString(16)
    .padStart(20, '0')
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + Number.parseInt(c, 16)));
  return `${kind}_${letters}`;
}

/** A member; line, sex, birth month, marital status and relation given, the rest as the test says. */
export function member(
  line: number,
  sex: 'male' | 'female',
  birthMonth: string,
  fields: Partial<FamilyMember> = {},
): FamilyMember {
  return {
    id: pseudonym('nik'),
    line,
    sex,
    birthMonth,
    maritalStatus: 'neverMarried',
    relation: 'child',
    ...fields,
  };
}

/** A woman's Blok II: no births, not pregnant, no method, unless the test says. */
export function fertility(fields: Partial<WomanFertility> = {}): WomanFertility {
  return {
    childrenEverBorn: { male: 0, female: 0 },
    childrenLiving: { male: 0, female: 0 },
    pregnant: false,
    currentMethod: null,
    ...fields,
  };
}

/** A family of kampung `k1` in April 2021. */
export function family(members: FamilyMember[], fields: Partial<Family> = {}): Family {
  return { id: pseudonym('kk'), kampungId: 'k1', month: '2021-04', members, ...fields };
}

/** A head (line 1, born 1985-01) and his wife (line 2, born 1990-05, aged 30 in April 2021). */
export function couple(
  wife: Partial<WomanFertility> = {},
  wifeFields: Partial<FamilyMember> = {},
): FamilyMember[] {
  return [
    member(1, 'male', '1985-01', { maritalStatus: 'married', relation: 'head' }),
    member(2, 'female', '1990-05', {
      maritalStatus: 'married',
      relation: 'spouse',
      fertility: fertility(wife),
      ...wifeFields,
    }),
  ];
}
