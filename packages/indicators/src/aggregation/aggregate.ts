import {
  type Budget,
  type Dataset,
  type Intervention,
  type Kampung,
  type Label,
  type MonthlyReport,
  monthsOf,
  type PeriodId,
  type PopulationSnapshot,
  type ProfileSnapshot,
  type Proposal,
  parsePeriodId,
  type Region,
  type RegionLevel,
  regionAncestorAt,
} from '@kampung-kb/model';
import {
  type ElementMeasure,
  type EventMeasure,
  elementMeasure,
  type FieldReader,
} from '../internal/elementMeasure.js';
import type { DataElement } from './dataElement.js';

/** The level groups are formed at: each kampung, or a region of the Kemendagri hierarchy. */
export type AggregationLevel = 'kampung' | RegionLevel;

/** One record of a stream, tagged with its type (as `RECORD_TYPES` names them). */
export type TypedRecord =
  | { readonly type: 'region'; readonly record: Region }
  | { readonly type: 'kampung'; readonly record: Kampung }
  | { readonly type: 'profile'; readonly record: ProfileSnapshot }
  | { readonly type: 'population'; readonly record: PopulationSnapshot }
  | { readonly type: 'monthly'; readonly record: MonthlyReport }
  | { readonly type: 'intervention'; readonly record: Intervention }
  | { readonly type: 'proposal'; readonly record: Proposal }
  | { readonly type: 'budget'; readonly record: Budget };

/** What to aggregate: the elements, the level of the groups and the periods (DHIS2 ids; `2020-01` is read). */
export interface AggregationOptions {
  readonly elements: readonly DataElement[];
  readonly level: AggregationLevel;
  readonly periods: readonly string[];
}

/**
 * The value of one element for one group.
 *
 * A kampung-month "has a value" when: for monthly elements, the kampung's report of that month gives the
 * field; for snapshot elements, a snapshot in force that month (the latest on or before it) gives it; for
 * budgets, the kampung has a budget line for the period's year (budgets are yearly, so only year periods
 * can have one); for events (interventions, proposals), always: events are counted, and none is 0.
 */
export interface AggregatedValue {
  /** The aggregated value; `null` when no kampung of the group had a value (never 0 for "no data"). */
  readonly value: number | null;
  /** Kampung-months of the group that had a value. */
  readonly kampungMonths: number;
  /** Kampung of the group whose value went into `value`. */
  readonly kampung: number;
  /**
   * Expected kampung-months without a value. A kampung is expected from the month of its designation
   * (every month when the data has no kampung record for it).
   */
  readonly missingKampungMonths: number;
  /** Whether any expected kampung-month had no value (`missingKampungMonths > 0`). */
  readonly anyMissing: boolean;
}

/** The values of one group: a kampung or region, in one period. */
export interface AggregatedValues {
  /** {@link groupKey} of the group. */
  readonly key: string;
  readonly level: AggregationLevel;
  /** The kampung id (level `kampung`) or the dotted region code. */
  readonly orgUnit: string;
  readonly periodId: PeriodId;
  /** The group's kampung for the period, sorted: designated by the period's end, or with data in it. */
  readonly kampungIds: readonly string[];
  /** Kampung-months expected in the group (from each kampung's designation month). */
  readonly expectedKampungMonths: number;
  /** By element id. */
  readonly values: Readonly<Record<string, AggregatedValue>>;
}

/** An element the aggregation could not use, and why. */
export interface InvalidElement {
  readonly id: string;
  readonly reason: Label;
}

/** What {@link aggregate} returns. */
export interface AggregationResult {
  /** By {@link groupKey}: sorted by org unit, then period. */
  readonly groups: Map<string, AggregatedValues>;
  /** The periods aggregated, canonical and without repeats, in the order given. */
  readonly periods: readonly PeriodId[];
  /** Periods given that are not period ids (left out). */
  readonly invalidPeriods: readonly string[];
  /** Elements left out (unknown path, an aggregation their measure does not support, a repeated id). */
  readonly invalidElements: readonly InvalidElement[];
  /** Kampung with data that cannot be placed at the level: no kampung record, or a code above the level. */
  readonly unplacedKampung: readonly string[];
  /** Records left out because they lack a kampung id or a readable month/date/year. */
  readonly ignoredRecords: number;
}

/**
 * The key of a group in {@link AggregationResult.groups}: `<orgUnit>@<periodId>`.
 *
 * @example
 * ```ts
 * groupKey('63.71.04', '2020Q1'); // '63.71.04@2020Q1'
 * ```
 */
