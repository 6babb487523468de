import type { Environment, EvalContext } from '@kampung-kb/expr';
import {
  type Dataset,
  type PeriodId,
  parsePeriodId,
  previousPeriod,
  samePeriodLastYear,
} from '@kampung-kb/model';
import {
  type AggregationLevel,
  datasetRecords,
  type InvalidElement,
  type TypedRecord,
} from '../aggregation/aggregate.js';
import {
  type GroupTable,
  KampungMonthStore,
  resolveElements,
  type StoreElement,
  type StorePeriod,
  storePeriod,
} from '../aggregation/internal/kampungMonthStore.js';
import { change } from '../targets/change.js';
import type { Target } from '../targets/target.js';
import { TargetLookup } from '../targets/targetLookup.js';
import { expandIndicators } from './expandIndicators.js';
import { INDICATOR_DATA_ELEMENTS, type IndicatorDataElement } from './indicatorDataElements.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import { indicatorEnvironment } from './indicatorEnvironment.js';
import type { IndicatorNullReason, IndicatorResult, IndicatorTrend } from './indicatorResult.js';
import { indicatorValue } from './indicatorValue.js';
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
  readonly index: number;
  readonly compiled: CompiledIndicator;
  readonly needs: Needs;
  readonly levels: ReadonlySet<string>;
  readonly periodTypes: ReadonlySet<string>;
}

/** One (level, period) whose groups the engine computes, and the columns it reads in each store. */
interface Slot {
  readonly level: AggregationLevel;
  readonly period: StorePeriod;
  /** Per store: the store's element indices this slot reads (`undefined`: the slot does not use the store). */
  readonly columns: readonly (readonly number[] | undefined)[];
}

/** One store of kampung-month state: the records matching `where` (all records for the main store). */
interface Store {
  readonly where: Readonly<Record<string, string>> | undefined;
  readonly whereKeys: readonly string[];
  readonly store: KampungMonthStore;
}

/** A leaf of the record expressions read: where it is and which table column gives its value. */
interface Leaf {
  readonly parent: Record<string, unknown>;
  readonly key: string;
  readonly part: number;
  readonly col: number;
}

/**
 * The groups of one (level, period), as the expressions read them: one table per store used, and a record
 * object whose leaves are set to one org unit's values at a time (the cursor), so nothing is built per group.
 */
interface SlotData {
  readonly period: PeriodId;
  readonly parts: readonly GroupTable[];
  readonly main: GroupTable;
  /** Element id → part and column. */
  readonly position: ReadonlyMap<string, { readonly part: number; readonly col: number }>;
  readonly record: Record<string, unknown>;
  readonly leaves: readonly Leaf[];
  /** Per part: the cursor's group, or -1. */
  readonly at: Int32Array;
  cursor: string | undefined;
  prev: SlotData | undefined;
  lastYear: SlotData | undefined;
  ctx: EvalContext;
  /** Per indicator and role (current, prev, lastYear): the parts and columns of the elements it reads. */
  readonly needs: (Int32Array | undefined)[];
}

type Evaluation = Pick<IndicatorResult, 'numerator' | 'denominator' | 'value' | 'nullReason' | 'anyMissing'>;

const slotKey = (level: string, period: string): string => `${level}|${period}`;

