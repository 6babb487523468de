import type { Environment, EvalContext } from '@kampung-kb/expr';
import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import {
  type Dataset,
  monthsOf,
  type PeriodId,
  parentRegionCode,
  parsePeriodId,
  previousPeriod,
  samePeriodLastYear,
} from '@kampung-kb/model';
import {
  type AggregatedValue,
  type AggregatedValues,
  type AggregationLevel,
  type AggregationResult,
  Aggregator,
  datasetRecords,
  type TypedRecord,
} from '../aggregation/aggregate.js';
import { achievement } from '../targets/achievement.js';
import { change } from '../targets/change.js';
import { onTrack } from '../targets/onTrack.js';
import { NATIONAL_REGION_CODE, type Target } from '../targets/target.js';
import { expandIndicators } from './expandIndicators.js';
import { INDICATOR_DATA_ELEMENTS, type IndicatorDataElement } from './indicatorDataElements.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import { indicatorEnvironment } from './indicatorEnvironment.js';
import type {
  IndicatorNullReason,
  IndicatorResult,
  IndicatorTargetResult,
  IndicatorTrend,
} from './indicatorResult.js';
import {
  type CompiledIndicator,
  compileIndicator,
  type IndicatorDefinitionError,
} from './internal/compileIndicator.js';

/**
 * The earlier periods a result can be compared with: the previous period of the same type (`2020Q1` →
 * `2019Q4`) and the same period a year earlier (`2020Q1` → `2019Q1`).
 *
 * @example
 * ```ts
 * const t: TrendKind = 'samePeriodLastYear';
 * ```
 */
export type TrendKind = 'previousPeriod' | 'samePeriodLastYear';

/**
 * Options of {@link computeIndicators} and {@link IndicatorEngine}.
 *
 * @example
 * ```ts
 * const o: ComputeIndicatorsOptions = {
 *   indicators: defaultIndicatorCatalogue, level: ['kampung', 'regency'], periods: ['2020Q1', '2020'],
 *   trends: true, targets: [{ indicatorId: 'cpr-all', regionCode: '63.71', year: 2020, value: 66,
 *     direction: 'higherIsBetter', source: 'Renstra' }],
 * };
 * ```
 */
export interface ComputeIndicatorsOptions {
  /** Definitions (templates are expanded). */
  readonly indicators: readonly IndicatorDefinition[];
  /** One level, or several computed from one pass over the records. */
  readonly level: AggregationLevel | readonly AggregationLevel[];
  /** DHIS2 period ids (`2020`, `2020S1`, `2020Q1`, `202001`; `2020-01` is read as `202001`). */
  readonly periods: readonly string[];
  /** Targets to compare with (matched by indicator, year, and the org unit or its nearest ancestor). */
  readonly targets?: readonly Target[];
  /** Add the previous period's and/or last year's value and the change (`true` = both). */
  readonly trends?: boolean | readonly TrendKind[];
  /** The data elements expressions can read; {@link INDICATOR_DATA_ELEMENTS} when absent. */
  readonly elements?: readonly IndicatorDataElement[];
}

/** A definition the engine could not compile, with its errors. */
export interface InvalidIndicator {
  readonly id: string;
  readonly errors: readonly IndicatorDefinitionError[];
}

interface Needs {
  readonly current: readonly string[];
  readonly prev: readonly string[];
  readonly lastYear: readonly string[];
}

interface Prepared {
  readonly compiled: CompiledIndicator;
  readonly needs: Needs;
  readonly levels: ReadonlySet<string>;
  readonly periodTypes: ReadonlySet<string>;
}

/** One (level, period) whose groups the engine computes, with an aggregator per element filter. */
interface Slot {
  readonly level: AggregationLevel;
  readonly period: PeriodId;
  /** First and last month of the period (`YYYY-MM`), and its year when it is a year period. */
  readonly first: string;
  readonly last: string;
  readonly year: number | undefined;
  readonly main: Aggregator;
  readonly filtered: { readonly where: Readonly<Record<string, string>>; readonly agg: Aggregator }[];
}

/** The values of one group, as the expressions read them. */
interface GroupData {
  readonly group: AggregatedValues;
  readonly values: Readonly<Record<string, AggregatedValue>>;
  readonly record: Record<string, unknown>;
}

