import type { FamilyTally } from '@kampung-kb/model';
import { classifyUnmetNeed, type UnmetNeedOptions } from '../calculators/classifyUnmetNeed.js';
import { ageInYears, cmcOfMonth } from '../calculators/cmc.js';
import { type DeprivationOptions, householdDeprivations } from '../calculators/householdDeprivations.js';
import { type IbanggaOptions, ibanggaScore, ibanggaVariables } from '../calculators/ibanggaVariables.js';
import {
  type KsAnswers,
  keluargaSejahteraStage,
  ksAnswersFromFamily,
} from '../calculators/keluargaSejahteraStage.js';
import { pk21WomanAsDhs, portalNonUseCategory } from '../calculators/pk21WomanAsDhs.js';
import { sanitationLadder } from '../calculators/sanitationLadder.js';
import { type StuntingRiskRule, stuntingRisk } from '../calculators/stuntingRisk.js';
import type { Family } from '../model/family.js';
import { TallyTable } from './internal/tallyTable.js';
import { add, WomanTally } from './internal/womanTally.js';

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
    const t = this.#table;
    const o = this.#options;
    const one = (key: string, x = 1) => add(row, t.slot(key), x);
    const persons = family.members.length;
    const extra = o.ksAnswers?.(family);
    const stage = keluargaSejahteraStage(ksAnswersFromFamily(family, extra, o.deprivations));
    one('ks.families');
    one(`ks.${stage}`);
    const krs = stuntingRisk(family, o.stuntingRisk);
    if (krs.target) {
      one('krs.targetFamilies');
      if (krs.atRisk === true) one('krs.atRisk');
      else if (krs.atRisk === null) one('krs.cannotDecide');
      for (const [f, v] of Object.entries(krs.factors)) if (v === true) one(`krs.factor.${f}`);
    }
    const ib = ibanggaVariables(family, o.ibangga);
    for (const [v, x] of Object.entries(ib)) {
      if (x === null) continue;
      one(`ibangga.${v}.known`);
      if (x) one(`ibangga.${v}.met`);
    }
    const score = ibanggaScore(ib, o.ibangga);
    if (score !== null) {
      one('ibangga.index.sum', score);
      one('ibangga.index.families');
    }
    const rung = sanitationLadder(family.housing);
    one('san.households');
    one(`san.${rung}`);
    one('san.persons.total', persons);
    one(`san.persons.${rung}`, persons);
    const dep = householdDeprivations(family, o.deprivations);
    one('slum.households');
    one('slum.persons', persons);
    if (dep.deprived === true) {
      one('slum.deprived');
      one('slum.personsDeprived', persons);
    } else if (dep.deprived === null) {
      one('slum.unknown');
      one('slum.personsUnknown', persons);
    } else one('slum.notDeprived');
    for (const d of ['water', 'sanitation', 'crowding', 'durability', 'tenure'] as const) {
      if (dep[d] === true) one(`slum.dep.${d}`);
    }
  }

  /** One tally per kampung and month, sorted by kampung then month. */
  result(): FamilyTally[] {
    return this.#table.result();
  }
}
