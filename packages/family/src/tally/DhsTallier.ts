import type { FamilyTally } from '@kampung-kb/model';
import { classifyUnmetNeed, type UnmetNeedOptions } from '../calculators/classifyUnmetNeed.js';
import type { DhsWoman } from '../model/dhsWoman.js';
import { TallyTable } from './internal/tallyTable.js';
import { WomanTally } from './internal/womanTally.js';

/** Options of {@link DhsTallier}. */
export interface DhsTallierOptions {
  /** The kampung id (or any group id) a woman is counted in, e.g. from her cluster `v001`. */
  groupOf(w: DhsWoman): string;
  /** The month the tallies hold from (`YYYY-MM`), e.g. the survey's middle month. */
  readonly period: string;
  /** `source` of the tallies; `dhs` by default. */
  readonly source?: string;
  /**
   * How unmet need is classified; by default the recode's own `v626a` is kept when present
   * (`preferRecoded: true`), as `FP_NEED.do` does, and rebuilt otherwise.
   */
  readonly unmetNeed?: UnmetNeedOptions;
}

/**
 * Tallies DHS women's-recode records into {@link FamilyTally}s, one per group, weighted by the women's
 * sample weight `v005 / 1,000,000` (a woman without `v005` weighs 1, for unweighted files): family planning
 * among currently married women (`fp.*`: users by method, `fp.need.*` by `v626a`) and all women
 * (`fpAll.*`), and fertility (`fert.*`: births and woman-years in the three-year window by age group, and the
 * Lexis-weighted 10–14 counts) as `FE_RATES.do` and `FE_ASFR_10_14.do` compute them. Women outside 15–49
 * (`v012`) add nothing (`skipped` counts them). The portal's categories (`fp.portal.*`) are PK21's and are
 * not given. Ever-married samples' all-women factors (`awfact*`) are not applied.
 *
 * @example
 * ```ts
 * const t = new DhsTallier({ groupOf: (w) => `cluster-${w.v001}`, period: '2017-09' });
 * for (const w of women) t.addWoman(w);
 * t.result()[0]?.values['fp.need.unmetSpacing'];
 * ```
 */
export class DhsTallier {
  readonly #options: DhsTallierOptions;
  readonly #table: TallyTable;
  readonly #women: WomanTally;
  readonly #unmet: UnmetNeedOptions;
  /** Women outside 15–49 (or without an age), left out. */
  skipped = 0;

  constructor(options: DhsTallierOptions) {
    this.#options = options;
    this.#table = new TallyTable(options.source ?? 'dhs', 'dhs');
    this.#women = new WomanTally(this.#table, true);
    this.#unmet = { preferRecoded: true, ...options.unmetNeed };
  }

  /** Adds one woman. */
  addWoman(w: DhsWoman): void {
    if (w.v012 === null || w.v012 < 15 || w.v012 > 49) {
      this.skipped++;
      return;
    }
    const weight = w.v005 === null ? 1 : w.v005 / 1_000_000;
    const row = this.#table.row(this.#options.groupOf(w), this.#options.period);
    const need = classifyUnmetNeed(w, this.#unmet).code;
    this.#women.addAnyWoman(row, w, need, weight);
    if (w.v502 === 1) this.#women.addMarried(row, w, need, weight);
    this.#women.addFertility(row, w, weight);
  }

  /** One tally per group, sorted by group id. */
  result(): FamilyTally[] {
    return this.#table.result();
  }
}