export function groupKey(orgUnit: string, periodId: string): string {
  return `${orgUnit}@${periodId}`;
}

type Values = (number | undefined)[];

interface Snapshots {
  /** The latest snapshot before the period's first month (its values and month). */
  carryMonth?: string;
  carry?: Values;
  /** Snapshots taken within the period, by month. */
  readonly cells: Map<string, Values>;
}

/** Bookkeeping of one kampung in one period: bounded by the months of the period, never by records. */
interface KampungPeriod {
  monthly?: Map<string, Values>;
  population?: Snapshots;
  profile?: Snapshots;
  /** Budget sums per budget element (the year's lines added up). */
  budget?: number[];
  /** Event counts per event element; sets for set-valued ones. */
  events?: { readonly counts: number[]; readonly sets: (Set<string> | undefined)[] };
}

interface Period {
  readonly id: PeriodId;
  readonly year: number;
  readonly isYear: boolean;
  readonly first: string;
  readonly last: string;
  readonly months: readonly string[];
}

type FieldType = 'monthly' | 'population' | 'profile' | 'budget';

interface Resolved {
  readonly element: DataElement;
  /** Index within its source's value vector. */
  readonly slot: number;
  readonly source: FieldType | 'event';
  readonly read?: FieldReader;
  readonly measure?: EventMeasure;
  readonly setValued: boolean;
}

interface KampungInfo {
  readonly regionCode: string | undefined;
  readonly designationMonth: string | undefined;
}

const MONTH_RE = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

function monthOf(value: unknown): string | undefined {
  return typeof value === 'string' && MONTH_RE.test(value) ? value : undefined;
}

function invalid(e: DataElement, id: string, en: string): InvalidElement {
  return { id: e.id, reason: { id, en } };
}

/** Checks an element's aggregation against its measure: `undefined` when usable. */
function checkElement(e: DataElement, m: ElementMeasure): InvalidElement | undefined {
  if (!m.ok) return { id: e.id, reason: m.reason };
  const setValued = m.source === 'event' && m.measure.codes !== undefined;
  if (setValued !== (e.timeAggregation === 'distinct')) {
    return setValued
      ? invalid(
          e,
          `'${e.id}' berisi himpunan kode: agregasi waktunya harus 'distinct'`,
          `'${e.id}' holds a set of codes: its time aggregation must be 'distinct'`,
        )
      : invalid(
          e,
          `Agregasi waktu 'distinct' hanya untuk himpunan kode ('${e.id}')`,
          `Time aggregation 'distinct' is only for sets of codes ('${e.id}')`,
        );
  }
  if (e.spaceAggregation === 'distinct' && !setValued) {
    return invalid(
      e,
      `Agregasi wilayah 'distinct' hanya untuk himpunan kode ('${e.id}')`,
      `Space aggregation 'distinct' is only for sets of codes ('${e.id}')`,
    );
  }
  const summedOnly = m.source === 'event' || e.recordType === 'budget';
  if (summedOnly && !setValued && e.timeAggregation !== 'sum') {
    return invalid(
      e,
      `'${e.id}' adalah hitungan kejadian atau anggaran tahunan: agregasi waktunya harus 'sum'`,
      `'${e.id}' counts events or yearly budgets: its time aggregation must be 'sum'`,
    );
  }
  return undefined;
}

/**
 * Aggregates records into groups of (kampung or region, period), one record at a time, separating time from
 * space as DHIS2's aggregation types do: each element is first aggregated over the months of the period for
 * each kampung (`timeAggregation`), then over the kampung of the group (`spaceAggregation`).
 *
 * Memory is proportional to the groups, never to the records: per kampung and period it keeps at most one
 * value vector per month of the period for monthly reports and snapshots (plus one snapshot carried in from
 * before the period), one running sum per budget or event element, and the distinct agency codes
 * (bounded by the agency code list). {@link Aggregator.bookkeepingEntries} counts these entries.
 *
 * Records may come in any order (kampung records after their reports included). When two monthly reports,
 * or two snapshots of the same type, share a kampung and month, the later one in the stream replaces the
 * earlier, as a correction appended to a file would; budget lines and events all add up. Regions are placed
 * by the Kemendagri code prefix of each kampung's `regionCode` (`63.71.04.1010` is in kecamatan `63.71.04`,
 * kota `63.71` and province `63`).
 *
 * @example
 * ```ts
 * const agg = new Aggregator({ elements: DEFAULT_DATA_ELEMENTS, level: 'district', periods: ['2020Q1'] });
 * for (const r of records) agg.add(r);
 * agg.result().groups.get('63.71.04@2020Q1')?.values['monthly.users.iud']?.value; // 33
 * ```
 */