function filterKey(where: Readonly<Record<string, string>> | undefined): string {
  if (!where) return '';
  return JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isIterable(x: unknown): x is Iterable<TypedRecord> {
  return typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** The elements one (level, period) reads. */
interface Wanted {
  readonly level: AggregationLevel;
  readonly period: PeriodId;
  readonly ids: Set<string>;
}

/** The wanted element ids per element filter (key {@link filterKey}), and the store period of each period. */
interface Filters {
  readonly stores: ReadonlyMap<
    string,
    { readonly where: IndicatorDataElement['where']; readonly ids: ReadonlySet<string> }
  >;
  readonly periods: ReadonlyMap<PeriodId, StorePeriod>;
}

/** Compiles the expanded definitions; those that do not compile are listed with their errors. */
function compileCatalogue(
  indicators: readonly IndicatorDefinition[],
  env: Environment,
): { prepared: Prepared[]; invalid: InvalidIndicator[]; invalidDefinitions: IndicatorDefinition[] } {
  const prepared: Prepared[] = [];
  const invalid: InvalidIndicator[] = [];
  const invalidDefinitions: IndicatorDefinition[] = [];
  for (const def of expandIndicators(indicators)) {
    const c = compileIndicator(def, env);
    if (!c.compiled) {
      invalid.push({ id: String(def.id), errors: c.errors });
      invalidDefinitions.push(def);
      continue;
    }
    prepared.push({
      index: prepared.length,
      compiled: c.compiled,
      needs: needsOf(c.compiled),
      levels: new Set(def.regionLevels),
      periodTypes: new Set(def.periodTypes),
    });
  }
  return { prepared, invalid, invalidDefinitions };
}

/** The period ids given, parsed and without repeats, and the strings that are not period ids. */
function parsePeriods(given: readonly string[]): { valid: PeriodId[]; invalid: string[] } {
  const valid: PeriodId[] = [];
  const invalid: string[] = [];
  for (const p of given) {
    const parsed = parsePeriodId(p);
    if (!parsed) invalid.push(p);
    else if (!valid.includes(parsed.id)) valid.push(parsed.id);
  }
  return { valid, invalid };
}

/**
 * Computes indicator definitions over a record stream, one record at a time, for one or more levels and
 * periods, with memory proportional to the groups (org unit × period) and never to the records.
 *
 * Each record is read once into kampung-month state held once for the whole run (one store per element
 * filter `where`), keeping only the data elements the indicators read; every level and period is computed
 * from that state when results are asked for, in time linear in the kampung.
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
  /**
   * Data elements given that cannot be aggregated (a stock summed over time, a flow taken at its last month,
   * an unknown path, a repeated id …), with a bilingual reason. Expressions cannot read them: a definition
   * that does is in {@link IndicatorEngine.invalidIndicators}.
   */
  readonly invalidElements: readonly InvalidElement[];
  readonly #levels: readonly AggregationLevel[];
  readonly #periods: readonly PeriodId[];
  readonly #prepared: readonly Prepared[];
  readonly #invalidDefinitions: readonly IndicatorDefinition[];
  readonly #slots = new Map<string, Slot>();
  readonly #stores: Store[] = [];
  readonly #trendPrev: boolean;
  readonly #trendLastYear: boolean;
  readonly #usesPrev: boolean;
  readonly #usesLastYear: boolean;
  readonly #targets: TargetLookup;
  readonly #paths = new Map<string, readonly string[]>();
  readonly #periodInfo = new Map<PeriodId, { type: string; prev?: PeriodId; lastYear?: PeriodId }>();

  constructor(options: ComputeIndicatorsOptions) {
    const checked = resolveElements(options.elements ?? INDICATOR_DATA_ELEMENTS);
    this.invalidElements = checked.invalid;
    const elements = checked.resolved.map((r) => r.element as IndicatorDataElement);
    const catalogue = compileCatalogue(options.indicators, indicatorEnvironment(elements));
    this.invalidIndicators = catalogue.invalid;
    this.#invalidDefinitions = catalogue.invalidDefinitions;
    this.#prepared = catalogue.prepared;
    this.#levels = typeof options.level === 'string' ? [options.level] : [...new Set(options.level)];
    const periods = parsePeriods(options.periods);
    this.#periods = periods.valid;
    this.invalidPeriods = periods.invalid;
    const trends = options.trends === true ? ['previousPeriod', 'samePeriodLastYear'] : options.trends || [];
    this.#trendPrev = trends.includes('previousPeriod');
    this.#trendLastYear = trends.includes('samePeriodLastYear');
    this.#usesPrev = catalogue.prepared.some((p) => p.needs.prev.length > 0);
    this.#usesLastYear = catalogue.prepared.some((p) => p.needs.lastYear.length > 0);
    this.#targets = new TargetLookup(options.targets ?? []);
    const wanted = this.#wantedSlots();
    const byId = new Map(elements.map((e) => [e.id, e]));
    const filters = this.#groupByFilter(wanted, byId);
    const columnOf = this.#createStores(filters, wanted, byId);
    this.#createSlots(filters, wanted, byId, columnOf);
  }

  /**
   * Which elements each (level, period) needs: a period evaluated needs its indicators' elements, its
   * previous period their prev(...) elements and the same period last year their lastYear(...) elements.
   */
  #wantedSlots(): Map<string, Wanted> {
    const wanted = new Map<string, Wanted>();
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
      for (const p of this.#periods) {
        for (const q of this.#evaluated(p)) {
          want(level, q, []);
          const type = this.#info(q).type;
          for (const ind of this.#prepared) {
            if (!ind.levels.has(level) || !ind.periodTypes.has(type)) continue;
            want(level, q, ind.needs.current);
            want(level, this.#info(q).prev, ind.needs.prev);
            want(level, this.#info(q).lastYear, ind.needs.lastYear);
          }
        }
      }
    }
    return wanted;
  }

  /** The element ids wanted, grouped by element filter (the main store, key `''`, first), and the periods. */
  #groupByFilter(
    wanted: ReadonlyMap<string, Wanted>,
    byId: ReadonlyMap<string, IndicatorDataElement>,
  ): Filters {
    const stores = new Map<string, { where: IndicatorDataElement['where']; ids: Set<string> }>([
      ['', { where: undefined, ids: new Set() }],
    ]);
    const periods = new Map<PeriodId, StorePeriod>();
    for (const w of wanted.values()) {
      const sp = periods.get(w.period) ?? storePeriod(w.period);
      if (sp) periods.set(w.period, sp);
      for (const id of w.ids) {
        const e = byId.get(id);
        if (!e) continue;
        const k = filterKey(e.where);
        let s = stores.get(k);
        if (!s) {
          s = { where: e.where, ids: new Set() };
          stores.set(k, s);
        }
        s.ids.add(id);
        this.#paths.set(id, id.split('.'));
      }
    }
    return { stores, periods };
  }

  /**
   * One store per element filter, holding the union of the elements the slots read through it; returns, per
   * store, the column of each element id.
   */
  #createStores(
    filters: Filters,
    wanted: ReadonlyMap<string, Wanted>,
    byId: ReadonlyMap<string, IndicatorDataElement>,
  ): Map<string, number>[] {
    const columnOf: Map<string, number>[] = [];
    const periodList = [...filters.periods.values()];
    for (const { where, ids } of filters.stores.values()) {
      const { resolved } = resolveElements([...ids].map((id) => byId.get(id) as IndicatorDataElement));
      const column = new Map(resolved.map((r, i) => [r.element.id, i]));
      // The elements each period reads through this store, over all levels.
      const needs = periodList.map(() => new Set<number>());
      for (const w of wanted.values()) {
        const at = periodList.findIndex((p) => p.id === w.period);
        for (const id of w.ids) {
          const c = column.get(id);
          if (c !== undefined && at >= 0) needs[at]?.add(c);
        }
      }
      this.#stores.push({
        where,
        whereKeys: where ? Object.keys(where) : [],
        store: new KampungMonthStore(
          resolved,
          periodList,
          needs.map((n) => [...n]),
        ),
      });
      columnOf.push(column);
    }
    return columnOf;
  }

  /** Each (level, period)'s slot: per store, the columns it reads. */
  #createSlots(
    filters: Filters,
    wanted: ReadonlyMap<string, Wanted>,
    byId: ReadonlyMap<string, IndicatorDataElement>,
    columnOf: readonly ReadonlyMap<string, number>[],
  ): void {
    const storeOfKey = [...filters.stores.keys()];
    for (const [key, w] of wanted) {
      const period = filters.periods.get(w.period);
      if (!period) continue;
      const columns: (number[] | undefined)[] = this.#stores.map((_, i) => (i === 0 ? [] : undefined));
      for (const id of w.ids) {
        const e = byId.get(id);
        if (!e) continue;
        const s = storeOfKey.indexOf(filterKey(e.where));
        const list = columns[s] ?? [];
        columns[s] = list;
        const col = columnOf[s]?.get(id);
        if (col !== undefined) list.push(col);
      }
      this.#slots.set(key, { level: w.level, period, columns });
    }
  }

  #info(p: PeriodId): { type: string; prev?: PeriodId; lastYear?: PeriodId } {
    let info = this.#periodInfo.get(p);
    if (!info) {
      const prev = previousPeriod(p);
      const lastYear = samePeriodLastYear(p);
      info = {
        type: parsePeriodId(p)?.type as string,
        ...(prev === undefined ? {} : { prev }),
        ...(lastYear === undefined ? {} : { lastYear }),
      };
      this.#periodInfo.set(p, info);
    }
    return info;
  }

  /** The periods evaluated for a requested period: itself and, with trends, the earlier ones. */
  #evaluated(p: PeriodId): PeriodId[] {
    const out = [p];
    const prev = this.#trendPrev ? this.#info(p).prev : undefined;
    const last = this.#trendLastYear ? this.#info(p).lastYear : undefined;
    if (prev) out.push(prev);
    if (last) out.push(last);
    return out;
  }

  /**
   * Takes one record into account (records may come in any order; see {@link Aggregator}): it is read once
   * into the kampung-month state of the run (and of each element filter it matches); kampung records go to
   * every store.
   */
  add(item: TypedRecord): void {
    if (item.type === 'kampung') {
      if (this.#targets.size > 0) this.#targets.setKampungRegion(item.record.id, item.record.regionCode);
      for (const s of this.#stores) s.store.add(item);
      return;
    }
    const record = item.record as unknown as Readonly<Record<string, unknown>>;
    const stores = this.#stores;
    (stores[0] as Store).store.add(item);
    for (let i = 1; i < stores.length; i++) {
      const f = stores[i] as Store;
      const where = f.where as Readonly<Record<string, string>>;
      let match = true;
      for (const k of f.whereKeys) if (record[k] !== where[k]) match = false;
      if (match) f.store.add(item);
    }
  }

  /**
   * The results so far: for each level, period (in the order given), org unit (sorted) and indicator (in
   * definition order), one row. Lazily yielded, so a caller that writes rows out as they come never holds
   * them all.
   */
  *results(): Generator<IndicatorResult> {
    for (const level of this.#levels) {
      const cache = new Map<PeriodId, SlotData | undefined>();
      const deps = this.#periods.map((p) => this.#dependencies(p));
      for (let i = 0; i < this.#periods.length; i++) {
        const p = this.#periods[i] as PeriodId;
        const data = this.#groups(cache, level, p);
        const info = this.#info(p);
        const pType = info.type;
        const prevP = info.prev;
        const lastP = info.lastYear;
        const trendPrev = this.#trendPrev ? this.#groups(cache, level, prevP) : undefined;
        const trendLast = this.#trendLastYear ? this.#groups(cache, level, lastP) : undefined;
        if (data) {
          const main = data.main;
          for (let g = 0; g < main.orgUnits.length; g++) {
            const orgUnit = main.orgUnits[g] as string;
            const kampung = (main.kampungIds[g] as string[]).length;
            this.#cursor(data, orgUnit);
            for (const ind of this.#prepared) {
              yield this.#row(
                level,
                p,
                pType,
                orgUnit,
                kampung,
                data,
                ind,
                prevP,
                lastP,
                trendPrev,
                trendLast,
              );
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
                kampung,
                anyMissing: false,
              };
            }
          }
        }
        // Release the groups of periods no later period needs.
        const later = new Set(deps.slice(i + 1).flat());
        for (const [q, d] of [...cache]) {
          if (later.has(q)) continue;
          cache.delete(q);
          if (d) {
            d.prev = undefined;
            d.lastYear = undefined;
          }
        }
      }
    }
  }

  #dependencies(p: PeriodId): PeriodId[] {
    const out: PeriodId[] = [];
    for (const q of this.#evaluated(p)) {
      out.push(q);
      const prev = this.#usesPrev ? this.#info(q).prev : undefined;
      const last = this.#usesLastYear ? this.#info(q).lastYear : undefined;
      if (prev) out.push(prev);
      if (last) out.push(last);
    }
    return out;
  }

  /** The groups of a period with the earlier periods its expressions read linked in. */
  #groups(
    cache: Map<PeriodId, SlotData | undefined>,
    level: AggregationLevel,
    period: PeriodId | undefined,
  ): SlotData | undefined {
    const d = this.#data(cache, level, period);
    if (d && period !== undefined) {
      if (this.#usesPrev && d.prev === undefined) d.prev = this.#data(cache, level, this.#info(period).prev);
      if (this.#usesLastYear && d.lastYear === undefined)
        d.lastYear = this.#data(cache, level, this.#info(period).lastYear);
    }
    return d;
  }

  #data(
    cache: Map<PeriodId, SlotData | undefined>,
    level: AggregationLevel,
    period: PeriodId | undefined,
  ): SlotData | undefined {
    if (period === undefined) return undefined;
    if (cache.has(period)) return cache.get(period);
    const slot = this.#slots.get(slotKey(level, period));
    const data = slot ? this.#materialise(slot) : undefined;
    cache.set(period, data);
    return data;
  }

  #materialise(slot: Slot): SlotData {
    const parts: GroupTable[] = [];
    const position = new Map<string, { part: number; col: number }>();
    const record: Record<string, unknown> = {};
    const leaves: Leaf[] = [];
    slot.columns.forEach((columns, s) => {
      if (columns === undefined) return;
      const store = (this.#stores[s] as Store).store;
      const table = store.groups(slot.level, slot.period, columns, 'period');
      const part = parts.length;
      parts.push(table);
      columns.forEach((c, col) => {
        const id = (store.elements[c] as StoreElement).element.id;
        position.set(id, { part, col });
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
        leaves.push({ parent: node, key: path[path.length - 1] as string, part, col });
      });
    });
    return {
      period: slot.period.id,
      parts,
      main: parts[0] as GroupTable,
      position,
      record,
      leaves,
      at: new Int32Array(parts.length).fill(-1),
      cursor: undefined,
      prev: undefined,
      lastYear: undefined,
      ctx: { prev: undefined, lastYear: undefined },
      needs: [],
    };
  }

  /** Points a period's record, and those of the periods its expressions read, at one org unit's values. */
  #cursor(d: SlotData, orgUnit: string): boolean {
    const here = point(d, orgUnit);
    const prev = d.prev && point(d.prev, orgUnit) ? d.prev.record : undefined;
    const lastYear = d.lastYear && point(d.lastYear, orgUnit) ? d.lastYear.record : undefined;
    if (d.ctx.prev !== prev || d.ctx.lastYear !== lastYear) d.ctx = { prev, lastYear };
    return here;
  }

  #row(
    level: AggregationLevel,
    period: PeriodId,
    periodType: string,
    orgUnit: string,
    kampung: number,
    d: SlotData,
    ind: Prepared,
    prevP: PeriodId | undefined,
    lastP: PeriodId | undefined,
    trendPrev: SlotData | undefined,
    trendLast: SlotData | undefined,
  ): IndicatorResult {
    const def = ind.compiled.definition;
    const invalidReason: IndicatorNullReason | null = !ind.levels.has(level)
      ? 'not-valid-for-level'
      : !ind.periodTypes.has(periodType)
        ? 'not-valid-for-period'
        : null;
    if (invalidReason) {
      return {
        indicatorId: def.id,
        version: def.version,
        orgUnit,
        level,
        period,
        numerator: null,
        denominator: null,
        value: null,
        nullReason: invalidReason,
        anyMissing: false,
        kampung,
      };
    }
    this.#cursor(d, orgUnit);
    const e = evaluate(ind, d);
    const result: {
      -readonly [K in keyof IndicatorResult]: IndicatorResult[K];
    } = {
      indicatorId: def.id,
      version: def.version,
      orgUnit,
      level,
      period,
      numerator: e.numerator,
      denominator: e.denominator,
      value: e.value,
      nullReason: e.nullReason,
      anyMissing: e.anyMissing,
      kampung,
    };
    const target = this.#targets.result(def.id, level, orgUnit, period, result.value);
    if (target) result.target = target;
    if (this.#trendPrev && prevP !== undefined) {
      result.previousPeriod = this.#trend(trendPrev, orgUnit, ind, result.value, prevP);
    }
    if (this.#trendLastYear && lastP !== undefined) {
      result.samePeriodLastYear = this.#trend(trendLast, orgUnit, ind, result.value, lastP);
    }
    return result;
  }

  #trend(
    earlier: SlotData | undefined,
    orgUnit: string,
    ind: Prepared,
    current: number | null,
    q: PeriodId,
  ): IndicatorTrend {
    const value = earlier && this.#cursor(earlier, orgUnit) ? evaluate(ind, earlier).value : null;
    return { period: q, value, change: change(current, value) };
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

/** Sets a period's record to one org unit's values; whether the period has that group. */
function point(d: SlotData, orgUnit: string): boolean {
  if (d.cursor !== orgUnit) {
    d.cursor = orgUnit;
    for (let p = 0; p < d.parts.length; p++) d.at[p] = (d.parts[p] as GroupTable).index.get(orgUnit) ?? -1;
    for (const leaf of d.leaves) {
      const g = d.at[leaf.part] as number;
      if (g < 0) leaf.parent[leaf.key] = undefined;
      else {
        const t = d.parts[leaf.part] as GroupTable;
        const v = t.value[g * t.width + leaf.col] as number;
        leaf.parent[leaf.key] = Number.isNaN(v) ? null : v;
      }
    }
  }
  return (d.at[0] as number) >= 0;
}

/** The parts and columns (pairs; -1 when the period has no such element) of the elements an indicator reads. */
function needPositions(d: SlotData, ind: Prepared, role: 0 | 1 | 2): Int32Array {
  const key = ind.index * 3 + role;
  let pos = d.needs[key];
  if (!pos) {
    const ids = role === 0 ? ind.needs.current : role === 1 ? ind.needs.prev : ind.needs.lastYear;
    pos = new Int32Array(ids.length * 2);
    ids.forEach((id, i) => {
      const p = d.position.get(id);
      pos?.set(p ? [p.part, p.col] : [-1, -1], i * 2);
    });
    d.needs[key] = pos;
  }
  return pos;
}

/**
 * Scans the elements an indicator reads in the group at a period's cursor (none when `d` is undefined or
 * has no group there): bit 1 = some has a value, 2 = some lacks one, 4 = some group lacks kampung-months.
 */
function scan(d: SlotData | undefined, ind: Prepared, role: 0 | 1 | 2, count: number): number {
  if (d === undefined || (d.at[0] as number) < 0) return count > 0 ? 2 : 0;
  const pos = needPositions(d, ind, role);
  let flags = 0;
  for (let i = 0; i < pos.length; i += 2) {
    const part = pos[i] as number;
    const g = part < 0 ? -1 : (d.at[part] as number);
    if (g < 0) {
      flags |= 2;
      continue;
    }
    const t = d.parts[part] as GroupTable;
    const at = g * t.width + (pos[i + 1] as number);
    flags |= Number.isNaN(t.value[at] as number) ? 2 : 1;
    if ((t.missing[at] as number) > 0) flags |= 4;
  }
  return flags;
}

/** The last evaluation (one per engine call, reused: no object per row). */
const out: { -readonly [K in keyof Evaluation]: Evaluation[K] } = {
  numerator: null,
  denominator: null,
  value: null,
  nullReason: null,
  anyMissing: false,
};

function noValue(
  nullReason: IndicatorNullReason,
  numerator: number | null,
  denominator: number | null,
  anyMissing: boolean,
): typeof out {
  out.numerator = numerator;
  out.denominator = denominator;
  out.value = null;
  out.nullReason = nullReason;
  out.anyMissing = anyMissing;
  return out;
}

/**
 * Evaluates an indicator on the group at `d`'s cursor (set by the caller). The evaluation is written into a
 * shared object: read it before the next call.
 */
function evaluate(ind: Prepared, d: SlotData): Evaluation {
  const { definition: def, numerator, denominator } = ind.compiled;
  const needs = ind.needs;
  let flags = scan(d, ind, 0, needs.current.length);
  const prev = d.prev !== undefined && (d.prev.at[0] as number) >= 0 ? d.prev : undefined;
  const lastYear = d.lastYear !== undefined && (d.lastYear.at[0] as number) >= 0 ? d.lastYear : undefined;
  if (needs.prev.length > 0) flags |= scan(prev, ind, 1, needs.prev.length);
  if (needs.lastYear.length > 0) flags |= scan(lastYear, ind, 2, needs.lastYear.length);
  const anyMissing = (flags & 4) !== 0;
  if ((flags & 1) === 0 && needs.current.length + needs.prev.length + needs.lastYear.length > 0) {
    return noValue('no-data', null, null, anyMissing);
  }
  const nRaw = numerator(d.record, d.ctx);
  const dRaw = denominator ? denominator(d.record, d.ctx) : undefined;
  indicatorValue(
    def,
    typeof nRaw === 'number' ? nRaw : null,
    dRaw === undefined ? undefined : typeof dRaw === 'number' ? dRaw : null,
    (flags & 2) !== 0,
    out,
  );
  out.anyMissing = anyMissing;
  return out;
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
