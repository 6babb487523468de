import type { Label, Lang } from '@kampung-kb/model';
import type { ScoreBand, SubIndicatorDefinition } from './classificationSubIndicators.js';

/**
 * What a score change asks for on the basis: at least `value` (most sub-indicators) or at most `value`
 * (unmet need, where lower is better); `null` for `flags` sub-indicators, which name the band instead.
 */
export interface BasisTarget {
  readonly bound: 'atLeast' | 'atMost';
  readonly value: number;
}

/**
 * A score change described concretely from the band data.
 *
 * @example
 * ```ts
 * const d: ScoreChangeDescription = describeScoreChange(cprDefinition, 43, 3, 4);
 * d.target; // { bound: 'atLeast', value: 51 }
 * ```
 */
export interface ScoreChangeDescription {
  /** The basis the new score needs; `null` for flags (Pokja; mentor and regulation). */
  readonly target: BasisTarget | null;
  /** The band the new score is in. */
  readonly band: ScoreBand;
  /** E.g. `CPR dari 43 % ke ≥ 51 % (skor 3 → 4)` / `CPR from 43 % to ≥ 51 % (score 3 → 4)`. */
  readonly text: Label;
}

/** Whether the sub-indicator's bands score lower values higher (unmet need): its score-1 band is open above. */
export function lowerIsBetter(def: SubIndicatorDefinition): boolean {
  const first = def.bands.find((b) => b.score === 1);
  return first !== undefined && first.max === null && first.min !== null;
}

const NO_DATA: Label = { id: 'belum ada data', en: 'no data yet' };

function scorePart(from: number, to: number, lang: Lang): string {
  return `(${lang === 'id' ? 'skor' : 'score'} ${from} → ${to})`;
}

function unitOf(def: SubIndicatorDefinition, n: number, lang: Lang): string {
  if (def.unit === undefined) return '';
  return ` ${(n === 1 ? def.unit.one : def.unit.other)[lang]}`;
}

/**
 * Describes raising a sub-indicator from one score to another with what it takes on the basis, using the
 * band data of {@link classificationSubIndicators}:
 * - a percentage: `CPR dari 43 % ke ≥ 51 % (skor 3 → 4)` / `CPR from 43 % to ≥ 51 % (score 3 → 4)`; for
 *   unmet need, lower is better: `Unmet need dari 15 % ke ≤ 9 % (skor 1 → 3)`;
 * - a count: `Sumber dana: tambah 1 sumber, dari 1 ke 2 (skor 2 → 3)` /
 *   `Funding sources: add 1 source, from 1 to 2 (score 2 → 3)`;
 * - flags: the band reached, `Pokja: dari 'Pokja ada, …' ke 'Pokja ada, dengan anggota dan sudah dilatih'`.
 *
 * A missing basis (`null`, scored 1) says `belum ada data` / `no data yet` and names the value to reach.
 * Percentages are the integer percentages the portal bands (`≥ 51 %` means a rounded CPR of 51 or more).
 * `undefined` when `toScore` has no band.
 *
 * @example
 * ```ts
 * const cpr = classificationSubIndicators.find((s) => s.id === 'cpr');
 * if (cpr) describeScoreChange(cpr, 43, 3, 4)?.text.en; // 'CPR from 43 % to ≥ 51 % (score 3 → 4)'
 * ```
 */
export function describeScoreChange(
  def: SubIndicatorDefinition,
  basis: number | null,
  fromScore: number,
  toScore: number,
): ScoreChangeDescription | undefined {
  const band = def.bands.find((b) => b.score === toScore);
  if (band === undefined) return undefined;
  const lower = lowerIsBetter(def);
  if (def.basisKind === 'flags') {
    const fromBand = basis === null ? null : def.bands.find((b) => b.score === fromScore);
    const one = (lang: Lang): string => {
      const from = fromBand === null || fromBand === undefined ? NO_DATA[lang] : `'${fromBand.label[lang]}'`;
      const word = lang === 'id' ? ['dari', 'ke'] : ['from', 'to'];
      return `${def.label[lang]}: ${word[0]} ${from} ${word[1]} '${band.label[lang]}' ${scorePart(fromScore, toScore, lang)}`;
    };
    return { target: null, band, text: { id: one('id'), en: one('en') } };
  }
  const bound = lower ? band.max : band.min;
  const value = bound ?? 0;
  const target: BasisTarget = { bound: lower ? 'atMost' : 'atLeast', value };
  const sign = lower ? '≤' : '≥';
  const one = (lang: Lang): string => {
    const score = scorePart(fromScore, toScore, lang);
    if (def.basisKind === 'percent') {
      const from = basis === null ? NO_DATA[lang] : `${basis} %`;
      return lang === 'id'
        ? `${def.label.id} dari ${from} ke ${sign} ${value} % ${score}`
        : `${def.label.en} from ${from} to ${sign} ${value} % ${score}`;
    }
    if (basis === null) {
      return lang === 'id'
        ? `${def.label.id}: ${NO_DATA.id}; capai ${sign} ${value}${unitOf(def, value, lang)} ${score}`
        : `${def.label.en}: ${NO_DATA.en}; reach ${sign} ${value}${unitOf(def, value, lang)} ${score}`;
    }
    const add = value - basis;
    return lang === 'id'
      ? `${def.label.id}: tambah ${add}${unitOf(def, add, lang)}, dari ${basis} ke ${value} ${score}`
      : `${def.label.en}: add ${add}${unitOf(def, add, lang)}, from ${basis} to ${value} ${score}`;
  };
  return { target, band, text: { id: one('id'), en: one('en') } };
}
