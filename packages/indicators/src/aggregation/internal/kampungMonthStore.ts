import { type Label, monthsOf, type PeriodId, parsePeriodId, regionAncestorAt } from '@kampung-kb/model';
import {
  type ElementMeasure,
  type EventMeasure,
  elementMeasure,
  type FieldReader,
} from '../../internal/elementMeasure.js';
import type { TypedRecord } from '../aggregate.js';
import type { DataElement } from '../dataElement.js';

/**
 * The kampung-month state of a run, held once: every record is read once, into one value vector per kampung
 * and month (monthly reports), per kampung and snapshot month (population, profile), per kampung and budget
 * year, and per kampung and month of events. Every (level, period) of the run is then computed from it by
 * {@link KampungMonthStore.groups}, in time linear in the kampung, with no further pass over the records.
 */

/** A period of a run, with its months. */
export interface StorePeriod {
  readonly id: PeriodId;
  readonly year: number;
  readonly isYear: boolean;
  readonly first: string;
  readonly last: string;
  readonly months: readonly string[];
}

/** The period of an id, or `undefined` when it is not a period id. */
export function storePeriod(id: string): StorePeriod | undefined {
  const parsed = parsePeriodId(id);
  if (!parsed) return undefined;
  const months = monthsOf(parsed.id);
  return {
    id: parsed.id,
    year: parsed.year,
    isYear: parsed.type === 'year',
    first: months[0] as string,
    last: months[months.length - 1] as string,
    months,
  };
}

type FieldSource = 'monthly' | 'population' | 'profile' | 'budget' | 'family';

/** An element resolved to where its value lives in the store. */
export interface StoreElement {
  readonly element: DataElement;
  readonly source: FieldSource | 'event';
  /** Index within its source's value vector (events: within the event counters). */
  readonly slot: number;
  readonly read?: FieldReader;
  readonly measure?: EventMeasure;
  readonly eventType?: 'intervention' | 'proposal';
  readonly setValued: boolean;
  readonly timeCode: number;
  readonly spaceCode: number;
}

/** An element that cannot be used, and why. */
export interface StoreInvalidElement {
  readonly id: string;
  readonly reason: Label;
}

const TIME_CODES = { last: 0, sum: 1, average: 2, distinct: 3 } as const;
const SPACE_CODES = { sum: 0, average: 1, distinct: 2 } as const;

function invalid(e: DataElement, id: string, en: string): StoreInvalidElement {
  return { id: e.id, reason: { id, en } };
}

/** Checks an element's aggregation against its measure: `undefined` when usable. */
function checkElement(e: DataElement, m: ElementMeasure): StoreInvalidElement | undefined {
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
  return checkKind(e, summedOnly);
}

/**
 * Checks an element's kind against its time aggregation, as DHIS2 separates stocks from flows: a stock (a
 * level at a moment) is never summed over months, a flow (what happened during the months) never takes
 * the last month alone, and events and budgets are flows.
 */
function checkKind(e: DataElement, eventOrBudget: boolean): StoreInvalidElement | undefined {
  if (e.kind === 'stock' && eventOrBudget) {
    return invalid(
      e,
      `'${e.id}' menghitung kejadian atau anggaran, jadi jenisnya 'flow', bukan 'stock'`,
      `'${e.id}' counts events or budgets, so its kind is 'flow', not 'stock'`,
    );
  }
  if (e.kind === 'stock' && e.timeAggregation === 'sum') {
    return invalid(
      e,
      `'${e.id}' adalah stok (keadaan pada satu saat): nilai beberapa bulan tidak boleh dijumlahkan; pakai agregasi waktu 'last' atau 'average'`,
      `'${e.id}' is a stock (a level at a moment): its months must not be summed; use time aggregation 'last' or 'average'`,
    );
  }
  if (e.kind === 'flow' && e.timeAggregation === 'last') {
    return invalid(
      e,
      `'${e.id}' adalah arus (kejadian selama periode): bulan terakhir saja tidak mewakili periode; pakai agregasi waktu 'sum' atau 'average'`,
      `'${e.id}' is a flow (what happens during the period): the last month alone does not stand for the period; use time aggregation 'sum' or 'average'`,
    );
  }
  return undefined;
}

