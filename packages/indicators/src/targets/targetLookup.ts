import { type PeriodId, parentRegionCode, parsePeriodId } from '@kampung-kb/model';
import type { AggregationLevel } from '../aggregation/aggregate.js';
import type { IndicatorTargetResult } from '../engine/indicatorResult.js';
import { achievement } from './achievement.js';
import { onTrack } from './onTrack.js';
import { NATIONAL_REGION_CODE, type Target } from './target.js';

/**
 * Finds the target a result is compared with, the one way every engine does (the JavaScript engine and the
 * SQL backend): by indicator and year, for the org unit itself or its nearest ancestor (a kampung's
 * kelurahan, then kecamatan, regency, province, then the national target `ID`), and computes the
 * achievement and whether the value is on track.
 *
 * @example
 * ```ts
 * const lookup = new TargetLookup([{ indicatorId: 'cpr-portal', regionCode: '63.71', year: 2020, value: 60,
 *   direction: 'higherIsBetter', source: 'RPJMD' }]);
 * lookup.result('cpr-portal', 'district', '63.71.01', '202012', 57)?.regionCode; // '63.71'
 * ```
 */
export class TargetLookup {
  readonly #targets = new Map<string, Target>();
  readonly #kampungRegion = new Map<string, string>();

  constructor(targets: readonly Target[]) {
    for (const t of targets) this.#targets.set(`${t.indicatorId}|${t.regionCode}|${t.year}`, t);
  }

  /** Whether there is any target (when not, {@link TargetLookup.result} is always `undefined`). */
  get size(): number {
    return this.#targets.size;
  }

  /** Tells where a kampung lies, so a kampung's result finds its region's target. */
  setKampungRegion(kampungId: string, regionCode: string): void {
    this.#kampungRegion.set(kampungId, regionCode);
  }

  /** The target of an indicator's value for an org unit and period, or `undefined` when none applies. */
  result(
    indicatorId: string,
    level: AggregationLevel,
    orgUnit: string,
    period: PeriodId,
    value: number | null,
  ): IndicatorTargetResult | undefined {
    if (this.#targets.size === 0) return undefined;
    const year = parsePeriodId(period)?.year;
    const chain: string[] = [];
    let code: string | undefined = level === 'kampung' ? this.#kampungRegion.get(orgUnit) : orgUnit;
    if (level === 'kampung') chain.push(orgUnit);
    while (code !== undefined) {
      chain.push(code);
      code = parentRegionCode(code);
    }
    chain.push(NATIONAL_REGION_CODE);
    for (const regionCode of chain) {
      const t = this.#targets.get(`${indicatorId}|${regionCode}|${year}`);
      if (!t) continue;
      const track = onTrack(value, t, period);
      return {
        regionCode,
        year: t.year,
        value: t.value,
        direction: t.direction,
        source: t.source,
        achievement: achievement(value, t),
        onTrack: track.onTrack,
        expected: track.expected,
      };
    }
    return undefined;
  }
}