export class Aggregator {
  readonly #level: AggregationLevel;
  readonly #periods: Period[] = [];
  readonly #invalidPeriods: string[] = [];
  readonly #invalidElements: InvalidElement[] = [];
  readonly #resolved: Resolved[] = [];
  readonly #bySource = new Map<FieldType | 'intervention' | 'proposal', Resolved[]>();
  readonly #slots: Record<FieldType | 'event', number> = {
    monthly: 0,
    population: 0,
    profile: 0,
    budget: 0,
    event: 0,
  };
  readonly #kampung = new Map<string, KampungInfo>();
  readonly #state = new Map<string, (KampungPeriod | undefined)[]>();
  #ignored = 0;

  constructor(options: AggregationOptions) {
    this.#level = options.level;
    const seenPeriods = new Set<string>();
    for (const p of options.periods) {
      const parsed = parsePeriodId(p);
      if (!parsed) {
        this.#invalidPeriods.push(p);
        continue;
      }
      if (seenPeriods.has(parsed.id)) continue;
      seenPeriods.add(parsed.id);
      const months = monthsOf(parsed.id);
      this.#periods.push({
        id: parsed.id,
        year: parsed.year,
        isYear: parsed.type === 'year',
        first: months[0] as string,
        last: months[months.length - 1] as string,
        months,
      });
    }
    const seenIds = new Set<string>();
    for (const e of options.elements) {
      if (seenIds.has(e.id)) {
        this.#invalidElements.push(
          invalid(e, `Id elemen '${e.id}' ganda`, `Element id '${e.id}' is repeated`),
        );
        continue;
      }
      seenIds.add(e.id);
      const m = elementMeasure(e);
      const problem = checkElement(e, m);
      if (problem || !m.ok) {
        if (problem) this.#invalidElements.push(problem);
        continue;
      }
      const source = m.source === 'event' ? 'event' : (e.recordType as FieldType);
      const r: Resolved =
        m.source === 'event'
          ? {
              element: e,
              slot: this.#slots.event++,
              source,
              measure: m.measure,
              setValued: m.measure.codes !== undefined,
            }
          : { element: e, slot: this.#slots[source]++, source, read: m.read, setValued: false };
      this.#resolved.push(r);
      const key =
        m.source === 'event' ? (e.recordType as 'intervention' | 'proposal') : (source as FieldType);
      const list = this.#bySource.get(key) ?? [];
      list.push(r);
      this.#bySource.set(key, list);
    }
  }

  /** Takes one record into account. Records of other types, or without a kampung id or date, are skipped. */
  add(item: TypedRecord): void {
    const record = item.record as unknown as Readonly<Record<string, unknown>>;
    if (item.type === 'region') return;
    if (item.type === 'kampung') {
      const id = record['id'];
      if (typeof id !== 'string') {
        this.#ignored++;
        return;
      }
      const code = record['regionCode'];
      const date = record['designationDate'];
      this.#kampung.set(id, {
        regionCode: typeof code === 'string' ? code : undefined,
        designationMonth: typeof date === 'string' ? monthOf(date.slice(0, 7)) : undefined,
      });
      return;
    }
    const kampungId = record['kampungId'];
    if (typeof kampungId !== 'string') {
      this.#ignored++;
      return;
    }
    switch (item.type) {
      case 'monthly':
        this.#addMonthly(kampungId, record);
        return;
      case 'population':
      case 'profile':
        this.#addSnapshot(item.type, kampungId, record);
        return;
      case 'budget':
        this.#addBudget(kampungId, record);
        return;
      default:
        this.#addEvent(item.type, kampungId, record);
    }
  }

  /**
   * How many bookkeeping entries the aggregator holds: kampung known, kampung-period states, month cells,
   * carried snapshots, running sums and distinct codes. It depends on the kampung, periods and months seen,
   * never on how many records repeat them.
   */
  get bookkeepingEntries(): number {
    let n = this.#kampung.size;
    for (const periods of this.#state.values()) {
      n += 1;
      for (const s of periods) {
        if (!s) continue;
        n += 1 + (s.monthly?.size ?? 0) + (s.budget?.length ?? 0);
        for (const snap of [s.population, s.profile]) if (snap) n += snap.cells.size + (snap.carry ? 1 : 0);
        if (s.events) {
          n += s.events.counts.length;
          for (const set of s.events.sets) n += set?.size ?? 0;
        }
      }
    }
    return n;
  }

  #cell(kampungId: string, periodIndex: number): KampungPeriod {
    let periods = this.#state.get(kampungId);
    if (!periods) {
      periods = new Array<KampungPeriod | undefined>(this.#periods.length).fill(undefined);
      this.#state.set(kampungId, periods);
    }
    let s = periods[periodIndex];
    if (!s) {
      s = {};
      periods[periodIndex] = s;
    }
    return s;
  }

  #read(source: FieldType, record: Readonly<Record<string, unknown>>): Values {
    const list = this.#bySource.get(source) ?? [];
    const out: Values = new Array(this.#slots[source]).fill(undefined);
    for (const r of list) out[r.slot] = r.read?.(record);
    return out;
  }

  #touch(kampungId: string): void {
    // A kampung with data but none of the periods still belongs to the roster (it may be expected later).
    if (!this.#state.has(kampungId))
      this.#state.set(kampungId, new Array(this.#periods.length).fill(undefined));
  }

  #addMonthly(kampungId: string, record: Readonly<Record<string, unknown>>): void {
    const month = monthOf(record['period']);
    if (month === undefined) {
      this.#ignored++;
      return;
    }
    this.#touch(kampungId);
    let values: Values | undefined;
    this.#periods.forEach((p, i) => {
      if (month < p.first || month > p.last) return;
      values ??= this.#read('monthly', record);
      const s = this.#cell(kampungId, i);
      s.monthly ??= new Map();
      s.monthly.set(month, values);
    });
  }

  #addSnapshot(
    type: 'population' | 'profile',
    kampungId: string,
    record: Readonly<Record<string, unknown>>,
  ): void {
    const month = monthOf(record['period']);
    if (month === undefined) {
      this.#ignored++;
      return;
    }
    this.#touch(kampungId);
    let values: Values | undefined;
    this.#periods.forEach((p, i) => {
      if (month > p.last) return;
      values ??= this.#read(type, record);
      const s = this.#cell(kampungId, i);
      s[type] ??= { cells: new Map() };
      const snap = s[type];
      if (month >= p.first) snap.cells.set(month, values);
      else if (snap.carryMonth === undefined || month >= snap.carryMonth) {
        snap.carryMonth = month;
        snap.carry = values;
      }
    });
  }

  #addBudget(kampungId: string, record: Readonly<Record<string, unknown>>): void {
    const year = record['year'];
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      this.#ignored++;
      return;
    }
    this.#touch(kampungId);
    let values: Values | undefined;
    this.#periods.forEach((p, i) => {
      if (!p.isYear || p.year !== year) return;
      values ??= this.#read('budget', record);
      const s = this.#cell(kampungId, i);
      s.budget ??= new Array<number>(this.#slots.budget).fill(Number.NaN);
      const sums = s.budget;
      values.forEach((v, slot) => {
        if (v === undefined) return;
        sums[slot] = Number.isNaN(sums[slot] as number) ? v : (sums[slot] as number) + v;
      });
    });
  }

  #addEvent(
    type: 'intervention' | 'proposal',
    kampungId: string,
    record: Readonly<Record<string, unknown>>,
  ): void {
    this.#touch(kampungId);
    for (const r of this.#bySource.get(type) ?? []) {
      const m = r.measure as EventMeasure;
      const month = m.month(record);
      if (month === undefined) continue;
      this.#periods.forEach((p, i) => {
        if (month < p.first || month > p.last) return;
        const s = this.#cell(kampungId, i);
        s.events ??= {
          counts: new Array<number>(this.#slots.event).fill(0),
          sets: new Array<Set<string> | undefined>(this.#slots.event).fill(undefined),
        };
        const ev = s.events;
        if (m.codes) {
          const set = ev.sets[r.slot] ?? new Set<string>();
          ev.sets[r.slot] = set;
          for (const c of m.codes(record)) set.add(c);
        }
        ev.counts[r.slot] = (ev.counts[r.slot] as number) + m.amount(record);
      });
    }
  }

  /** The groups so far (the aggregator can take more records afterwards). */
  result(): AggregationResult {
    const groups = new Map<string, GroupAccumulator>();
    const unplaced = new Set<string>();
    const kampungIds = new Set<string>([...this.#kampung.keys(), ...this.#state.keys()]);
    for (const k of kampungIds) {
      const info = this.#kampung.get(k);
      const orgUnit =
        this.#level === 'kampung'
          ? k
          : info?.regionCode === undefined
            ? undefined
            : regionAncestorAt(info.regionCode, this.#level);
      const periods = this.#state.get(k);
      this.#periods.forEach((p, i) => {
        const s = periods?.[i];
        const expected = p.months.filter(
          (m) => info?.designationMonth === undefined || m >= info.designationMonth,
        );
        if (expected.length === 0 && !s) return;
        if (orgUnit === undefined) {
          unplaced.add(k);
          return;
        }
        const key = groupKey(orgUnit, p.id);
        let g = groups.get(key);
        if (!g) {
          g = new GroupAccumulator(key, this.#level, orgUnit, p.id, this.#resolved.length);
          groups.set(key, g);
        }
        g.kampungIds.push(k);
        g.expected += expected.length;
        const expectedSet = new Set(expected);
        this.#resolved.forEach((r, j) => {
          g.add(j, r, kampungValue(r, p, s, expectedSet));
        });
      });
    }
    const sorted = [...groups.values()].sort((a, b) =>
      a.orgUnit < b.orgUnit
        ? -1
        : a.orgUnit > b.orgUnit
          ? 1
          : this.#periodIndex(a.periodId) - this.#periodIndex(b.periodId),
    );
    return {
      groups: new Map(sorted.map((g) => [g.key, g.finish(this.#resolved)])),
      periods: this.#periods.map((p) => p.id),
      invalidPeriods: [...this.#invalidPeriods],
      invalidElements: [...this.#invalidElements],
      unplacedKampung: [...unplaced].sort(),
      ignoredRecords: this.#ignored,
    };
  }

  #periodIndex(id: string): number {
    return this.#periods.findIndex((p) => p.id === id);
  }
}

/** One kampung's contribution to one element in one period. */
interface KampungValue {
  readonly value: number | undefined;
  readonly set: Set<string> | undefined;
  readonly months: number;
  readonly missing: number;
}

function timeAggregate(
  r: Resolved,
  series: readonly (number | undefined)[],
  p: Period,
  expected: Set<string>,
): KampungValue {
  let months = 0;
  let missing = 0;
  let sum = 0;
  let last: number | undefined;
  series.forEach((v, i) => {
    if (v === undefined) {
      if (expected.has(p.months[i] as string)) missing++;
      return;
    }
    months++;
    sum += v;
    last = v;
  });
  const value =
    months === 0
      ? undefined
      : r.element.timeAggregation === 'last'
        ? last
        : r.element.timeAggregation === 'sum'
          ? sum
          : sum / months;
  return { value, set: undefined, months, missing };
}

function snapshotSeries(snap: Snapshots | undefined, slot: number, p: Period): (number | undefined)[] {
  let current = snap?.carry;
  return p.months.map((m) => {
    const cell = snap?.cells.get(m);
    if (cell) current = cell;
    return current?.[slot];
  });
}

function kampungValue(
  r: Resolved,
  p: Period,
  s: KampungPeriod | undefined,
  expected: Set<string>,
): KampungValue {
  switch (r.source) {
    case 'monthly':
      return timeAggregate(
        r,
        p.months.map((m) => s?.monthly?.get(m)?.[r.slot]),
        p,
        expected,
      );
    case 'population':
    case 'profile':
      return timeAggregate(r, snapshotSeries(s?.[r.source], r.slot, p), p, expected);
    case 'budget': {
      const v = s?.budget?.[r.slot];
      return v === undefined || Number.isNaN(v)
        ? { value: undefined, set: undefined, months: 0, missing: expected.size }
        : { value: v, set: undefined, months: p.months.length, missing: 0 };
    }
    default: {
      const set = r.setValued ? (s?.events?.sets[r.slot] ?? new Set<string>()) : undefined;
      return {
        value: set ? set.size : (s?.events?.counts[r.slot] ?? 0),
        set,
        months: p.months.length,
        missing: 0,
      };
    }
  }
}

interface ElementAccumulator {
  sum: number;
  kampung: number;
  months: number;
  missing: number;
  union: Set<string> | undefined;
}

class GroupAccumulator {
  readonly kampungIds: string[] = [];
  expected = 0;
  readonly #acc: ElementAccumulator[];

  constructor(
    readonly key: string,
    readonly level: AggregationLevel,
    readonly orgUnit: string,
    readonly periodId: PeriodId,
    elements: number,
  ) {
    this.#acc = Array.from({ length: elements }, () => ({
      sum: 0,
      kampung: 0,
      months: 0,
      missing: 0,
      union: undefined,
    }));
  }

  add(j: number, r: Resolved, v: KampungValue): void {
    const a = this.#acc[j] as ElementAccumulator;
    a.months += v.months;
    a.missing += v.missing;
    if (v.value === undefined) return;
    a.kampung++;
    a.sum += v.value;
    if (r.element.spaceAggregation === 'distinct' && v.set) {
      a.union ??= new Set();
      for (const c of v.set) a.union.add(c);
    }
  }

  finish(resolved: readonly Resolved[]): AggregatedValues {
    const values: Record<string, AggregatedValue> = {};
    resolved.forEach((r, j) => {
      const a = this.#acc[j] as ElementAccumulator;
      const value =
        a.kampung === 0
          ? null
          : r.element.spaceAggregation === 'distinct'
            ? (a.union?.size ?? 0)
            : r.element.spaceAggregation === 'average'
              ? a.sum / a.kampung
              : a.sum;
      values[r.element.id] = {
        value,
        kampungMonths: a.months,
        kampung: a.kampung,
        missingKampungMonths: a.missing,
        anyMissing: a.missing > 0,
      };
    });
    return {
      key: this.key,
      level: this.level,
      orgUnit: this.orgUnit,
      periodId: this.periodId,
      kampungIds: [...this.kampungIds].sort(),
      expectedKampungMonths: this.expected,
      values,
    };
  }
}

/**
 * The records of a data set as a stream of {@link TypedRecord}s, kampung first.
 *
 * @example
 * ```ts
 * for (const { type, record } of datasetRecords(dataset)) console.log(type, record);
 * ```
 */
export function* datasetRecords(dataset: Partial<Dataset>): Generator<TypedRecord> {
  for (const record of dataset.kampung ?? []) yield { type: 'kampung', record };
  for (const record of dataset.profiles ?? []) yield { type: 'profile', record };
  for (const record of dataset.population ?? []) yield { type: 'population', record };
  for (const record of dataset.monthly ?? []) yield { type: 'monthly', record };
  for (const record of dataset.interventions ?? []) yield { type: 'intervention', record };
  for (const record of dataset.proposals ?? []) yield { type: 'proposal', record };
  for (const record of dataset.budgets ?? []) yield { type: 'budget', record };
}

function isIterable(x: unknown): x is Iterable<TypedRecord> {
  return typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/**
 * Aggregates a data set or a stream of typed records into groups of (kampung or region, period); see
 * {@link Aggregator} for the rules. Time first, per kampung: `last` is the value at the latest month of the
 * period that has one, so when kampung report in different months each contributes its own latest month
 * (kampung A's March and kampung B's February add up in a quarter); a snapshot holds from its month until
 * the next one. Space second, over the group's kampung that have a value. A group whose kampung have no
 * value is `null`, not 0; a kampung without a record in the period contributes nothing to a stock and its
 * expected months count as missing.
 *
 * @example
 * ```ts
 * const { groups } = aggregate(dataset, {
 *   elements: DEFAULT_DATA_ELEMENTS, level: 'regency', periods: ['2020Q1', '2020'],
 * });
 * groups.get(groupKey('63.71', '2020Q1'))?.values['monthly.users.iud'];
 * // { value: 40, kampungMonths: 8, kampung: 3, missingKampungMonths: 1, anyMissing: true }
 * ```
 */
export function aggregate(
  source: Partial<Dataset> | Iterable<TypedRecord>,
  options: AggregationOptions,
): AggregationResult {
  const agg = new Aggregator(options);
  const records = isIterable(source) ? source : datasetRecords(source);
  for (const r of records) agg.add(r);
  return agg.result();
}

/**
 * {@link aggregate} over an async stream (records read from files or the network one by one), holding only
 * the aggregation's bookkeeping in memory.
 *
 * @example
 * ```ts
 * const result = await aggregateAsync(readRecords(), { elements, level: 'district', periods: ['2020'] });
 * ```
 */
export async function aggregateAsync(
  source: AsyncIterable<TypedRecord> | Iterable<TypedRecord>,
  options: AggregationOptions,
): Promise<AggregationResult> {
  const agg = new Aggregator(options);
  for await (const r of source) agg.add(r);
  return agg.result();
}
