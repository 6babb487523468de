import type { DhsWoman } from '../model/dhsWoman.js';

/** The categories of DHS `v626a` (revised unmet need): see {@link classifyUnmetNeed}. */
export type UnmetNeedCode = 0 | 1 | 2 | 3 | 4 | 7 | 8 | 9 | 98 | 99;

/** What {@link classifyUnmetNeed} returns: the `v626a` code and the box of the flowchart that placed her. */
export interface UnmetNeedResult {
  readonly code: UnmetNeedCode;
  /**
   * The rule that assigned the code, in `FP_NEED.do` order: `everMarriedSample`, `user.limiting`,
   * `user.spacing`, `pregnantOrPpa.then|later|notAtAll|missing`, `infecund.box1` … `infecund.box6` (or the
   * box an `infecund` rule names), `unmarried.neverHadSex`, `unmarried.notSexuallyActive`,
   * `fecund.wantsSoon|wantsLater|wantsNoMore|missing`; `recode` when the recode's own `v626a` was kept.
   */
  readonly box: string;
}

/** The times {@link classifyUnmetNeed} derives before it classifies (as `FP_NEED.do` names them). */
export interface UnmetNeedTimes {
  /** Months since the last birth (`v222`), `null` when she has had none. */
  readonly tsinceb: number | null;
  /** Months since the last menstrual period from `v215`, `null` when `v215` is not a duration. */
  readonly tsincep: number | null;
  /** Pregnant or postpartum amenorrhoeic. */
  readonly pregPPA: boolean;
  /** Pregnant, or postpartum amenorrhoeic for less than 24 months. */
  readonly pregPPA24: boolean;
}

/**
 * A fecundity rule: the box that declares a woman infecund, or `null` when she is fecund. It is asked only
 * of non-users who are not pregnant or postpartum amenorrhoeic for less than 24 months.
 */
export type InfecundityRule = (w: DhsWoman, times: UnmetNeedTimes) => string | null;

/** Options of {@link classifyUnmetNeed}. */
export interface UnmetNeedOptions {
  /**
   * Replaces the DHS fecundity rule ({@link dhsInfecundity}, boxes 1–6 of Bradley et al. 2012, Figure 2):
   * e.g. a register without a menstrual-period question may declare infecund only the women who say so.
   * The box it returns is reported as `infecund.<box>`.
   */
  readonly infecund?: InfecundityRule;
  /** The survey interviewed only ever-married women: an unmarried woman is 98 (step 0 of `FP_NEED.do`). */
  readonly everMarriedSample?: boolean;
  /** Keep the recode's own `v626a` when it has one (as `FP_NEED.do` does when the variable is present). */
  readonly preferRecoded?: boolean;
}

const CODES: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 7, 8, 9, 98, 99]);

/**
 * `tsincep` of `FP_NEED.do`: months since the last period from `v215` (100s days, 200s weeks, 300s months,
 * 400s years); `null` for the special codes (993–996) and missing.
 *
 * @example
 * ```ts
 * monthsSincePeriod(213); // 3 (13 weeks / 4.3)
 * ```
 */
export function monthsSincePeriod(v215: number | null): number | null {
  if (v215 === null) return null;
  if (v215 >= 100 && v215 <= 190) return Math.trunc((v215 - 100) / 30);
  if (v215 >= 200 && v215 <= 290) return Math.trunc((v215 - 200) / 4.3);
  if (v215 >= 300 && v215 <= 390) return v215 - 300;
  if (v215 >= 400 && v215 <= 490) return (v215 - 400) * 12;
  return null;
}

/**
 * The derived times of `FP_NEED.do` (group 2's selection): months since the last birth and period, and
 * whether she is pregnant or postpartum amenorrhoeic (for less than 24 months).
 *
 * @example
 * ```ts
 * unmetNeedTimes({ ...woman, v222: 12, v215: 314, m6_1: null }).pregPPA24; // true
 * ```
 */
export function unmetNeedTimes(w: DhsWoman): UnmetNeedTimes {
  const tsinceb = w.v222;
  const tsincep = monthsSincePeriod(w.v215);
  const m6 = w.m6_1;
  const m6Missing = m6 === null || m6 === 99 || m6 === 97;
  const pregPPA =
    w.v213 === 1 ||
    m6 === 96 ||
    (m6Missing && tsincep !== null && tsinceb !== null && tsincep > tsinceb && tsinceb < 60) ||
    (m6Missing && w.v215 === 995 && tsinceb !== null && tsinceb < 60);
  const pregPPA24 = w.v213 === 1 || (pregPPA && tsinceb !== null && tsinceb < 24);
  return { tsinceb, tsincep, pregPPA, pregPPA24 };
}

/**
 * The DHS fecundity rule (Bradley et al. 2012, Figure 2; `FP_NEED.do`, group 3). Later boxes override
 * earlier ones, as the `replace infec=…` lines do, so the box named is the last that holds:
 *
 * 1. currently married (`v502 = 1`) for 5 years or more (`v512 ≥ 5`), no birth in the last 5 years
 *    (`v222 > 59` or none) and never used contraception (`v302a = 0`);
 * 2. declared infecund (`v605 = 7`);
 * 3. reason for not using: menopausal or hysterectomy (`v3a08d = 1`);
 * 4. last period 6 months ago or more and not postpartum amenorrhoeic;
 * 5. menopausal or hysterectomy on time since last period (`v215` 994 or 993; survey exceptions TR3, UG3 and
 *    YE2 are left out), or never menstruated (`v215 = 996`) with no birth in the last 5 years;
 * 6. last period before the last birth (`v215 = 995`) with the last birth 5 years ago or more, or no birth.
 *
 * @example
 * ```ts
 * dhsInfecundity({ ...woman, v605: 7 }, unmetNeedTimes({ ...woman, v605: 7 })); // 'box2'
 * ```
 */
