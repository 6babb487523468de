import {
  type FamilyTally,
  IBANGGA_VERIFIED_VARIABLES,
  KRS_FACTORS,
  SANITATION_RUNGS,
  SLUM_DEPRIVATIONS,
} from '@kampung-kb/model';
import { classifyUnmetNeed, type UnmetNeedOptions } from '../calculators/classifyUnmetNeed.js';
import { ageInYears, cmcOfMonth } from '../calculators/cmc.js';
import { type DeprivationOptions, householdDeprivations } from '../calculators/householdDeprivations.js';
import {
  type IbanggaOptions,
  type IbanggaVariable,
  ibanggaScore,
  ibanggaVariables,
} from '../calculators/ibanggaVariables.js';
import {
  type KsAnswers,
  keluargaSejahteraStage,
  ksAnswersFromFamily,
} from '../calculators/keluargaSejahteraStage.js';
import { pk21WomanAsDhs, portalNonUseCategory } from '../calculators/pk21WomanAsDhs.js';
import { sanitationLadder } from '../calculators/sanitationLadder.js';
import { type KrsFactor, type StuntingRiskRule, stuntingRisk } from '../calculators/stuntingRisk.js';
import type { Family } from '../model/family.js';
import { TallyTable } from './internal/tallyTable.js';
import { add, WomanTally } from './internal/womanTally.js';

/** The slots of the family-level keys, resolved once. */
interface LevelSlots {
  readonly ksFamilies: number;
  readonly ks: Readonly<Record<string, number>>;
  readonly krsTarget: number;
  readonly krsAtRisk: number;
  readonly krsCannotDecide: number;
  readonly krsFactor: readonly number[];
  readonly ibKnown: readonly number[];
  readonly ibMet: readonly number[];
  readonly ibSum: number;
  readonly ibFamilies: number;
  readonly sanHouseholds: number;
  readonly san: Readonly<Record<string, number>>;
  readonly sanPersons: number;
  readonly sanPersonsBy: Readonly<Record<string, number>>;
  readonly slumHouseholds: number;
  readonly slumPersons: number;
  readonly slumDeprived: number;
  readonly slumNotDeprived: number;
  readonly slumUnknown: number;
  readonly slumPersonsDeprived: number;
  readonly slumPersonsUnknown: number;
  readonly slumDep: readonly number[];
}

function levelSlots(t: TallyTable): LevelSlots {
  const stages = ['praS', 'ks1', 'ks2', 'ks3', 'ks3plus', 'cannotPlace'];
  return {
    ksFamilies: t.slot('ks.families'),
    ks: Object.fromEntries(stages.map((k) => [k, t.slot(`ks.${k}`)])),
    krsTarget: t.slot('krs.targetFamilies'),
    krsAtRisk: t.slot('krs.atRisk'),
    krsCannotDecide: t.slot('krs.cannotDecide'),
    krsFactor: KRS_FACTORS.map((f) => t.slot(`krs.factor.${f}`)),
    ibKnown: IBANGGA_VERIFIED_VARIABLES.map((v) => t.slot(`ibangga.${v}.known`)),
    ibMet: IBANGGA_VERIFIED_VARIABLES.map((v) => t.slot(`ibangga.${v}.met`)),
    ibSum: t.slot('ibangga.index.sum'),
    ibFamilies: t.slot('ibangga.index.families'),
    sanHouseholds: t.slot('san.households'),
    san: Object.fromEntries(SANITATION_RUNGS.map((r) => [r, t.slot(`san.${r}`)])),
    sanPersons: t.slot('san.persons.total'),
    sanPersonsBy: Object.fromEntries(SANITATION_RUNGS.map((r) => [r, t.slot(`san.persons.${r}`)])),
    slumHouseholds: t.slot('slum.households'),
    slumPersons: t.slot('slum.persons'),
    slumDeprived: t.slot('slum.deprived'),
    slumNotDeprived: t.slot('slum.notDeprived'),
    slumUnknown: t.slot('slum.unknown'),
    slumPersonsDeprived: t.slot('slum.personsDeprived'),
    slumPersonsUnknown: t.slot('slum.personsUnknown'),
    slumDep: SLUM_DEPRIVATIONS.map((d) => t.slot(`slum.dep.${d}`)),
  };
}

/** Options of {@link FamilyTallier}: the source name and the calculators' rules. */
export interface FamilyTallyOptions {
  /** `source` of the tallies; `pk21` by default. */
  readonly source?: string;
  /** How unmet need is classified (e.g. `infecund` to swap the fecundity rule). */
  readonly unmetNeed?: UnmetNeedOptions;
  /** KS answers PK21 does not ask (indicators 1, 2, 4, 5 …), per family, from another source. */
  readonly ksAnswers?: (family: Family) => KsAnswers;
  /** The stunting-risk rule. */
  readonly stuntingRisk?: StuntingRiskRule;
  /** The iBangga livable-house rule and index formula. */
  readonly ibangga?: IbanggaOptions;
  /** The SDG 11.1.1 deprivation rules (also the durable-housing rule of KS indicator 3). */
  readonly deprivations?: DeprivationOptions;
}

