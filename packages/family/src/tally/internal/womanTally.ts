import { contraceptiveMethods, FERTILITY_AGE_GROUPS, UNMET_NEED_KEY } from '@kampung-kb/model';
import type { UnmetNeedCode } from '../../calculators/classifyUnmetNeed.js';
import { adolescentExposure10to14, fertilityExposure } from '../../calculators/fertilityExposure.js';
import type { DhsWoman } from '../../model/dhsWoman.js';
import type { TallyTable } from './tallyTable.js';

const BY_V312: Readonly<Record<number, string>> = {
  1: 'pill',
  2: 'iud',
  3: 'injectable',
  5: 'condom',
  6: 'mow',
  7: 'mop',
  11: 'implant',
  13: 'mal',
};
const MODERN_V312 = new Set([1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 15, 16, 17, 18]);

/**
 * The method a woman uses as a `fp.users.<method>` key, and whether it is modern: `v313` decides modern
 * (3) or traditional (1, 2) as the reference advises; `v312` names the method; a modern method outside the
 * SDK's list is `otherModern`. `null` for a non-user.
 */
export function methodOf(w: DhsWoman): { key: string; modern: boolean } | null {
  const v313 = w.v313;
  const v312 = w.v312;
  let modern: boolean;
  if (v313 === 3) modern = true;
  else if (v313 === 1 || v313 === 2) modern = false;
  else if (v313 === null && v312 !== null && v312 !== 0) modern = MODERN_V312.has(v312);
  else return null;
  if (!modern) return { key: 'traditional', modern };
  return { key: (v312 !== null ? BY_V312[v312] : undefined) ?? 'otherModern', modern };
}

/** Slots of the woman-level keys in a table, resolved once. */
export class WomanTally {
  readonly #need: Readonly<Record<number, number>>;
  readonly #users: Readonly<Record<string, number>>;
  readonly #births: number[];
  readonly #exposure: number[];
  readonly #s: Readonly<Record<string, number>>;

  constructor(t: TallyTable, withOtherModern: boolean) {
    this.#need = Object.fromEntries(
      Object.entries(UNMET_NEED_KEY).map(([code, name]) => [code, t.slot(`fp.need.${name}`)]),
    );
    const methods = contraceptiveMethods.items.map((m) => m.code as string);
    if (withOtherModern) methods.push('otherModern');
    this.#users = Object.fromEntries(methods.map((m) => [m, t.slot(`fp.users.${m}`)]));
    this.#births = FERTILITY_AGE_GROUPS.map((g) => t.slot(`fert.births.${g.code}`));
    this.#exposure = FERTILITY_AGE_GROUPS.map((g) => t.slot(`fert.exposure.${g.code}`));
    const keys = ['fp.women', 'fp.usersAny', 'fp.usersModern', 'fp.usersTraditional', 'fp.need.metModern'];
    keys.push('fert.abr10to14.births', 'fert.abr10to14.exposure');
    if (withOtherModern)
      keys.push('fpAll.women', 'fpAll.usersAny', 'fpAll.usersModern', 'fpAll.unmet', 'fpAll.demand');
    this.#s = Object.fromEntries(keys.map((k) => [k, t.slot(k)]));
  }

  /** Adds a currently married woman 15–49 (`fp.*`) with a weight. */
  addMarried(row: Float64Array, w: DhsWoman, need: UnmetNeedCode, weight: number): void {
    const s = this.#s;
    const method = methodOf(w);
    add(row, s['fp.women'] as number, weight);
    if (method) {
      add(row, s['fp.usersAny'] as number, weight);
      add(row, s[method.modern ? 'fp.usersModern' : 'fp.usersTraditional'] as number, weight);
      add(row, this.#users[method.key] as number, weight);
    }
    add(row, this.#need[need] as number, weight);
    if ((need === 3 || need === 4) && method?.modern) add(row, s['fp.need.metModern'] as number, weight);
  }

  /** Adds a woman 15–49 of any marital status (`fpAll.*`, surveys) with a weight. */
  addAnyWoman(row: Float64Array, w: DhsWoman, need: UnmetNeedCode, weight: number): void {
    const s = this.#s;
    const method = methodOf(w);
    add(row, s['fpAll.women'] as number, weight);
    if (method) {
      add(row, s['fpAll.usersAny'] as number, weight);
      if (method.modern) add(row, s['fpAll.usersModern'] as number, weight);
    }
    if (need === 1 || need === 2) add(row, s['fpAll.unmet'] as number, weight);
    if (need >= 1 && need <= 4) add(row, s['fpAll.demand'] as number, weight);
  }

  /** Adds a woman's births and woman-years (three-year window, and Lexis-weighted 10–14) with a weight. */
  addFertility(row: Float64Array, w: DhsWoman, weight: number): void {
    const e = fertilityExposure(w);
    for (let n = 0; n < this.#births.length; n++) {
      add(row, this.#births[n] as number, weight * (e.births[n] as number));
      add(row, this.#exposure[n] as number, (weight * (e.exposureMonths[n] as number)) / 12);
    }
    const a = adolescentExposure10to14(w);
    if (a.exposureYears > 0) {
      add(row, this.#s['fert.abr10to14.births'] as number, weight * a.births);
      add(row, this.#s['fert.abr10to14.exposure'] as number, weight * a.exposureYears);
    }
  }
}

/** Adds to one slot of a row. */
export function add(row: Float64Array, slot: number, x: number): void {
  row[slot] = (row[slot] as number) + x;
}