type Evaluation = Pick<IndicatorResult, 'numerator' | 'denominator' | 'value' | 'nullReason' | 'anyMissing'>;

const slotKey = (level: string, period: string): string => `${level}|${period}`;

function filterKey(where: Readonly<Record<string, string>> | undefined): string {
  if (!where) return '';
  return JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Drops binary floating-point noise (`1850.0000000000002`) before a value is reported or rounded. */
function clean(x: number): number {
  return Number.isInteger(x) ? x : roundDecimal(x, 10);
}

function isIterable(x: unknown): x is Iterable<TypedRecord> {
  return typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/**
 * Computes indicator definitions over a record stream, one record at a time, for one or more levels and
 * periods, with memory proportional to the groups (org unit × period) and never to the records: each
 * (level, period) has an {@link Aggregator} that only keeps the data elements the indicators read.
 *
 * `results()` yields the results period by period; a period's groups are materialised only while its
 * results (and the trends that need them) are produced.
 *
 * Expressions are compiled once per engine. For each group they are evaluated on the aggregated element
 * values: stocks are the last value in the period summed over kampung, flows are summed over both, so a
 * city's CPR is Σ users / Σ PUS, not the mean of its kampung CPRs. Missing data: an element without a
 * value in the group is `null`; a numerator or denominator that comes out `null` because of it makes the
 * value `null` with reason `no-data`, unless the definition says `missingAs: 'zero'` (even then, a group
 * in which none of the elements read has a value is `no-data`). A denominator of 0 gives
 * `zero-denominator`. Definitions that do not compile give rows with `invalid-definition` (and are listed
 * in {@link IndicatorEngine.invalidIndicators}).
 *
 * @example
 * ```ts
 * const engine = new IndicatorEngine({ indicators: defaultIndicatorCatalogue, level: 'district',
 *   periods: ['2020Q1'] });
 * for await (const r of readRecords()) engine.add(r);
 * for (const row of engine.results()) console.log(row.indicatorId, row.orgUnit, row.value);
 * ```
 */
export class IndicatorEngine {
  /** Definitions that did not compile (after template expansion), with their errors. */
  readonly invalidIndicators: readonly InvalidIndicator[];
  /** Periods given that are not period ids (left out). */
  readonly invalidPeriods: readonly string[];
  readonly #levels: readonly AggregationLevel[];
  readonly #periods: readonly PeriodId[];
  readonly #prepared: readonly Prepared[];
  readonly #invalidDefinitions: readonly IndicatorDefinition[];
  readonly #slots = new Map<string, Slot>();
  readonly #allSlots: Slot[] = [];
  readonly #trendPrev: boolean;
  readonly #trendLastYear: boolean;
  readonly #usesPrev: boolean;
  readonly #usesLastYear: boolean;
  readonly #targets: ReadonlyMap<string, Target>;
  readonly #kampungRegion = new Map<string, string>();
  readonly #routes = new Map<string, readonly Slot[]>();
  readonly #paths = new Map<string, readonly string[]>();

  constructor(options: ComputeIndicatorsOptions) {
    const elements = options.elements ?? INDICATOR_DATA_ELEMENTS;
    const env: Environment = indicatorEnvironment(elements);
    const prepared: Prepared[] = [];
    const invalid: InvalidIndicator[] = [];
    const invalidDefs: IndicatorDefinition[] = [];
    for (const def of expandIndicators(options.indicators)) {
      const c = compileIndicator(def, env);
      if (!c.compiled) {
        invalid.push({ id: String(def.id), errors: c.errors });
        invalidDefs.push(def);
        continue;
      }
      prepared.push({
        compiled: c.compiled,
        needs: needsOf(c.compiled),
        levels: new Set(def.regionLevels),
        periodTypes: new Set(def.periodTypes),
      });
    }
    this.invalidIndicators = invalid;
    this.#invalidDefinitions = invalidDefs;
    this.#prepared = prepared;
    this.#levels = typeof options.level === 'string' ? [options.level] : [...new Set(options.level)];
    const periods: PeriodId[] = [];
    const invalidPeriods: string[] = [];
    for (const p of options.periods) {
      const parsed = parsePeriodId(p);
      if (!parsed) invalidPeriods.push(p);
      else if (!periods.includes(parsed.id)) periods.push(parsed.id);
    }
    this.#periods = periods;
    this.invalidPeriods = invalidPeriods;
    const trends = options.trends === true ? ['previousPeriod', 'samePeriodLastYear'] : options.trends || [];
    this.#trendPrev = trends.includes('previousPeriod');
    this.#trendLastYear = trends.includes('samePeriodLastYear');
    this.#usesPrev = prepared.some((p) => p.needs.prev.length > 0);
    this.#usesLastYear = prepared.some((p) => p.needs.lastYear.length > 0);
    const targets = new Map<string, Target>();
    for (const t of options.targets ?? []) targets.set(`${t.indicatorId}|${t.regionCode}|${t.year}`, t);
    this.#targets = targets;

    // Which elements each (level, period) needs: a period evaluated needs its indicators' elements, its
    // previous period their prev(...) elements and the same period last year their lastYear(...) elements.
    const wanted = new Map<string, { level: AggregationLevel; period: PeriodId; ids: Set<string> }>();
    const want = (level: AggregationLevel, period: PeriodId | undefined, ids: readonly string[]) => {
      if (period === undefined) return;
      const key = slotKey(level, period);
      let w = wanted.get(key);
      if (!w) {
        w = { level, period, ids: new Set() };
        wanted.set(key, w);
      }
      for (const id of ids) w.ids.add(id);
    };
    for (const level of this.#levels) {
      for (const p of periods) {
        for (const q of this.#evaluated(p)) {
          want(level, q, []);
          const type = parsePeriodId(q)?.type as string;
          for (const ind of prepared) {
            if (!ind.levels.has(level) || !ind.periodTypes.has(type)) continue;
            want(level, q, ind.needs.current);
            want(level, previousPeriod(q), ind.needs.prev);
            want(level, samePeriodLastYear(q), ind.needs.lastYear);
          }
        }
      }
    }
    const byId = new Map(elements.map((e) => [e.id, e]));
    for (const [key, w] of wanted) {
      const groups = new Map<string, IndicatorDataElement[]>();
      for (const id of w.ids) {
        const e = byId.get(id);
        if (!e) continue;
        const k = filterKey(e.where);
        const list = groups.get(k) ?? [];
        list.push(e);
        groups.set(k, list);
        this.#paths.set(id, id.split('.'));
      }
      const make = (els: readonly IndicatorDataElement[]) =>
        new Aggregator({ elements: els, level: w.level, periods: [w.period] });
      const months = monthsOf(w.period);
      const parsed = parsePeriodId(w.period);
      const slot: Slot = {
        level: w.level,
        period: w.period,
        first: months[0] as string,
        last: months[months.length - 1] as string,
        year: parsed?.type === 'year' ? parsed.year : undefined,
        main: make(groups.get('') ?? []),
        filtered: [...groups.entries()]
          .filter(([k]) => k !== '')
          .map(([, els]) => ({ where: els[0]?.where ?? {}, agg: make(els) })),
      };
      this.#slots.set(key, slot);
      this.#allSlots.push(slot);
    }
  }

  /** The periods evaluated for a requested period: itself and, with trends, the earlier ones. */
  #evaluated(p: PeriodId): PeriodId[] {
    const out = [p];
    const prev = this.#trendPrev ? previousPeriod(p) : undefined;
    const last = this.#trendLastYear ? samePeriodLastYear(p) : undefined;
    if (prev) out.push(prev);
    if (last) out.push(last);
    return out;
  }

  /**
   * Takes one record into account (records may come in any order; see {@link Aggregator}). A record goes
   * only to the (level, period) aggregators it can count in: a monthly report or an event to the periods
   * containing its month, a snapshot to the periods ending on or after its month (it is carried forward),
   * a budget line to its year; kampung records go to every one.
   */
  add(item: TypedRecord): void {
    if (item.type === 'kampung') {
      if (this.#targets.size > 0) this.#kampungRegion.set(item.record.id, item.record.regionCode);
      for (const s of this.#allSlots) {
        s.main.add(item);
        for (const f of s.filtered) f.agg.add(item);
      }
      return;
    }
    const record = item.record as unknown as Readonly<Record<string, unknown>>;
    for (const s of this.#route(item.type, record)) {
      s.main.add(item);
      for (const f of s.filtered) {
        let match = true;
        for (const k in f.where) if (record[k] !== f.where[k]) match = false;
        if (match) f.agg.add(item);
      }
    }
  }

  #route(type: TypedRecord['type'], record: Readonly<Record<string, unknown>>): readonly Slot[] {
    const month = (v: unknown): string | undefined =>
      typeof v === 'string' && /^[0-9]{4}-[0-9]{2}/.test(v) ? v.slice(0, 7) : undefined;
    let key: string | undefined;
    let test: ((s: Slot) => boolean) | undefined;
    switch (type) {
      case 'monthly':
      case 'population':
      case 'profile': {
        const m = month(record['period']);
        if (m === undefined) break;
        key = `${type === 'monthly' ? 'm' : 's'}${m}`;
        test = type === 'monthly' ? (s) => s.first <= m && m <= s.last : (s) => m <= s.last;
        break;
      }
      case 'budget': {
        const y = record['year'];
        if (typeof y !== 'number') break;
        key = `b${y}`;
        test = (s) => s.year === y;
        break;
      }
      case 'intervention': {
        const m = month(record['date']);
        if (m === undefined) break;
        key = `m${m}`;
        test = (s) => s.first <= m && m <= s.last;
        break;
      }
      case 'proposal': {
        const a = month(record['raisedOn']);
        const b = month(record['addressedOn']);
        if (a === undefined) break;
        key = `p${a}${b ?? ''}`;
        test = (s) => (s.first <= a && a <= s.last) || (b !== undefined && s.first <= b && b <= s.last);
        break;
      }
      default:
        break;
    }
    // A record without a readable month goes everywhere: the aggregators count it as ignored.
    if (key === undefined || test === undefined) return this.#allSlots;
    let slots = this.#routes.get(key);
    if (!slots) {
      slots = this.#allSlots.filter(test);
      this.#routes.set(key, slots);
    }
    return slots;
  }

  /**
   * The results so far: for each level, period (in the order given), org unit (sorted) and indicator (in
   * definition order), one row. Lazily yielded, so a caller that writes rows out as they come never holds
   * them all.
   */
  *results(): Generator<IndicatorResult> {
    for (const level of this.#levels) {
      const cache = new Map<PeriodId, Map<string, GroupData> | undefined>();
      const deps = this.#periods.map((p) => this.#dependencies(p));
      for (let i = 0; i < this.#periods.length; i++) {
        const p = this.#periods[i] as PeriodId;
        const data = this.#groups(cache, level, p);
        const pType = parsePeriodId(p)?.type as string;
        const prevP = previousPeriod(p);
        const lastP = samePeriodLastYear(p);
        for (const [orgUnit, g] of data ?? []) {
          const ctx = this.#context(cache, level, p, orgUnit);
          for (const ind of this.#prepared) {
            yield this.#row(cache, level, p, pType, orgUnit, g, ctx, ind, prevP, lastP);
          }
          for (const def of this.#invalidDefinitions) {
            yield {
              indicatorId: String(def.id),
              version: String(def.version),
              orgUnit,
              level,
              period: p,
              numerator: null,
              denominator: null,
              value: null,
              nullReason: 'invalid-definition',
              kampung: g.group.kampungIds.length,
              anyMissing: false,
            };
          }
        }
        // Release the groups of periods no later period needs.
        const later = new Set(deps.slice(i + 1).flat());
        for (const q of [...cache.keys()]) if (!later.has(q)) cache.delete(q);
      }
    }
  }

  #dependencies(p: PeriodId): PeriodId[] {
    const out: PeriodId[] = [];
    for (const q of this.#evaluated(p)) {
      out.push(q);
      const prev = this.#usesPrev ? previousPeriod(q) : undefined;
      const last = this.#usesLastYear ? samePeriodLastYear(q) : undefined;
      if (prev) out.push(prev);
      if (last) out.push(last);
    }
    return out;
  }

  #groups(
    cache: Map<PeriodId, Map<string, GroupData> | undefined>,
    level: AggregationLevel,
    period: PeriodId | undefined,
  ): Map<string, GroupData> | undefined {
    if (period === undefined) return undefined;
    if (cache.has(period)) return cache.get(period);
    const slot = this.#slots.get(slotKey(level, period));
    const data = slot ? this.#materialise(slot) : undefined;
    cache.set(period, data);
    return data;
  }

  #materialise(slot: Slot): Map<string, GroupData> {
    const main = slot.main.result();
    const extra: AggregationResult[] = slot.filtered.map((f) => f.agg.result());
    const out = new Map<string, GroupData>();
    for (const [key, group] of main.groups) {
      let values = group.values;
      if (extra.length > 0) {
        const merged: Record<string, AggregatedValue> = { ...values };
        for (const r of extra) Object.assign(merged, r.groups.get(key)?.values ?? {});
        values = merged;
      }
      const record: Record<string, unknown> = {};
      for (const id in values) {
        const path = this.#paths.get(id) ?? id.split('.');
        let node = record;
        for (let i = 0; i < path.length - 1; i++) {
          const seg = path[i] as string;
          let child = node[seg] as Record<string, unknown> | undefined;
          if (child === undefined) {
            child = {};
            node[seg] = child;
          }
          node = child;
        }
        node[path[path.length - 1] as string] = (values[id] as AggregatedValue).value;
      }
      out.set(group.orgUnit, { group, values, record });
    }
    return out;
  }

  #context(
    cache: Map<PeriodId, Map<string, GroupData> | undefined>,
    level: AggregationLevel,
    period: PeriodId,
    orgUnit: string,
  ): { prev: GroupData | undefined; lastYear: GroupData | undefined; ctx: EvalContext } {
    const prev = this.#usesPrev
      ? this.#groups(cache, level, previousPeriod(period))?.get(orgUnit)
      : undefined;
    const lastYear = this.#usesLastYear
      ? this.#groups(cache, level, samePeriodLastYear(period))?.get(orgUnit)
      : undefined;
    return { prev, lastYear, ctx: { prev: prev?.record, lastYear: lastYear?.record } };
  }

  #row(
    cache: Map<PeriodId, Map<string, GroupData> | undefined>,
    level: AggregationLevel,
    period: PeriodId,
    periodType: string,
    orgUnit: string,
    g: GroupData,
    c: { prev: GroupData | undefined; lastYear: GroupData | undefined; ctx: EvalContext },
    ind: Prepared,
    prevP: PeriodId | undefined,
    lastP: PeriodId | undefined,
  ): IndicatorResult {
    const def = ind.compiled.definition;
    const invalidReason: IndicatorNullReason | null = !ind.levels.has(level)
      ? 'not-valid-for-level'
      : !ind.periodTypes.has(periodType)
        ? 'not-valid-for-period'
        : null;
    const e: Evaluation = invalidReason
      ? { numerator: null, denominator: null, value: null, nullReason: invalidReason, anyMissing: false }
      : evaluate(ind, g, c);
    let result: IndicatorResult = {
      indicatorId: def.id,
      version: def.version,
      orgUnit,
      level,
      period,
      ...e,
      kampung: g.group.kampungIds.length,
    };
    if (invalidReason) return result;
    const target = this.#target(def.id, level, orgUnit, period, e.value);
    if (target) result = { ...result, target };
    if (this.#trendPrev) {
      const t = this.#trend(cache, level, orgUnit, ind, e.value, prevP);
      if (t) result = { ...result, previousPeriod: t };
    }
    if (this.#trendLastYear) {
      const t = this.#trend(cache, level, orgUnit, ind, e.value, lastP);
      if (t) result = { ...result, samePeriodLastYear: t };
    }
    return result;
  }

  #trend(
    cache: Map<PeriodId, Map<string, GroupData> | undefined>,
    level: AggregationLevel,
    orgUnit: string,
    ind: Prepared,
    current: number | null,
    q: PeriodId | undefined,
  ): IndicatorTrend | undefined {
    if (q === undefined) return undefined;
    const earlier = this.#groups(cache, level, q)?.get(orgUnit);
    const value = earlier ? evaluate(ind, earlier, this.#context(cache, level, q, orgUnit)).value : null;
    return { period: q, value, change: change(current, value) };
  }

  #target(
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

function needsOf(c: CompiledIndicator): Needs {
  const current = new Set<string>();
  const prev = new Set<string>();
  const lastYear = new Set<string>();
  for (const e of [c.numerator, c.denominator]) {
    for (const o of e?.operands ?? []) {
      if (o.source !== 'record') continue;
      (o.period === 'current' ? current : o.period === 'prev' ? prev : lastYear).add(o.field);
    }
  }
  return { current: [...current], prev: [...prev], lastYear: [...lastYear] };
}

/** Scans the elements an indicator reads: bit 1 = some has a value, 2 = some lacks one, 4 = some group lacks kampung-months. */
function scan(values: Readonly<Record<string, AggregatedValue>> | undefined, ids: readonly string[]): number {
  let flags = 0;
  for (let i = 0; i < ids.length; i++) {
    const v = values?.[ids[i] as string];
    if (v === undefined || v.value === null) flags |= 2;
    else flags |= 1;
    if (v?.anyMissing) flags |= 4;
  }
  return flags;
}

function noValue(
  nullReason: IndicatorNullReason,
  numerator: number | null,
  denominator: number | null,
  anyMissing: boolean,
): Evaluation {
  return { numerator, denominator, value: null, nullReason, anyMissing };
}

function evaluate(
  ind: Prepared,
  g: GroupData,
  c: { prev: GroupData | undefined; lastYear: GroupData | undefined; ctx: EvalContext },
): Evaluation {
  const { definition: def, numerator, denominator } = ind.compiled;
  const needs = ind.needs;
  let flags = scan(g.values, needs.current);
  if (needs.prev.length > 0) flags |= scan(c.prev?.values, needs.prev);
  if (needs.lastYear.length > 0) flags |= scan(c.lastYear?.values, needs.lastYear);
  const anyMissing = (flags & 4) !== 0;
  if ((flags & 1) === 0 && needs.current.length + needs.prev.length + needs.lastYear.length > 0) {
    return noValue('no-data', null, null, anyMissing);
  }
  const nRaw = numerator(g.record, c.ctx);
  const dRaw = denominator ? denominator(g.record, c.ctx) : undefined;
  const n = typeof nRaw === 'number' && Number.isFinite(nRaw) ? clean(nRaw) : null;
  const d =
    dRaw === undefined ? undefined : typeof dRaw === 'number' && Number.isFinite(dRaw) ? clean(dRaw) : null;
  if (n === null || d === null) {
    // Null because an element is missing, or because the expression itself divided by 0.
    const reason = (flags & 2) !== 0 && def.missingAs !== 'zero' ? 'no-data' : 'zero-denominator';
    return noValue(reason, n, d ?? null, anyMissing);
  }
  const scaled = clean(n * def.factor);
  if (d === undefined) {
    return {
      numerator: n,
      denominator: null,
      value: roundDecimal(scaled, def.decimals),
      nullReason: null,
      anyMissing,
    };
  }
  if (d === 0) return noValue('zero-denominator', n, d, anyMissing);
  return {
    numerator: n,
    denominator: d,
    value: roundRatio(scaled, d, def.decimals),
    nullReason: null,
    anyMissing,
  };
}

/**
 * Computes indicator definitions for a data set or a stream of typed records, at one or more levels and
 * periods, with optional targets and trends; see {@link IndicatorEngine} for the rules (aggregation,
 * missing values, null reasons). One pass over the records; memory proportional to the groups.
 *
 * @example
 * ```ts
 * const rows = computeIndicators(dataset, {
 *   indicators: defaultIndicatorCatalogue, level: 'regency', periods: ['2020Q1'], trends: ['previousPeriod'],
 * });
 * rows.find((r) => r.indicatorId === 'cpr-portal' && r.orgUnit === '63.71');
 * // { value: 43.33, numerator: 130, denominator: 300, nullReason: null, previousPeriod: { … }, … }
 * ```
 */
export function computeIndicators(
  source: Partial<Dataset> | Iterable<TypedRecord>,
  options: ComputeIndicatorsOptions,
): IndicatorResult[] {
  const engine = new IndicatorEngine(options);
  for (const r of isIterable(source) ? source : datasetRecords(source)) engine.add(r);
  return [...engine.results()];
}

/**
 * {@link computeIndicators} over an async stream (records read from files one by one).
 *
 * @example
 * ```ts
 * const rows = await computeIndicatorsAsync(readRecords(), { indicators, level: 'district', periods: ['2020'] });
 * ```
 */
export async function computeIndicatorsAsync(
  source: AsyncIterable<TypedRecord> | Iterable<TypedRecord>,
  options: ComputeIndicatorsOptions,
): Promise<IndicatorResult[]> {
  const engine = new IndicatorEngine(options);
  for await (const r of source) engine.add(r);
  return [...engine.results()];
}