/**
 * Tallies PK21 families into {@link FamilyTally}s, one per kampung and month, one family at a time: memory
 * grows with the kampung and months, not with the families. For each family it counts
 *
 * - `fam.*`: the family, its members and its women 15–49;
 * - `fp.*`: each currently married woman 15–49 (the PUS wife) by method, by the DHS revised unmet-need
 *   category of {@link pk21WomanAsDhs} classified by {@link classifyUnmetNeed}, and by the portal's non-user
 *   category ({@link portalNonUseCategory}), so (IAT + TIAL) / PUS is beside the DHS figure;
 * - `fert.*`: every woman's births (her children in the family) and woman-years in the three-year window
 *   before the family's month;
 * - `ks.*`: the family's Keluarga Sejahtera stage ({@link keluargaSejahteraStage} over
 *   {@link ksAnswersFromFamily} and `options.ksAnswers`), or "cannot place";
 * - `krs.*`: whether it is a stunting-risk target family, at risk, undecided, and each factor
 *   ({@link stuntingRisk});
 * - `ibangga.*`: each verified iBangga variable met and known, and the (unverified) score
 *   ({@link ibanggaVariables}, {@link ibanggaScore});
 * - `san.*`: its JMP sanitation rung, as a household and for its members ({@link sanitationLadder});
 * - `slum.*`: its SDG 11.1.1 deprivations, as a household and for its members ({@link householdDeprivations}).
 *
 * @example
 * ```ts
 * const t = new FamilyTallier();
 * for await (const item of parseFamilyCsv(chunks, options)) if (item.kind === 'family') t.addFamily(item.family);
 * t.result(); // [{ kampungId: 'sungai-andai', period: '2021-04', source: 'pk21', values: { 'fp.women': 310, … } }]
 * ```
 */
export class FamilyTallier {
  readonly #table: TallyTable;
  readonly #women: WomanTally;
  readonly #options: FamilyTallyOptions;
  readonly #slots: Readonly<Record<string, number>>;
  readonly #level: LevelSlots;

  constructor(options: FamilyTallyOptions = {}) {
    this.#options = options;
    this.#table = new TallyTable(options.source ?? 'pk21', 'pk21');
    this.#women = new WomanTally(this.#table, false);
    const t = this.#table;
    this.#slots = Object.fromEntries(
      [
        'fam.families',
        'fam.members',
        'fam.women15to49',
        'fp.portal.pregnant',
        'fp.portal.ias',
        'fp.portal.iat',
        'fp.portal.tial',
        'fp.portal.undecided',
        'fp.portal.unknown',
      ].map((k) => [k, t.slot(k)]),
    );
    this.#level = levelSlots(t);
  }

  /** Adds one family. */
  addFamily(family: Family): void {
    const row = this.#table.row(family.kampungId, family.month);
    const s = this.#slots;
    add(row, s['fam.families'] as number, 1);
    add(row, s['fam.members'] as number, family.members.length);
    const at = cmcOfMonth(family.month);
    for (const m of family.members) {
      if (m.sex !== 'female') continue;
      const age = ageInYears(cmcOfMonth(m.birthMonth), at);
      if (age < 15 || age > 49) continue;
      add(row, s['fam.women15to49'] as number, 1);
      const w = pk21WomanAsDhs(m, family);
      this.#women.addFertility(row, w, 1);
      if (m.maritalStatus !== 'married') continue;
      this.#women.addMarried(row, w, classifyUnmetNeed(w, this.#options.unmetNeed).code, 1);
      const portal = portalNonUseCategory(m);
      if (portal !== 'user') add(row, s[`fp.portal.${portal}`] as number, 1);
    }
    this.#addFamilyLevel(row, family);
  }

  #addFamilyLevel(row: Float64Array, family: Family): void {
    const o = this.#options;
    const x = this.#level;
    const persons = family.members.length;
    const extra = o.ksAnswers?.(family);
    const stage = keluargaSejahteraStage(ksAnswersFromFamily(family, extra, o.deprivations));
    add(row, x.ksFamilies, 1);
    add(row, x.ks[stage] as number, 1);
    const krs = stuntingRisk(family, o.stuntingRisk);
    if (krs.target) {
      add(row, x.krsTarget, 1);
      if (krs.atRisk === true) add(row, x.krsAtRisk, 1);
      else if (krs.atRisk === null) add(row, x.krsCannotDecide, 1);
      for (let i = 0; i < KRS_FACTORS.length; i++)
        if (krs.factors[KRS_FACTORS[i] as KrsFactor] === true) add(row, x.krsFactor[i] as number, 1);
    }
    const ib = ibanggaVariables(family, o.ibangga);
    for (let i = 0; i < IBANGGA_VERIFIED_VARIABLES.length; i++) {
      const v = ib[IBANGGA_VERIFIED_VARIABLES[i] as IbanggaVariable];
      if (v === null) continue;
      add(row, x.ibKnown[i] as number, 1);
      if (v) add(row, x.ibMet[i] as number, 1);
    }
    const score = ibanggaScore(ib, o.ibangga);
    if (score !== null) {
      add(row, x.ibSum, score);
      add(row, x.ibFamilies, 1);
    }
    const rung = sanitationLadder(family.housing);
    add(row, x.sanHouseholds, 1);
    add(row, x.san[rung] as number, 1);
    add(row, x.sanPersons, persons);
    add(row, x.sanPersonsBy[rung] as number, persons);
    const dep = householdDeprivations(family, o.deprivations);
    add(row, x.slumHouseholds, 1);
    add(row, x.slumPersons, persons);
    if (dep.deprived === true) {
      add(row, x.slumDeprived, 1);
      add(row, x.slumPersonsDeprived, persons);
    } else if (dep.deprived === null) {
      add(row, x.slumUnknown, 1);
      add(row, x.slumPersonsUnknown, persons);
    } else add(row, x.slumNotDeprived, 1);
    for (let i = 0; i < SLUM_DEPRIVATIONS.length; i++)
      if (dep[SLUM_DEPRIVATIONS[i] as (typeof SLUM_DEPRIVATIONS)[number]] === true)
        add(row, x.slumDep[i] as number, 1);
  }

  /** One tally per kampung and month, sorted by kampung then month. */
  result(): FamilyTally[] {
    return this.#table.result();
  }
}