/** Resolves elements for a store: the usable ones with their slots, and the others with why. */
export function resolveElements(elements: readonly DataElement[]): {
  readonly resolved: StoreElement[];
  readonly invalid: StoreInvalidElement[];
} {
  const resolved: StoreElement[] = [];
  const bad: StoreInvalidElement[] = [];
  const slots: Record<FieldSource | 'event', number> = {
    monthly: 0,
    population: 0,
    profile: 0,
    budget: 0,
    family: 0,
    event: 0,
  };
  const seen = new Set<string>();
  for (const e of elements) {
    if (seen.has(e.id)) {
      bad.push(invalid(e, `Id elemen '${e.id}' ganda`, `Element id '${e.id}' is repeated`));
      continue;
    }
    seen.add(e.id);
    const m = elementMeasure(e);
    const problem = checkElement(e, m);
    if (problem || !m.ok) {
      if (problem) bad.push(problem);
      continue;
    }
    const timeCode = TIME_CODES[e.timeAggregation];
    const spaceCode = SPACE_CODES[e.spaceAggregation];
    if (m.source === 'event') {
      resolved.push({
        element: e,
        source: 'event',
        slot: slots.event++,
        measure: m.measure,
        eventType: e.recordType as 'intervention' | 'proposal',
        setValued: m.measure.codes !== undefined,
        timeCode,
        spaceCode,
      });
    } else {
      const source = e.recordType as FieldSource;
      resolved.push({
        element: e,
        source,
        slot: slots[source]++,
        read: m.read,
        setValued: false,
        timeCode,
        spaceCode,
      });
    }
  }
  return { resolved, invalid: bad };
}

const MONTH_RE = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const PREFIX_RE = /^[0-9]{4}-[0-9]{2}/;

function monthOf(value: unknown): string | undefined {
  return typeof value === 'string' && MONTH_RE.test(value) ? value : undefined;
}

/** The `YYYY-MM` a date-like text starts with, when that is a real month. */
function prefixMonth(value: unknown): string | null | undefined {
  if (typeof value !== 'string' || !PREFIX_RE.test(value)) return undefined;
  const m = value.slice(0, 7);
  return MONTH_RE.test(m) ? m : null;
}

const EMPTY = new Float64Array(0);

interface Snapshots {
  /** The latest snapshot before the store's first month (a later one of the same month replaces it). */
  beforeMonth: string | undefined;
  before: Float64Array | undefined;
  /** Snapshots from the store's first month to its last, by month. */
  readonly cells: Map<string, Float64Array>;
}

interface EventCell {
  readonly counts: Float64Array;
  /** Per event element: 1 when a record of the month was placed in it (even one adding 0). */
  readonly hit: Uint8Array;
  readonly sets: (Set<string> | undefined)[];
}

/** What the store keeps of one kampung. */
export interface KampungState {
  /** Whether any usable record of the kampung came (the roster of a stand-alone aggregator). */
  touched: boolean;
  /** An event whose month cannot be read: an engine that routes by month sends it to every period. */
  eventEverywhere: boolean;
  /** Months an event was routed to by the month its date text starts with. */
  eventMonths: Set<string> | undefined;
  monthly: Map<string, Float64Array> | undefined;
  population: Snapshots | undefined;
  profile: Snapshots | undefined;
  /** Family tallies: snapshots like population and profile. */
  family: Snapshots | undefined;
  budget: Map<number, Float64Array> | undefined;
  events: Map<string, EventCell> | undefined;
}

/** What the store keeps of a kampung record. */
interface KampungInfo {
  readonly regionCode: string | undefined;
  readonly designationMonth: string | undefined;
  /** Org unit per level index, computed once. */
  readonly orgUnits: (string | undefined | null)[];
}

/** How group membership is decided. */
export type RosterMode =
  /** As a stand-alone aggregator: a kampung is known from its kampung record or from any usable record. */
  | 'stream'
  /**
   * As the engine's (level, period) aggregators fed only the records that can count in their period: a
   * kampung without a kampung record is known in a period only from records of that period.
   */
  | 'period';

/** The groups of one (level, period), column by column (`g * elements + j`). */
export interface GroupTable {
  /** Sorted. */
  readonly orgUnits: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The kampung of each group, in roster order (sort before showing). */
  readonly kampungIds: readonly string[][];
  readonly expected: readonly number[];
  /** Number of elements (columns). */
  readonly width: number;
  /** Aggregated value, `NaN` for `null`. */
  readonly value: Float64Array;
  readonly kampungMonths: Int32Array;
  readonly kampung: Int32Array;
  readonly missing: Int32Array;
  readonly unplaced: readonly string[];
}

