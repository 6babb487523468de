import type {
  Budget,
  Dataset,
  FamilyTally,
  Intervention,
  Kampung,
  Label,
  MonthlyReport,
  PeriodId,
  PopulationSnapshot,
  ProfileSnapshot,
  Proposal,
  Region,
  RegionLevel,
} from '@kampung-kb/model';
import type { DataElement } from './dataElement.js';
import {
  KampungMonthStore,
  resolveElements,
  type StoreElement,
  type StorePeriod,
  storePeriod,
} from './internal/kampungMonthStore.js';

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
  | { readonly type: 'budget'; readonly record: Budget }
  | { readonly type: 'family'; readonly record: FamilyTally };

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

/**
 * Aggregates records into groups of (kampung or region, period), one record at a time, separating time from
 * space as DHIS2's aggregation types do: each element is first aggregated over the months of the period for
 * each kampung (`timeAggregation`), then over the kampung of the group (`spaceAggregation`).
 *
 * Memory is proportional to the groups, never to the records: the kampung-month state is held once for all
 * the periods (one value vector per kampung and month of the periods for monthly reports and snapshots, plus
 * one snapshot carried in from before the first period, one running sum per budget element and year, and
 * one counter per event element and month with the distinct agency codes, bounded by the agency code list),
 * and every period is computed from it when {@link Aggregator.result} is called.
 * {@link Aggregator.bookkeepingEntries} counts these entries.
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
  readonly #periods: StorePeriod[] = [];
  readonly #invalidPeriods: string[] = [];
  readonly #invalidElements: InvalidElement[];
  readonly #store: KampungMonthStore;
  readonly #columns: number[];

  constructor(options: AggregationOptions) {
    this.#level = options.level;
    const seenPeriods = new Set<string>();
    for (const p of options.periods) {
      const parsed = storePeriod(p);
      if (!parsed) {
        this.#invalidPeriods.push(p);
        continue;
      }
      if (seenPeriods.has(parsed.id)) continue;
      seenPeriods.add(parsed.id);
      this.#periods.push(parsed);
    }
    const { resolved, invalid } = resolveElements(options.elements);
    this.#invalidElements = invalid;
    this.#store = new KampungMonthStore(resolved, this.#periods);
    this.#columns = resolved.map((_, i) => i);
  }

  /** Takes one record into account. Records of other types, or without a kampung id or date, are skipped. */
  add(item: TypedRecord): void {
    this.#store.add(item);
  }

  /**
   * How many bookkeeping entries the aggregator holds: kampung known, kampung states, month cells, carried
   * snapshots, running sums and distinct codes. It depends on the kampung, periods and months seen, never on
   * how many records repeat them.
   */
  get bookkeepingEntries(): number {
    return this.#store.bookkeepingEntries;
  }

  /** The groups so far (the aggregator can take more records afterwards). */
  result(): AggregationResult {
    const elements = this.#store.elements;
    const all: { orgUnit: string; period: number; values: AggregatedValues }[] = [];
    const unplaced = new Set<string>();
    this.#periods.forEach((p, pi) => {
      const t = this.#store.groups(this.#level, p, this.#columns, 'stream');
      for (const k of t.unplaced) unplaced.add(k);
      t.orgUnits.forEach((orgUnit, g) => {
        const values: Record<string, AggregatedValue> = {};
        for (let j = 0; j < t.width; j++) {
          const at = g * t.width + j;
          const v = t.value[at] as number;
          const missing = t.missing[at] as number;
          values[(elements[j] as StoreElement).element.id] = {
            value: Number.isNaN(v) ? null : v,
            kampungMonths: t.kampungMonths[at] as number,
            kampung: t.kampung[at] as number,
            missingKampungMonths: missing,
            anyMissing: missing > 0,
          };
        }
        all.push({
          orgUnit,
          period: pi,
          values: {
            key: groupKey(orgUnit, p.id),
            level: this.#level,
            orgUnit,
            periodId: p.id,
            kampungIds: [...(t.kampungIds[g] as string[])].sort(),
            expectedKampungMonths: t.expected[g] as number,
            values,
          },
        });
      });
    });
    all.sort((a, b) => (a.orgUnit < b.orgUnit ? -1 : a.orgUnit > b.orgUnit ? 1 : a.period - b.period));
    return {
      groups: new Map(all.map((g) => [g.values.key, g.values])),
      periods: this.#periods.map((p) => p.id),
      invalidPeriods: [...this.#invalidPeriods],
      invalidElements: [...this.#invalidElements],
      unplacedKampung: [...unplaced].sort(),
      ignoredRecords: this.#store.ignored,
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
  for (const record of dataset.familyTallies ?? []) yield { type: 'family', record };
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