export function dhsInfecundity(w: DhsWoman, t: UnmetNeedTimes): string | null {
  let box: string | null = null;
  const noBirth5y = t.tsinceb === null || t.tsinceb > 59;
  if (w.v502 === 1 && w.v512 !== null && w.v512 >= 5 && noBirth5y && w.v302a === 0) box = 'box1';
  if (w.v605 === 7) box = 'box2';
  if (w.v3a08d === 1) box = 'box3';
  if (t.tsincep !== null && t.tsincep >= 6 && !t.pregPPA) box = 'box4';
  if (w.v215 === 994 || w.v215 === 993 || (w.v215 === 996 && noBirth5y)) box = 'box5';
  if (w.v215 === 995 && (t.tsinceb === null || t.tsinceb >= 60)) box = 'box6';
  return box;
}

const r = (code: UnmetNeedCode, box: string): UnmetNeedResult => ({ code, box });

/**
 * Classifies a woman by the DHS revised definition of unmet need (Bradley, Croft, Fishel & Westoff 2012,
 * *Revising Unmet Need for Family Planning*, DHS Analytical Studies 25), following the DHS Program's own code
 * line by line (`DHS-Indicators-Stata`, `Chap07_FP/DHS8/FP_NEED.do`): the rules are tried in order and the
 * first that assigns a code wins.
 *
 * 0. (`everMarriedSample`) unmarried → 98;
 * 1. users (`v312 ≠ 0`): wants no more, sterilised or declared infecund (`v605` 5–7) → 4, else 3;
 * 2. pregnant, or postpartum amenorrhoeic for less than 24 months: the current pregnancy (`v225`, or the last
 *    birth's `m10_1` when she is not pregnant and `v225` is missing) wanted then → 7, later → 1 (also the
 *    survey codes 4 and 8), not at all → 2, missing → 99;
 * 3. infecund ({@link dhsInfecundity}, or `options.infecund`) → 9;
 * 4. unmarried (`v502 ≠ 1`) who never had sex (`v525 = 0`) → 0; unmarried and not sexually active in the last
 *    30 days (`v528` 0–30 or 95) → 8;
 * 5. fecund non-users by desire (`v605`): within 2 years → 7; later, unsure of timing or undecided (2–4) → 1;
 *    no more (5) → 2; else → 99.
 *
 * One deviation, for safety: a missing method (`v312` null) is not a user (Stata's `. != 0` would make her
 * one); the Guide to DHS Statistics counts missing use as non-use. Survey-specific overrides of `FP_NEED.do`
 * (Niger 1992, India, Lesotho 2009 …) are not applied; `options.infecund` is the hook for such changes.
 *
 * @example
 * ```ts
 * classifyUnmetNeed({ ...woman, v312: 0, v213: 0, v502: 1, v605: 5 }); // { code: 2, box: 'fecund.wantsNoMore' }
 * ```
 */
export function classifyUnmetNeed(w: DhsWoman, options: UnmetNeedOptions = {}): UnmetNeedResult {
  if (options.preferRecoded && w.v626a !== null && CODES.has(w.v626a)) {
    return r(w.v626a as UnmetNeedCode, 'recode');
  }
  if (options.everMarriedSample && w.v502 !== 1) return r(98, 'everMarriedSample');
  if (w.v312 !== null && w.v312 !== 0) {
    return w.v605 !== null && w.v605 >= 5 && w.v605 <= 7 ? r(4, 'user.limiting') : r(3, 'user.spacing');
  }
  const t = unmetNeedTimes(w);
  if (t.pregPPA24) {
    let wanted = w.v225;
    if ((wanted === null || wanted === 9) && w.v213 !== 1) wanted = w.m10_1;
    if (wanted === 4 || wanted === 8) wanted = 2;
    if (wanted === 1) return r(7, 'pregnantOrPpa.then');
    if (wanted === 2) return r(1, 'pregnantOrPpa.later');
    if (wanted === 3) return r(2, 'pregnantOrPpa.notAtAll');
    if (wanted === null || wanted === 9) return r(99, 'pregnantOrPpa.missing');
  }
  const box = t.pregPPA24 ? null : (options.infecund ?? dhsInfecundity)(w, t);
  if (box !== null) return r(9, `infecund.${box}`);
  if (w.v502 !== 1) {
    if (w.v525 === 0) return r(0, 'unmarried.neverHadSex');
    const sexact = w.v528 !== null && ((w.v528 >= 0 && w.v528 <= 30) || w.v528 === 95);
    if (!sexact) return r(8, 'unmarried.notSexuallyActive');
  }
  if (w.v605 === 1) return r(7, 'fecund.wantsSoon');
  if (w.v605 !== null && w.v605 >= 2 && w.v605 <= 4) return r(1, 'fecund.wantsLater');
  if (w.v605 === 5) return r(2, 'fecund.wantsNoMore');
  return r(99, 'fecund.missing');
}