const SOURCE_CODES = { monthly: 0, population: 1, profile: 2, budget: 3, event: 4, family: 5 } as const;

interface RosterEntry {
  readonly id: string;
  readonly info: KampungInfo | undefined;
  readonly state: KampungState | undefined;
}

const LEVEL_INDEX: Readonly<Record<string, number>> = {
  kampung: 0,
  province: 1,
  regency: 2,
  district: 3,
  village: 4,
};

/**
 * The kampung-month state of a run (see the file's comment). Records may come in any order; a later
 * monthly report or snapshot of the same kampung and month replaces the earlier one; budget lines and
 * events add up.
 */
export class KampungMonthStore {
  readonly elements: readonly StoreElement[];
  readonly #first: string;
  readonly #last: string;
  readonly #years: ReadonlySet<number>;
  readonly #bySource: Record<FieldSource | 'intervention' | 'proposal', StoreElement[]> = {
    monthly: [],
    population: [],
    profile: [],
    budget: [],
    family: [],
    intervention: [],
    proposal: [],
  };
  readonly #width: Record<FieldSource | 'event', number> = {
    monthly: 0,
    population: 0,
    profile: 0,
    budget: 0,
    family: 0,
    event: 0,
  };
  readonly #info = new Map<string, KampungInfo>();
  readonly #state = new Map<string, KampungState>();
  #roster: RosterEntry[] | undefined;
  ignored = 0;

  readonly #periods: readonly StorePeriod[];
  /** Per period: the elements (indices) read for it; `undefined` for all. */
  readonly #needs: readonly ReadonlySet<number>[] | undefined;
  readonly #readers = new Map<string, StoreElement[]>();
  readonly #indexOf = new Map<StoreElement, number>();

  /**
   * `needs`, parallel to `periods`, names the elements each period reads (indices into `elements`): a record
   * is then read only for the elements of the periods it can count in. Without it, every element is read.
   */
  constructor(
    elements: readonly StoreElement[],
    periods: readonly StorePeriod[],
    needs?: readonly (readonly number[])[],
  ) {
    this.elements = elements;
    this.#periods = periods;
    this.#needs = needs?.map((n) => new Set(n));
    elements.forEach((e, i) => {
      this.#indexOf.set(e, i);
    });
    let first = '9999-12';
    let last = '0000-01';
    const years = new Set<number>();
    for (const p of periods) {
      if (p.first < first) first = p.first;
      if (p.last > last) last = p.last;
      if (p.isYear) years.add(p.year);
    }
    this.#first = first;
    this.#last = last;
    this.#years = years;
    for (const e of elements) {
      const key = e.source === 'event' ? (e.eventType as 'intervention' | 'proposal') : e.source;
      this.#bySource[key].push(e);
      this.#width[e.source] = Math.max(this.#width[e.source], e.slot + 1);
    }
  }

  /** Takes one record into account; records without a kampung id or a readable month/year are counted as ignored. */
  add(item: TypedRecord): void {
    if (item.type === 'region') return;
    const record = item.record as unknown as Readonly<Record<string, unknown>>;
    if (item.type === 'kampung') {
      this.#addKampung(record);
      return;
    }
    const kampungId = record['kampungId'];
    if (typeof kampungId !== 'string') {
      this.ignored++;
      return;
    }
    switch (item.type) {
      case 'monthly':
        this.#addMonthly(kampungId, record);
        return;
      case 'population':
      case 'profile':
      case 'family':
        this.#addSnapshot(item.type, kampungId, record);
        return;
      case 'budget':
        this.#addBudget(kampungId, record);
        return;
      default:
        this.#addEvent(item.type, kampungId, record);
    }
  }

  #addKampung(record: Readonly<Record<string, unknown>>): void {
    const id = record['id'];
    if (typeof id !== 'string') {
      this.ignored++;
      return;
    }
    const code = record['regionCode'];
    const date = record['designationDate'];
    this.#roster = undefined;
    this.#info.set(id, {
      regionCode: typeof code === 'string' ? code : undefined,
      designationMonth: typeof date === 'string' ? monthOf(date.slice(0, 7)) : undefined,
      orgUnits: [],
    });
  }

  /** A monthly report: a later one of the same kampung and month replaces the earlier. */
  #addMonthly(kampungId: string, record: Readonly<Record<string, unknown>>): void {
    const month = monthOf(record['period']);
    if (month === undefined) {
      this.ignored++;
      return;
    }
    const s = this.#touch(kampungId);
    if (month < this.#first || month > this.#last) return;
    s.monthly ??= new Map();
    s.monthly.set(month, this.#read('monthly', record, month));
  }

  /**
   * A population, profile or family snapshot: kept by month from the store's first month on; before it,
   * only the latest (of two of the same month, the later one) is kept, to be carried in.
   */
  #addSnapshot(
    type: 'population' | 'profile' | 'family',
    kampungId: string,
    record: Readonly<Record<string, unknown>>,
  ): void {
    const month = monthOf(record['period']);
    if (month === undefined) {
      this.ignored++;
      return;
    }
    const s = this.#touch(kampungId);
    if (month > this.#last) return;
    s[type] ??= { beforeMonth: undefined, before: undefined, cells: new Map() };
    const snap = s[type] as Snapshots;
    if (month >= this.#first) snap.cells.set(month, this.#read(type, record, month));
    else if (snap.beforeMonth === undefined || month >= snap.beforeMonth) {
      snap.beforeMonth = month;
      snap.before = this.#read(type, record, month);
    }
  }

  /** A budget line: its amounts add up per kampung and year. */
  #addBudget(kampungId: string, record: Readonly<Record<string, unknown>>): void {
    const year = record['year'];
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      this.ignored++;
      return;
    }
    const s = this.#touch(kampungId);
    if (!this.#years.has(year)) return;
    s.budget ??= new Map();
    let sums = s.budget.get(year);
    if (!sums) {
      sums = new Float64Array(this.#width.budget).fill(Number.NaN);
      s.budget.set(year, sums);
    }
    for (const r of this.#readersFor('budget', String(year))) {
      const v = r.read?.(record);
      if (v === undefined) continue;
      const old = sums[r.slot] as number;
      sums[r.slot] = Number.isNaN(old) ? v : old + v;
    }
  }

  #touch(kampungId: string): KampungState {
    let s = this.#state.get(kampungId);
    if (!s) {
      s = {
        touched: true,
        eventEverywhere: false,
        eventMonths: undefined,
        monthly: undefined,
        population: undefined,
        profile: undefined,
        family: undefined,
        budget: undefined,
        events: undefined,
      };
      this.#state.set(kampungId, s);
      this.#roster = undefined;
    }
    return s;
  }

  /** The elements of a source read for a record of a month (or a budget year): those its periods need. */
  #readersFor(source: FieldSource, at: string): readonly StoreElement[] {
    const needs = this.#needs;
    if (!needs) return this.#bySource[source];
    const key = `${source}|${at}`;
    let list = this.#readers.get(key);
    if (!list) {
      const relevant = this.#periods.filter((p) =>
        source === 'monthly'
          ? p.first <= at && at <= p.last
          : source === 'budget'
            ? p.isYear && String(p.year) === at
            : at <= p.last,
      );
      list = this.#bySource[source].filter((e) => {
        const i = this.#indexOf.get(e) as number;
        return relevant.some((p) => needs[this.#periods.indexOf(p)]?.has(i));
      });
      this.#readers.set(key, list);
    }
    return list;
  }

  #read(source: FieldSource, record: Readonly<Record<string, unknown>>, month: string): Float64Array {
    const width = this.#width[source];
    if (width === 0) return EMPTY;
    const out = new Float64Array(width).fill(Number.NaN);
    for (const r of this.#readersFor(source, month)) {
      const v = r.read?.(record);
      if (v !== undefined) out[r.slot] = v;
    }
    return out;
  }

  #routeMonth(s: KampungState, m: string | null | undefined): void {
    if (m === undefined) s.eventEverywhere = true;
    else if (m !== null && m >= this.#first && m <= this.#last) {
      s.eventMonths ??= new Set();
      s.eventMonths.add(m);
    }
  }

  #addEvent(
    type: 'intervention' | 'proposal',
    kampungId: string,
    record: Readonly<Record<string, unknown>>,
  ): void {
    const s = this.#touch(kampungId);
    if (type === 'intervention') this.#routeMonth(s, prefixMonth(record['date']));
    else {
      const raised = prefixMonth(record['raisedOn']);
      this.#routeMonth(s, raised);
      if (raised !== undefined) {
        const addressed = prefixMonth(record['addressedOn']);
        if (addressed !== undefined) this.#routeMonth(s, addressed);
      }
    }
    for (const r of this.#bySource[type]) {
      const m = r.measure as EventMeasure;
      const month = m.month(record);
      if (month === undefined || month < this.#first || month > this.#last) continue;
      s.events ??= new Map();
      let cell = s.events.get(month);
      if (!cell) {
        const width = this.#width.event;
        cell = { counts: new Float64Array(width), hit: new Uint8Array(width), sets: new Array(width) };
        s.events.set(month, cell);
      }
      cell.hit[r.slot] = 1;
      if (m.codes) {
        const set = cell.sets[r.slot] ?? new Set<string>();
        cell.sets[r.slot] = set;
        for (const c of m.codes(record)) set.add(c);
      }
      cell.counts[r.slot] = (cell.counts[r.slot] as number) + m.amount(record);
    }
  }

  /** Kampung known, then kampung states, month cells, carried snapshots, budget sums, event counters and codes. */
  get bookkeepingEntries(): number {
    let n = this.#info.size;
    for (const s of this.#state.values()) {
      n += 1 + (s.monthly?.size ?? 0) + (s.eventMonths?.size ?? 0);
      for (const snap of [s.population, s.profile, s.family])
        if (snap) n += snap.cells.size + (snap.before ? 1 : 0);
      for (const sums of s.budget?.values() ?? []) n += sums.length;
      for (const cell of s.events?.values() ?? []) {
        n += cell.counts.length;
        for (const set of cell.sets) n += set?.size ?? 0;
      }
    }
    return n;
  }

  #rosterList(): RosterEntry[] {
    if (!this.#roster) {
      const list: RosterEntry[] = [];
      for (const [id, info] of this.#info) list.push({ id, info, state: this.#state.get(id) });
      for (const [id, state] of this.#state)
        if (!this.#info.has(id)) list.push({ id, info: undefined, state });
      this.#roster = list;
    }
    return this.#roster;
  }

  /**
   * The groups of one level and period over the given elements (indices into {@link elements}). A kampung is
   * in a group when it is expected in the period (designated by its end, or without a kampung record) or has
   * data in it; see {@link RosterMode} for which kampung are known.
   */
  groups(level: string, p: StorePeriod, columns: readonly number[], mode: RosterMode): GroupTable {
    const layout = columnLayout(columns.map((c) => this.elements[c] as StoreElement));
    const roster = this.#rosterList();
    const placed = placeRoster(roster, level, p, layout.eventSlots, mode);
    const sorted = sortGroups(placed.orgUnits);
    const table = new GroupAccumulator(p, layout, placed.orgUnits.length);
    // Pass 2: each kampung's values over the months, added to its group (in roster order).
    for (let ri = 0; ri < roster.length; ri++) {
      const gi = placed.groupOf[ri] as number;
      if (gi < 0) continue;
      const { id, state } = roster[ri] as RosterEntry;
      table.add(sorted.rank[gi] as number, id, state, placed.e0Of[ri] as number);
    }
    table.finish();
    return {
      orgUnits: sorted.units,
      index: sorted.index,
      kampungIds: table.kampungIds,
      expected: table.expected,
      width: layout.cols.length,
      value: table.value,
      kampungMonths: table.kampungMonths,
      kampung: table.kampung,
      missing: table.missing,
      unplaced: [...placed.unplaced],
    };
  }
}

/** The columns of a group table: per column its source code, slot and time code, and which sources they read. */
interface ColumnLayout {
  readonly cols: readonly StoreElement[];
  readonly kind: Int8Array;
  readonly slots: Int32Array;
  readonly timeCode: Int8Array;
  readonly eventSlots: readonly number[];
  readonly usesPopulation: boolean;
  readonly usesProfile: boolean;
  readonly usesFamily: boolean;
}

function columnLayout(cols: readonly StoreElement[]): ColumnLayout {
  const width = cols.length;
  const kind = new Int8Array(width);
  const slots = new Int32Array(width);
  const timeCode = new Int8Array(width);
  const eventSlots: number[] = [];
  cols.forEach((c, j) => {
    kind[j] = SOURCE_CODES[c.source];
    slots[j] = c.slot;
    timeCode[j] = c.timeCode;
    if (c.source === 'event') eventSlots.push(c.slot);
  });
  return {
    cols,
    kind,
    slots,
    timeCode,
    eventSlots,
    usesPopulation: cols.some((c) => c.source === 'population'),
    usesProfile: cols.some((c) => c.source === 'profile'),
    usesFamily: cols.some((c) => c.source === 'family'),
  };
}

/** Pass 1: which kampung are in which group (unsorted group indices, `-1` for none). */
interface Placement {
  readonly groupOf: Int32Array;
  /** Per kampung: the index of the first month of the period it is expected in. */
  readonly e0Of: Int8Array;
  /** The groups' org units, in the order first met. */
  readonly orgUnits: readonly string[];
  readonly unplaced: ReadonlySet<string>;
}

function placeRoster(
  roster: readonly RosterEntry[],
  level: string,
  p: StorePeriod,
  eventSlots: readonly number[],
  mode: RosterMode,
): Placement {
  const levelIndex = LEVEL_INDEX[level] ?? 0;
  const groupOf = new Int32Array(roster.length).fill(-1);
  const e0Of = new Int8Array(roster.length);
  const index = new Map<string, number>();
  const orgUnits: string[] = [];
  const unplaced = new Set<string>();
  roster.forEach((entry, ri) => {
    const e0 = firstExpectedMonth(entry.info, p.months);
    const known =
      (entry.state !== undefined && hasDataIn(entry.state, p, eventSlots)) ||
      expectedWithoutData(entry, e0, p.months, mode);
    if (!known) return;
    const orgUnit = orgUnitOf(entry, level, levelIndex);
    if (orgUnit === undefined) {
      unplaced.add(entry.id);
      return;
    }
    let g = index.get(orgUnit);
    if (g === undefined) {
      g = orgUnits.length;
      index.set(orgUnit, g);
      orgUnits.push(orgUnit);
    }
    groupOf[ri] = g;
    e0Of[ri] = e0;
  });
  return { groupOf, e0Of, orgUnits, unplaced };
}

/** The index of the first month the kampung is expected in (designated by then); the months' length for none. */
function firstExpectedMonth(info: KampungInfo | undefined, months: readonly string[]): number {
  const dm = info?.designationMonth;
  let e0 = 0;
  if (dm !== undefined) while (e0 < months.length && (months[e0] as string) < dm) e0++;
  return e0;
}

/** Whether a kampung has data in the period: a month, a snapshot by its end, its year's budget, an event. */
function hasDataIn(s: KampungState, p: StorePeriod, eventSlots: readonly number[]): boolean {
  const months = p.months;
  const len = months.length;
  if (s.monthly) for (let i = 0; i < len; i++) if (s.monthly.has(months[i] as string)) return true;
  if (hasSnapshotBy(s.population, p.last) || hasSnapshotBy(s.profile, p.last)) return true;
  if (hasSnapshotBy(s.family, p.last)) return true;
  if (p.isYear && s.budget?.has(p.year)) return true;
  if (s.events && eventSlots.length > 0) {
    for (let i = 0; i < len; i++) {
      const ev = s.events.get(months[i] as string);
      if (ev) for (const slot of eventSlots) if (ev.hit[slot] === 1) return true;
    }
  }
  return false;
}

/**
 * Whether a kampung without data in the period is still in it: designated by its end and known (from its
 * kampung record, or, without one, from any record; in `period` mode from an event routed to the period).
 */
function expectedWithoutData(
  { info, state: s }: RosterEntry,
  e0: number,
  months: readonly string[],
  mode: RosterMode,
): boolean {
  if (e0 === months.length) return false;
  if (info !== undefined) return true;
  if (!s) return false;
  if (mode !== 'period' || s.eventEverywhere) return true;
  if (s.eventMonths) for (const m of months) if (s.eventMonths.has(m)) return true;
  return false;
}

/** The org unit of a kampung at a level (its own id at the kampung level); `undefined` when it has none. */
function orgUnitOf({ id, info }: RosterEntry, level: string, levelIndex: number): string | undefined {
  if (levelIndex === 0) return id;
  if (info === undefined) return undefined;
  let ou = info.orgUnits[levelIndex];
  if (ou === undefined) {
    ou =
      info.regionCode === undefined
        ? null
        : (regionAncestorAt(info.regionCode, level as Parameters<typeof regionAncestorAt>[1]) ?? null);
    info.orgUnits[levelIndex] = ou;
  }
  return ou ?? undefined;
}

/** The groups sorted by org unit: each unsorted group's rank, and the sorted units with their index. */
function sortGroups(orgUnits: readonly string[]): {
  readonly rank: Int32Array;
  readonly units: string[];
  readonly index: Map<string, number>;
} {
  const n = orgUnits.length;
  const order = orgUnits
    .map((_, i) => i)
    .sort((a, b) => {
      const x = orgUnits[a] as string;
      const y = orgUnits[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const rank = new Int32Array(n);
  const units: string[] = new Array(n);
  const index = new Map<string, number>();
  order.forEach((from, to) => {
    rank[from] = to;
    units[to] = orgUnits[from] as string;
    index.set(orgUnits[from] as string, to);
  });
  return { rank, units, index };
}

/**
 * Pass 2 of {@link KampungMonthStore.groups}: each kampung's value per column over the period's months (time
 * aggregation), added up into its group; {@link finish} then turns the sums into the space aggregation.
 */
class GroupAccumulator {
  readonly kampungIds: string[][];
  readonly expected: number[];
  /** Aggregated value, `NaN` for `null` (after {@link finish}). */
  readonly value: Float64Array;
  readonly kampungMonths: Int32Array;
  readonly kampung: Int32Array;
  readonly missing: Int32Array;
  readonly #p: StorePeriod;
  readonly #layout: ColumnLayout;
  readonly #width: number;
  readonly #groups: number;
  readonly #unions = new Map<number, Set<string>>();
  /** Per month of the period, for the kampung being added: its monthly report, snapshots and events. */
  readonly #monthlyAt: (Float64Array | undefined)[];
  readonly #populationAt: (Float64Array | undefined)[];
  readonly #profileAt: (Float64Array | undefined)[];
  readonly #familyAt: (Float64Array | undefined)[];
  readonly #eventsAt: (EventCell | undefined)[];
  /** The cell being computed: its value (`NaN` for none), months with a value, months missing, code set. */
  #v = Number.NaN;
  #monthsWith = 0;
  #miss = 0;
  #set: Set<string> | undefined;

  constructor(p: StorePeriod, layout: ColumnLayout, groups: number) {
    const len = p.months.length;
    const cells = groups * layout.cols.length;
    this.#p = p;
    this.#layout = layout;
    this.#width = layout.cols.length;
    this.#groups = groups;
    this.kampungIds = Array.from({ length: groups }, () => []);
    this.expected = new Array(groups).fill(0);
    this.value = new Float64Array(cells);
    this.kampungMonths = new Int32Array(cells);
    this.kampung = new Int32Array(cells);
    this.missing = new Int32Array(cells);
    this.#monthlyAt = new Array(len).fill(undefined);
    this.#populationAt = new Array(len).fill(undefined);
    this.#profileAt = new Array(len).fill(undefined);
    this.#familyAt = new Array(len).fill(undefined);
    this.#eventsAt = new Array(len).fill(undefined);
  }

  /** Adds one kampung to group `g` (sorted index), expected from month index `e0`. */
  add(g: number, id: string, s: KampungState | undefined, e0: number): void {
    const p = this.#p;
    const layout = this.#layout;
    const months = p.months;
    const len = months.length;
    const expCount = len - e0;
    (this.kampungIds[g] as string[]).push(id);
    this.expected[g] = (this.expected[g] as number) + expCount;
    for (let i = 0; i < len; i++) {
      const m = months[i] as string;
      this.#monthlyAt[i] = s?.monthly?.get(m);
      this.#eventsAt[i] = s?.events?.get(m);
    }
    if (layout.usesPopulation) snapshotSeries(s?.population, p, this.#populationAt);
    if (layout.usesProfile) snapshotSeries(s?.profile, p, this.#profileAt);
    if (layout.usesFamily) snapshotSeries(s?.family, p, this.#familyAt);
    const budget = p.isYear ? s?.budget?.get(p.year) : undefined;
    const base = g * this.#width;
    for (let j = 0; j < this.#width; j++) {
      const slot = layout.slots[j] as number;
      const k = layout.kind[j] as number;
      this.#v = Number.NaN;
      this.#monthsWith = 0;
      this.#miss = 0;
      this.#set = undefined;
      if (k <= 2 || k === 5) this.#seriesCell(k, slot, e0, layout.timeCode[j] as number);
      else if (k === 3) this.#budgetCell(budget, slot, expCount);
      else this.#eventCell(slot, (layout.cols[j] as StoreElement).setValued);
      this.#addCell(base + j, layout.cols[j] as StoreElement);
    }
  }

  /** A monthly or snapshot column: the last, sum or average of the months with a value. */
  #seriesCell(k: number, slot: number, e0: number, t: number): void {
    const series =
      k === 0 ? this.#monthlyAt : k === 1 ? this.#populationAt : k === 2 ? this.#profileAt : this.#familyAt;
    const len = series.length;
    let total = 0;
    let last = Number.NaN;
    for (let i = 0; i < len; i++) {
      const vec = series[i];
      const x = vec === undefined ? Number.NaN : (vec[slot] as number);
      if (Number.isNaN(x)) {
        if (i >= e0) this.#miss++;
        continue;
      }
      this.#monthsWith++;
      total += x;
      last = x;
    }
    if (this.#monthsWith > 0) this.#v = t === 0 ? last : t === 1 ? total : total / this.#monthsWith;
  }

  /** A budget column: the year's sum, or every expected month missing. */
  #budgetCell(budget: Float64Array | undefined, slot: number, expCount: number): void {
    const x = budget === undefined ? Number.NaN : (budget[slot] as number);
    if (Number.isNaN(x)) this.#miss = expCount;
    else {
      this.#v = x;
      this.#monthsWith = this.#p.months.length;
    }
  }

  /** An event column: the count over the months, or the number of distinct codes. */
  #eventCell(slot: number, setValued: boolean): void {
    const len = this.#p.months.length;
    this.#monthsWith = len;
    if (setValued) {
      // One month's set is used as it is; several are merged into a new one.
      let set: Set<string> | undefined;
      let owned = false;
      for (let i = 0; i < len; i++) {
        const sub = this.#eventsAt[i]?.sets[slot];
        if (!sub) continue;
        if (set === undefined) set = sub;
        else {
          if (!owned) {
            set = new Set(set);
            owned = true;
          }
          for (const c of sub) set.add(c);
        }
      }
      this.#set = set;
      this.#v = set?.size ?? 0;
    } else {
      let total = 0;
      for (let i = 0; i < len; i++) {
        const ev = this.#eventsAt[i];
        if (ev) total += ev.counts[slot] as number;
      }
      this.#v = total;
    }
  }

  /** Adds the computed cell into the group's sums (and its codes into the group's union). */
  #addCell(at: number, col: StoreElement): void {
    this.kampungMonths[at] = (this.kampungMonths[at] as number) + this.#monthsWith;
    this.missing[at] = (this.missing[at] as number) + this.#miss;
    const v = this.#v;
    if (Number.isNaN(v)) return;
    this.kampung[at] = (this.kampung[at] as number) + 1;
    this.value[at] = (this.value[at] as number) + v;
    const set = this.#set;
    if (set && col.spaceCode === 2) {
      let u = this.#unions.get(at);
      if (!u) {
        u = new Set();
        this.#unions.set(at, u);
      }
      for (const c of set) u.add(c);
    }
  }

  /** Space aggregation: the sums become values (`NaN` for a group without a value). */
  finish(): void {
    const width = this.#width;
    for (let j = 0; j < width; j++) {
      const space = (this.#layout.cols[j] as StoreElement).spaceCode;
      for (let g = 0; g < this.#groups; g++) {
        const at = g * width + j;
        const k = this.kampung[at] as number;
        if (k === 0) this.value[at] = Number.NaN;
        else if (space === 2) this.value[at] = this.#unions.get(at)?.size ?? 0;
        else if (space === 1) this.value[at] = (this.value[at] as number) / k;
      }
    }
  }
}

function hasSnapshotBy(snap: Snapshots | undefined, last: string): boolean {
  if (!snap) return false;
  if (snap.before) return true;
  for (const m of snap.cells.keys()) if (m <= last) return true;
  return false;
}

/** The snapshot in force at each month of the period: the latest taken on or before it. */
function snapshotSeries(
  snap: Snapshots | undefined,
  p: StorePeriod,
  out: (Float64Array | undefined)[],
): void {
  const months = p.months;
  if (!snap) {
    out.fill(undefined);
    return;
  }
  // Carried in: the latest snapshot before the period's first month.
  let carryMonth = snap.beforeMonth;
  let current = snap.before;
  for (const [m, vec] of snap.cells) {
    if (m < p.first && (carryMonth === undefined || m > carryMonth)) {
      carryMonth = m;
      current = vec;
    }
  }
  for (let i = 0; i < months.length; i++) {
    const cell = snap.cells.get(months[i] as string);
    if (cell) current = cell;
    out[i] = current;
  }
}
