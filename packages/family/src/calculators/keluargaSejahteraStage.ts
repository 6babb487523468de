import type { Family } from '../model/family.js';
import type { DeprivationOptions } from './householdDeprivations.js';
import { nonDurableHousing } from './householdDeprivations.js';
import { ageAt, allOf, anyOf, pusWives } from './internal/familyFacts.js';

/** A Keluarga Sejahtera stage, or `cannotPlace` when a needed answer is unknown. */
export type KeluargaSejahteraStage = 'praS' | 'ks1' | 'ks2' | 'ks3' | 'ks3plus' | 'cannotPlace';

/**
 * Answers to the 21 Keluarga Sejahtera indicators, by number (1–21); a number left out is unknown, never
 * "no". KS I: 1 eats twice a day; 2 different clothes for home, work/school and going out; 3 house with good
 * roof, floor and walls; 4 sick members taken to a health facility; 5 PUS wanting FP go to a service;
 * 6 all children 7–15 at school. KS II: 7 worship; 8 meat, fish or eggs weekly; 9 new clothes yearly; 10 floor
 * ≥ 8 m² per person; 11 healthy in the last 3 months; 12 a member earns an income; 13 all aged 10–60 read
 * Latin script; 14 PUS with ≥ 2 children use contraception. KS III: 15 improves religious knowledge; 16 saves;
 * 17 eats together weekly to talk; 18 joins community activities; 19 gets news from papers, radio, TV or the
 * internet. KS III+: 20 gives to social activities; 21 a member leads an organisation.
 */
export type KsAnswers = Readonly<Partial<Record<number, boolean>>>;

const LEVELS: readonly [KeluargaSejahteraStage, readonly number[]][] = [
  ['ks1', [1, 2, 3, 4, 5, 6]],
  ['ks2', [7, 8, 9, 10, 11, 12, 13, 14]],
  ['ks3', [15, 16, 17, 18, 19]],
  ['ks3plus', [20, 21]],
];

/**
 * The Keluarga Sejahtera stage of a family from the 21-indicator version (6 + 8 + 5 + 2 indicators; BKKBN,
 * as reproduced in the reference §5.2): the highest level whose indicators, and those of every lower level,
 * are all met; Pra Sejahtera when a KS I indicator is not met. Unknown answers never give a stage: a family
 * is placed only when the answers decide it (a "no" at a level places it below that level whatever else is
 * unknown there), and is `cannotPlace` otherwise.
 *
 * @example
 * ```ts
 * keluargaSejahteraStage({ 1: true, 2: true, 3: false }); // 'praS'
 * keluargaSejahteraStage({ 1: true, 2: true }); // 'cannotPlace'
 * ```
 */
export function keluargaSejahteraStage(answers: KsAnswers): KeluargaSejahteraStage {
  let stage: KeluargaSejahteraStage = 'praS';
  for (const [level, items] of LEVELS) {
    const met = allOf(items.map((i) => answers[i]));
    if (met === false) return stage;
    if (met === null) return 'cannotPlace';
    stage = level;
  }
  return stage;
}

const IN_SCHOOL = new Set(['inPrimary', 'inJuniorSecondary', 'inSeniorSecondary', 'inTertiary']);

/**
 * The KS answers a PK21 family gives (the legacy KS survey predates PK21, so most are not asked):
 * 3 from roof, wall and floor ({@link nonDurableHousing}); 6 from the education of members aged 7–15
 * (attending a level = at school); 7 from P.01; 10 from the floor area per member; 12 from members' work;
 * 13 from the literacy of members aged 10–60; 14 from the PUS wives with two or more living children;
 * 16 from P.06 (savings); 18 from P.12 (gotong royong); 19 from P.08 (internet: yes only). Indicators 1, 2,
 * 4, 5, 8, 9, 11, 15, 17, 20 and 21 stay unknown unless `extra` gives them, so a register alone places only
 * the families it can (mostly as Pra-S, by a failed KS I answer).
 *
 * @example
 * ```ts
 * keluargaSejahteraStage(ksAnswersFromFamily(family, { 1: true, 2: true, 4: true, 5: true }));
 * ```
 */
export function ksAnswersFromFamily(
  family: Family,
  extra: KsAnswers = {},
  options: DeprivationOptions = {},
): KsAnswers {
  const d = family.development;
  const h = family.housing;
  const members = family.members;
  const nd = nonDurableHousing(h, options);
  const children = members.filter((m) => {
    const a = ageAt(m, family);
    return a >= 7 && a <= 15;
  });
  const adults = members.filter((m) => {
    const a = ageAt(m, family);
    return a >= 10 && a <= 60;
  });
  const pus2 = pusWives(family).filter((w) => {
    const l = w.fertility?.childrenLiving;
    return l !== undefined && l.male + l.female >= 2;
  });
  const answers: Record<number, boolean | undefined> = {
    3: nd === null ? undefined : !nd,
    6:
      allOf(children.map((c) => (c.education === undefined ? null : IN_SCHOOL.has(c.education)))) ??
      undefined,
    7: d?.worship,
    10: h?.floorAreaM2 === undefined ? undefined : h.floorAreaM2 / members.length >= 8,
    12: anyOf(members.map((m) => m.working)) ?? undefined,
    13: allOf(adults.map((m) => m.literate)) ?? undefined,
    14: allOf(pus2.map((w) => (w.fertility ? w.fertility.currentMethod !== null : null))) ?? undefined,
    16: d?.savings,
    18: d?.mutualAid,
    19: d?.internet === true ? true : undefined,
  };
  const out: Record<number, boolean> = {};
  for (const [k, v] of Object.entries({ ...answers, ...extra })) if (v !== undefined) out[Number(k)] = v;
  return out;
}
