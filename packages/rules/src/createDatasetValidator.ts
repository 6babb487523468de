import type { EvalContext } from '@kampung-kb/expr';
import {
  type Issue,
  MONTH_PATTERN,
  type MonthlyReport,
  monthIndex,
  monthOfIndex,
  type PopulationSnapshot,
  RECORD_TYPES,
  type RecordType,
  type SourceRef,
} from '@kampung-kb/model';
import type {
  FusedCheck,
  RecordRunner,
  RuleExplanation,
  RuleViolation,
  SeriesRunner,
} from './compileRules.js';
import { ruleSetInternals } from './compileRules.js';
import type { ExpandedRule } from './expandRules.js';
import { checkFutureDate } from './internal/futureDateCheck.js';
import { IssueSink, type RecordRef, stringField } from './internal/issueSink.js';
import { MonthlyStore } from './internal/monthlyStore.js';
import { FIRST, HISTORY, NO_ROW } from './internal/monthSlots.js';
import type { IndexedSnapshot } from './internal/populationIndex.js';
import { reportPopulationMissing } from './internal/populationMissingCheck.js';
import {
  checkKampungReference,
  type DuplicateKey,
  duplicateKey,
  type FirstRecord,
  reportDuplicate,
} from './internal/referenceChecks.js';
import { checkKampungRegion, checkRegionRecord } from './internal/regionChecks.js';
import { reportMissingMonths } from './internal/reportMissingCheck.js';
import { monthlyVariables, populationVariables } from './internal/ruleEnvironments.js';
import { cityCodeOf, ruleSetOf, todayOf } from './internal/runOptions.js';
import { checkSchema } from './internal/schemaCheck.js';
import { checkJump, checkOutlier, outlierStatistics, type ReportInContext } from './internal/seriesChecks.js';
import type { SeriesStatistics } from './internal/seriesStatistics.js';
import { buildContext, type ValidationContext } from './internal/validationContext.js';
import type { ValidateOptions, ValidationResult } from './validateDataset.js';
import type { RecordTypeSummary, ValidationSummary } from './validationSummary.js';

/**
 * Options of {@link createDatasetValidator}: those of {@link validateDataset}, plus `onIssue` to receive
 * each issue as soon as it is found instead of collecting them.
 */
export interface DatasetValidatorOptions extends ValidateOptions {
  /**
   * Called with every issue as soon as it is found (then `finish().issues` is empty and nothing keeps
   * the issues alive). Issues arrive record by record, not sorted: see {@link createDatasetValidator}.
   */
  readonly onIssue?: (issue: Issue) => void;
}

/**
 * A validation run fed one record at a time: {@link createDatasetValidator}.
 *
 * @example
 * ```ts
 * const v: DatasetValidator = createDatasetValidator({ today: '2021-01-31' });
 * v.add('kampung', kampung);
 * v.add('monthly', report, { file: 'monthly.csv', line: 2 });
 * v.finish().summary.bySeverity.error; // 0
 * ```
 */
export interface DatasetValidator {
  /** Checks one record (`source`: where it was read, for the issues' locations). */
  add(type: RecordType, record: unknown, source?: SourceRef): void;
  /** Ends the run: the checks that waited for later records, then the summary. Call once. */
  finish(): ValidationResult;
}

/** Work still to do for a monthly report at `finish()`, as flags. */
const HISTORY_RULES_PENDING = 1;
const JUMPS_PENDING = 2;

const MONTH_RE = new RegExp(MONTH_PATTERN);
const NO_VARS: EvalContext = Object.freeze({ vars: Object.freeze({}) });
const CALLER = 'createDatasetValidator';
/** Types whose records monthly reports are checked against: they must come before the first monthly report. */
const REFERENCE_TYPES: ReadonlySet<RecordType> = new Set(['region', 'kampung', 'population']);
const TYPE_RANK = new Map(RECORD_TYPES.map((t, i) => [t.type, i]));

const NOT_YET: unique symbol = Symbol('not yet projected');

/**
 * The context of a report when rules read earlier months: the population variables, and the previous
 * month's and last year's reports, projected from the store only when an expression reads them.
 */
class HistoryContext implements EvalContext {
  private p: unknown = NOT_YET;
  private l: unknown = NOT_YET;

  constructor(
    readonly vars: Readonly<Record<string, unknown>>,
    private readonly at: (k: number, month: number) => unknown,
    private readonly k: number,
    private readonly month: number,
  ) {}

  get prev(): unknown {
    if (this.p === NOT_YET) this.p = this.at(this.k, this.month - 1);
    return this.p;
  }

  get lastYear(): unknown {
    if (this.l === NOT_YET) this.l = this.at(this.k, this.month - 12);
    return this.l;
  }
}

/** A valid monthly report that is not the first valid one of its kampung and month, with work left. */
interface PendingDuplicate {
  readonly position: number;
  readonly source: SourceRef | undefined;
  readonly kampung: number;
  readonly month: number;
  readonly projection: Record<string, unknown>;
  readonly flags: number;
}

/**
 * Starts a validation run that is fed one record at a time, for data sets too large to hold: the same
 * checks, rules and issues as {@link validateDataset} (which is built on it), with memory that does not
 * grow with the number of monthly reports beyond a few bytes each.
 *
 * **Order.** Add the regions, kampung, population snapshots and the other non-monthly records first,
 * then the monthly reports in any order (by month, by kampung, shuffled: the issues are the same); this is
 * the order `streamDataDir` of `@kampung-kb/kit` yields. Non-monthly records are kept until the first
 * monthly report arrives (they grow with the number of kampung, not of reports) and are checked then,
 * all together, because they refer to each other (a kampung to the regions, a snapshot to the kampung).
 * After that, profiles, interventions, proposals and budgets may still come and are checked on arrival,
 * but a region, kampung or population record throws a `RangeError`: the monthly reports already checked
 * could not be checked again against it.
 *
 * **What is kept of monthly reports.** Each report is checked on arrival (its schema, population in
 * force, expression rules, references, future dates) and then dropped. What stays is compact: per
 * kampung (interned to a small integer) and month, the row of the first report (for `duplicate-record`:
 * its position, file and line) and, when the rules look across months, of the first schema-valid one
 * with just the fields those rules read (from the compiled rules' operands), column-wise in typed arrays.
 * A rule that reads `prev()` / `lastYear()` runs on arrival when the month it needs has already arrived,
 * otherwise in `finish()`; `jump` rules likewise; `outlier` rules, which need a kampung's whole history,
 * always in `finish()`. A schema-valid report that repeats an earlier one's kampung and month keeps its
 * projection in a list until `finish()` when such work is left for it.
 *
 * **Issues.** With `onIssue`, each issue is handed over as soon as it is found and `finish().issues` is
 * empty; otherwise `finish().issues` holds them in the order {@link validateDataset} documents (record
 * type, then record by arrival, then check). Positions (`firstPosition`, and the records counted as having
 * errors) count the records of each type in the order they were added. The outlier statistics of a
 * kampung are computed over its reports in month order.
 *
 * @throws RangeError for the option problems {@link validateDataset} throws on, and when a region,
 * kampung or population record is added after a monthly report; `Error` when `add` is called after
 * `finish`.
 *
 * @example
 * ```ts
 * import { createDatasetValidator, formatIssue } from '@kampung-kb/rules';
 * import { streamDataDir } from '@kampung-kb/kit';
 * const validator = createDatasetValidator({
 *   today: '2021-01-31',
 *   onIssue: (issue) => console.log(formatIssue(issue, 'id')),
 * });
 * for await (const e of streamDataDir('data')) {
 *   if (e.kind === 'record') validator.add(e.recordType, e.record, e.source);
 * }
 * const { summary } = validator.finish();
 * summary.bySeverity.error; // 1
 * ```
 */
export function createDatasetValidator(options: DatasetValidatorOptions = {}): DatasetValidator {
  const today = todayOf(options, CALLER);
  const cityCode = cityCodeOf(options, CALLER);
  const { ruleSet, resolution } = ruleSetOf(options.rules, CALLER);
  const internals = ruleSetInternals.get(ruleSet);
  if (!internals) throw new TypeError(`${CALLER}: options.rules is not a rule set from compileRules()`);
  const requested = new Set(options.disabled ?? []);
  const definitions = ruleSet.definitions;
  const known = new Set<string>(definitions.map((r) => r.id));
  const disabledRules = definitions.filter((r) => requested.has(r.id)).map((r) => r.id);
  const unknownDisabledRules = [...requested].filter((id) => !known.has(id));
  const on = (r: { readonly rule: ExpandedRule }) => !requested.has(r.rule.templateId);
  const builtins = new Map([...internals.builtins].filter(([, rule]) => !requested.has(rule.templateId)));
  const runners = {} as Record<RecordType, readonly RecordRunner[]>;
  for (const info of RECORD_TYPES) runners[info.type] = internals.byType[info.type].filter(on);
  const monthlyRunners = runners.monthly;
  // The enabled rules of each type fused into one check (all of them pass: no rule runs at all).
  const fusedOf = {} as Record<RecordType, FusedCheck | undefined>;
  for (const info of RECORD_TYPES) fusedOf[info.type] = internals.fused(runners[info.type]);
  const series: readonly SeriesRunner[] = internals.series.filter(on);
  const needsHistory = monthlyRunners.some((r) => r.readsHistory);
  const keepHistory = needsHistory || series.length > 0;
  const historyRunners = monthlyRunners.filter((r) => r.readsHistory);
  /** The fused check of the monthly rules that run while the months they read are still to come. */
  const currentRunners = monthlyRunners.filter((r) => !r.readsHistory);
  const fusedCurrent = needsHistory ? internals.fused(currentRunners) : undefined;
  const readsPrev = historyRunners.some((r) => r.operands.some((o) => o.period === 'prev'));
  const readsLastYear = historyRunners.some((r) => r.operands.some((o) => o.period === 'lastYear'));
  const jumps = series.filter((s) => s.rule.kind === 'jump');
  const outliers = series.filter((s) => s.rule.kind === 'outlier');
  // A jump or outlier whose expression (or named values) reads earlier months sees them only when some
  // per-record rule reads them too (as the context of every report then holds them); a jump then also
  // needs the months around the previous one.
  const readsEarlier = (s: SeriesRunner) => needsHistory && s.operands.some((o) => o.period !== 'current');
  const jumpsNeedMore = jumps.some(readsEarlier);
  const outliersNeedMore = outliers.some(readsEarlier);
  const store = new MonthlyStore(keepHistory ? keptFields(historyRunners, series) : []);
  const explain = options.explain === true;
  const explanations = explain ? new Map<Issue, RuleExplanation>() : undefined;
  const scope = internals.scope;
  const seriesSlot = 2 + monthlyRunners.length;
  const structuralSlot = seriesSlot + series.length;

  // Issues: streamed, or collected with their sort keys (record type, position, slot; then arrival).
  const onIssue = options.onIssue;
  const collected: Issue[] = [];
  const keys: number[] = [];
  const sink = new IssueSink(
    builtins,
    onIssue
      ? (issue) => onIssue(issue)
      : (issue, ref, slot) => {
          collected.push(issue);
          keys.push(TYPE_RANK.get(ref.type) ?? 0, ref.position, slot);
        },
  );
  const emit = (ref: RecordRef, v: RuleViolation) => {
    const field = v.field !== undefined ? { field: v.field } : {};
    const issue = sink.add(ref, v.rule, v.rule.id, v.rule.templateId, field, v.values, v.message);
    if (explanations && v.explanation) explanations.set(issue, v.explanation);
  };

  const counts = new Map<RecordType, number>(RECORD_TYPES.map((t) => [t.type, 0]));
  const kept = new Map<RecordType, { records: unknown[]; sources: (SourceRef | undefined)[] }>();
  const firstByKey = new Map<RecordType, Map<string, FirstRecord>>();
  const pendingDuplicates: PendingDuplicate[] = [];
  const contextBySnapshot = new Map<IndexedSnapshot, EvalContext>();
  let ctx: ValidationContext | undefined;
  let designation = new Map<string, string>();
  /** The kampung records (few) for `report-missing` at `finish()`, with their designation dates. */
  let kampungRefs: { ref: RecordRef; date: string }[] = [];
  /** The first and latest month of the monthly reports (month numbers). */
  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  let finished = false;
  /** Monthly reports added so far (their count in `counts` is set at `finish()`). */
  let monthlyCount = 0;

  /** Builds the indexes from the kept non-monthly records and checks them, in `RECORD_TYPES` order. */
  const seal = (): ValidationContext => {
    const of = (t: RecordType) => kept.get(t)?.records ?? [];
    const c = buildContext(
      { regions: of('region'), kampung: of('kampung'), population: of('population') },
      today,
      cityCode,
    );
    ctx = c;
    const kampungSources = kept.get('kampung')?.sources ?? [];
    const reportMissing = builtins.has('report-missing');
    of('kampung').forEach((k, position) => {
      const id = stringField(k, 'id');
      const date = stringField(k, 'designationDate');
      if (id !== undefined && date !== undefined && !designation.has(id)) {
        designation.set(id, date);
        if (reportMissing) {
          kampungRefs.push({
            ref: { type: 'kampung', position, record: k, source: kampungSources[position] },
            date,
          });
        }
      }
    });
    for (const info of RECORD_TYPES) {
      const list = kept.get(info.type);
      if (!list) continue;
      for (let position = 0; position < list.records.length; position++) {
        checkOther(c, {
          type: info.type,
          position,
          record: list.records[position],
          source: list.sources[position],
        });
      }
    }
    kept.clear();
    return c;
  };

  /** Every check of a non-monthly record. */
  const checkOther = (c: ValidationContext, ref: RecordRef): void => {
    sink.slot = 0;
    const valid = checkSchema(sink, ref);
    const typeRunners = runners[ref.type];
    if (valid && typeRunners.length > 0) {
      let ec: EvalContext | undefined;
      if (ref.type === 'population') ec = { vars: populationVariables(ref.record as PopulationSnapshot) };
      else if (ref.type === 'intervention' || ref.type === 'profile') {
        const kampungId = stringField(ref.record, 'kampungId');
        const date = kampungId === undefined ? undefined : designation.get(kampungId);
        ec = { vars: date === undefined ? {} : { designationDate: date } };
      }
      const check = fusedOf[ref.type];
      if (check === undefined || check(ref.record, ec)) {
        scope.begin(ref.record, ec);
        for (let i = 0; i < typeRunners.length; i++) {
          sink.slot = 2 + i;
          const v = (typeRunners[i] as RecordRunner).run(ref.record, ec, explain);
          if (v !== undefined) emit(ref, v);
        }
      }
    }
    sink.slot = structuralSlot;
    if (ref.type === 'kampung') checkKampungRegion(sink, ref, c);
    if (ref.type === 'region') checkRegionRecord(sink, ref, c);
    if (ref.type !== 'kampung' && ref.type !== 'region') checkKampungReference(sink, ref, c);
    const dk = duplicateKey(ref);
    if (dk) {
      let seen = firstByKey.get(ref.type);
      if (!seen) {
        seen = new Map();
        firstByKey.set(ref.type, seen);
      }
      const first = seen.get(dk.key);
      if (first === undefined) seen.set(dk.key, { position: ref.position, source: ref.source });
      else if (sink.isEnabled('duplicate-record')) reportDuplicate(sink, ref, dk, first);
    }
    checkFutureDate(sink, ref, c);
  };

  /** The context of a snapshot's variables (one frozen object per snapshot), or none when it is invalid. */
  const snapshotContext = (entry: IndexedSnapshot | undefined): EvalContext => {
    if (!entry?.valid) return NO_VARS;
    let ec = contextBySnapshot.get(entry);
    if (!ec) {
      // Frozen: the rule set then reads each variable once per snapshot instead of once per report.
      ec = { vars: Object.freeze(monthlyVariables(entry)) };
      contextBySnapshot.set(entry, ec);
    }
    return ec;
  };

  /** The variables of the population snapshot in force (one frozen object per snapshot). */
  const baseContext = (c: ValidationContext, kampungId: string, period: string): EvalContext =>
    snapshotContext(c.population.inForce(kampungId, period));

  // Per kampung (its store index): the months [spanFrom, spanTo) over which the snapshot found last is in
  // force, its context and whether there is one, so that a report needs no lookup while it stays in force.
  const spanFrom: number[] = [];
  const spanTo: number[] = [];
  const spanContext: EvalContext[] = [];
  const spanFound: boolean[] = [];
  /** Makes the span of kampung `k` cover `month` (a lookup only when it does not yet). */
  const coverMonth = (
    c: ValidationContext,
    k: number,
    kampungId: string,
    period: string,
    month: number,
  ): void => {
    if (k < spanFrom.length && month >= (spanFrom[k] as number) && month < (spanTo[k] as number)) return;
    const { entry, next } = c.population.inForceSpan(kampungId, period);
    while (spanFrom.length <= k) {
      spanFrom.push(Number.NaN);
      spanTo.push(Number.NaN);
      spanContext.push(NO_VARS);
      spanFound.push(false);
    }
    spanFrom[k] = entry === undefined ? Number.NEGATIVE_INFINITY : monthIndex(entry.period);
    spanTo[k] = next === undefined ? Number.POSITIVE_INFINITY : monthIndex(next);
    spanContext[k] = snapshotContext(entry);
    spanFound[k] = entry !== undefined;
  };

  /** The kept projection of the first valid report of a kampung and month, if it has arrived. */
  const projectionAt = (k: number, month: number): Record<string, unknown> | undefined => {
    const row = (store.slots[k] as NonNullable<(typeof store.slots)[number]>).get(month, HISTORY);
    return row === NO_ROW ? undefined : store.project(row, store.kampungIds[k] as string, monthOfIndex(month));
  };

  /** The context a report of a kampung and month is evaluated in: population, and earlier months when read. */
  const contextAt = (c: ValidationContext, k: number, month: number): EvalContext => {
    const base = baseContext(c, store.kampungIds[k] as string, monthOfIndex(month));
    if (!needsHistory) return base;
    return new HistoryContext(base.vars ?? {}, projectionAt, k, month);
  };

  const has = (k: number, month: number): boolean =>
    (store.slots[k] as NonNullable<(typeof store.slots)[number]>).get(month, HISTORY) !== NO_ROW;

  const previousOf = (c: ValidationContext, k: number, month: number): ReportInContext | undefined => {
    const record = projectionAt(k, month - 1);
    if (record === undefined) return undefined;
    const ctxOf = jumpsNeedMore
      ? contextAt(c, k, month - 1)
      : baseContext(c, store.kampungIds[k] as string, monthOfIndex(month - 1));
    return { record, ctx: ctxOf };
  };

  const addMonthly = (c: ValidationContext, record: unknown, source: SourceRef | undefined): void => {
    const position = monthlyCount++;
    const ref: RecordRef = { type: 'monthly', position, record, source };
    sink.slot = 0;
    const valid = checkSchema(sink, ref);
    const kampungId = stringField(record, 'kampungId');
    const period = stringField(record, 'period');
    let k = -1;
    let month = 0;
    let row = NO_ROW;
    let first: FirstRecord | undefined;
    if (kampungId !== undefined && period !== undefined) {
      if (MONTH_RE.test(period)) {
        k = store.kampung(kampungId);
        month = monthIndex(period);
        if (month < firstMonth) firstMonth = month;
        if (month > lastMonth) lastMonth = month;
        const slots = store.slots[k] as NonNullable<(typeof store.slots)[number]>;
        const f = slots.get(month, FIRST);
        if (f === NO_ROW) {
          row = store.addRow(position, source);
          slots.set(month, FIRST, row);
        } else first = { position: store.positionOf(f), source: store.sourceOf(f) };
      } else {
        // A malformed period (the record fails its schema): keyed by text, as rare as such records.
        const dk = duplicateKey(ref) as DuplicateKey;
        let seen = firstByKey.get('monthly');
        if (!seen) {
          seen = new Map();
          firstByKey.set('monthly', seen);
        }
        first = seen.get(dk.key);
        if (first === undefined) seen.set(dk.key, { position, source });
      }
    }
    if (valid) {
      const report = record as MonthlyReport;
      let isHistory = false;
      if (keepHistory && k >= 0) {
        const slots = store.slots[k] as NonNullable<(typeof store.slots)[number]>;
        if (slots.get(month, HISTORY) === NO_ROW) {
          if (row === NO_ROW) row = store.addRow(position, source);
          slots.set(month, HISTORY, row);
          store.keepFields(row, record);
          isHistory = true;
        }
      }
      sink.slot = 1;
      let base: EvalContext;
      let found: boolean;
      if (k >= 0) {
        coverMonth(c, k, report.kampungId, report.period, month);
        base = spanContext[k] as EvalContext;
        found = spanFound[k] as boolean;
      } else {
        const entry = c.population.inForce(report.kampungId, report.period);
        base = snapshotContext(entry);
        found = entry !== undefined;
      }
      if (!found && builtins.has('population-missing')) reportPopulationMissing(sink, ref);
      let flags = 0;
      let ec = base;
      if (needsHistory && k >= 0) {
        const ready = (!readsPrev || has(k, month - 1)) && (!readsLastYear || has(k, month - 12));
        if (ready) ec = new HistoryContext(base.vars ?? {}, projectionAt, k, month);
        else flags |= HISTORY_RULES_PENDING;
      }
      const pending = (flags & HISTORY_RULES_PENDING) !== 0;
      const check = pending ? fusedCurrent : fusedOf.monthly;
      const toRun = pending ? currentRunners.length : monthlyRunners.length;
      if (toRun > 0 && (check === undefined || check(record, ec))) {
        scope.begin(record, ec);
        for (let i = 0; i < monthlyRunners.length; i++) {
          const runner = monthlyRunners[i] as RecordRunner;
          if (runner.readsHistory && (flags & HISTORY_RULES_PENDING) !== 0) continue;
          sink.slot = 2 + i;
          const v = runner.run(record, ec, explain);
          if (v !== undefined) emit(ref, v);
        }
      }
      if (jumps.length > 0 && k >= 0) {
        if (jumpsNeedMore || !has(k, month - 1)) flags |= JUMPS_PENDING;
        else {
          const previous = previousOf(c, k, month);
          for (let j = 0; j < series.length; j++) {
            const s = series[j] as SeriesRunner;
            if (s.rule.kind !== 'jump') continue;
            sink.slot = seriesSlot + j;
            const v = checkJump(s, record, ec, previous, monthOfIndex(month - 1), explain);
            if (v !== undefined) emit(ref, v);
          }
        }
      }
      if (k >= 0 && (flags !== 0 || outliers.length > 0)) {
        if (isHistory) store.setFlags(row, flags);
        else {
          pendingDuplicates.push({
            position,
            source,
            kampung: k,
            month,
            projection: store.projectRecord(record, report.kampungId, report.period),
            flags,
          });
        }
      }
    }
    sink.slot = structuralSlot;
    checkKampungReference(sink, ref, c);
    if (first !== undefined && sink.isEnabled('duplicate-record')) {
      reportDuplicate(sink, ref, duplicateKey(ref) as DuplicateKey, first);
    }
    checkFutureDate(sink, ref, c);
  };

  /** The work left for one monthly report (or its projection) at `finish()`. */
  const finishReport = (
    c: ValidationContext,
    ref: RecordRef,
    k: number,
    month: number,
    flags: number,
    stats: readonly (SeriesStatistics | undefined)[],
  ): void => {
    const record = ref.record;
    // The context with earlier months only when something still to run reads them.
    const full =
      (flags & HISTORY_RULES_PENDING) !== 0 ||
      ((flags & JUMPS_PENDING) !== 0 && jumpsNeedMore) ||
      (outliers.length > 0 && outliersNeedMore);
    const ec = full ? contextAt(c, k, month) : baseContext(c, store.kampungIds[k] as string, monthOfIndex(month));
    if ((flags & HISTORY_RULES_PENDING) !== 0) {
      scope.begin(record, ec);
      for (let i = 0; i < monthlyRunners.length; i++) {
        const runner = monthlyRunners[i] as RecordRunner;
        if (!runner.readsHistory) continue;
        sink.slot = 2 + i;
        const v = runner.run(record, ec, explain);
        if (v !== undefined) emit(ref, v);
      }
    }
    let previous: ReportInContext | undefined;
    if ((flags & JUMPS_PENDING) !== 0) previous = previousOf(c, k, month);
    for (let j = 0; j < series.length; j++) {
      const s = series[j] as SeriesRunner;
      sink.slot = seriesSlot + j;
      let v: RuleViolation | undefined;
      if (s.rule.kind === 'jump') {
        if ((flags & JUMPS_PENDING) === 0) continue;
        v = checkJump(s, record, ec, previous, monthOfIndex(month - 1), explain);
      } else v = checkOutlier(s, record, ec, stats[j], explain);
      if (v !== undefined) emit(ref, v);
    }
  };

  /** Everything that waited for later reports: history rules, jumps and outliers, kampung by kampung. */
  const finishMonthly = (c: ValidationContext): void => {
    const duplicatesOf = new Map<number, PendingDuplicate[]>();
    for (const d of pendingDuplicates) {
      const l = duplicatesOf.get(d.kampung);
      if (l) l.push(d);
      else duplicatesOf.set(d.kampung, [d]);
    }
    const stats: (SeriesStatistics | undefined)[] = series.map(() => undefined);
    for (let k = 0; k < store.kampungIds.length; k++) {
      const slots = store.slots[k] as NonNullable<(typeof store.slots)[number]>;
      const kampungId = store.kampungIds[k] as string;
      const months: number[] = [];
      const rows: number[] = [];
      slots.forEach(HISTORY, (month, row) => {
        if (outliers.length > 0 || store.flagsOf(row) !== 0) {
          months.push(month);
          rows.push(row);
        }
      });
      const projections = rows.map((row, i) => store.project(row, kampungId, monthOfIndex(months[i] as number)));
      if (outliers.length > 0) {
        const history: ReportInContext[] = projections.map((record, i) => {
          const month = months[i] as number;
          const ec = outliersNeedMore ? contextAt(c, k, month) : baseContext(c, kampungId, monthOfIndex(month));
          return { record, ctx: ec };
        });
        series.forEach((s, j) => {
          stats[j] = s.rule.kind === 'outlier' ? outlierStatistics(s, history) : undefined;
        });
      }
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as number;
        const ref: RecordRef = {
          type: 'monthly',
          position: store.positionOf(row),
          record: projections[i],
          // Looked up only when an issue is reported.
          get source() {
            return store.sourceOf(row);
          },
        };
        finishReport(c, ref, k, months[i] as number, store.flagsOf(row), stats);
      }
      for (const d of duplicatesOf.get(k) ?? []) {
        const ref: RecordRef = {
          type: 'monthly',
          position: d.position,
          record: d.projection,
          source: d.source,
        };
        finishReport(c, ref, k, d.month, d.flags, stats);
      }
    }
  };

  return {
    add(type, record, source) {
      if (finished) throw new Error(`${CALLER}: add() after finish()`);
      if (type === 'monthly') {
        addMonthly(ctx ?? seal(), record, source);
        return;
      }
      if (ctx === undefined) {
        let list = kept.get(type);
        if (!list) {
          list = { records: [], sources: [] };
          kept.set(type, list);
        }
        list.records.push(record);
        list.sources.push(source);
        counts.set(type, (counts.get(type) ?? 0) + 1);
        return;
      }
      if (REFERENCE_TYPES.has(type)) {
        throw new RangeError(
          `${CALLER}: a ${type} record was added after monthly reports; add regions, kampung and population before the monthly reports`,
        );
      }
      const position = counts.get(type) ?? 0;
      counts.set(type, position + 1);
      checkOther(ctx, { type, position, record, source });
    },

    finish() {
      if (finished) throw new Error(`${CALLER}: finish() called twice`);
      const c = ctx ?? seal();
      counts.set('monthly', monthlyCount);
      if (keepHistory) finishMonthly(c);
      sink.slot = structuralSlot + 1;
      for (const { ref, date } of kampungRefs) {
        const k = store.indexOf(stringField(ref.record, 'id') as string);
        reportMissingMonths(
          sink,
          ref,
          date,
          k === undefined ? undefined : store.slots[k],
          firstMonth,
          lastMonth,
        );
      }
      kampungRefs = [];
      finished = true;
      scope.end();
      designation = new Map();
      const byRecordType = {} as Record<RecordType, RecordTypeSummary>;
      for (const info of RECORD_TYPES) {
        byRecordType[info.type] = {
          total: counts.get(info.type) ?? 0,
          withErrors: sink.recordsWithErrors(info.type),
        };
      }
      const byRule: Record<string, number> = {};
      for (const r of definitions) if (!requested.has(r.id)) byRule[r.id] = sink.countsByRule.get(r.id) ?? 0;
      const summary: ValidationSummary = {
        bySeverity: { ...sink.bySeverity },
        byRule,
        byRecordType,
        disabledRules,
        unknownDisabledRules,
        ...(resolution ? { ruleChanges: resolution.changes } : {}),
      };
      return { issues: sorted(collected, keys), summary, ...(explanations ? { explanations } : {}) };
    },
  };
}

/** The dotted paths of the record fields the cross-period rules read, in any period. */
function keptFields(history: readonly RecordRunner[], series: readonly SeriesRunner[]): string[] {
  const fields = new Set<string>();
  for (const r of [...history, ...series]) {
    for (const o of r.operands) if (o.source === 'record') fields.add(o.field);
  }
  return [...fields];
}

/** Issues in the order of their keys (three numbers each), stable. */
function sorted(issues: readonly Issue[], keys: readonly number[]): Issue[] {
  const order = issues.map((_, i) => i);
  order.sort((a, b) => {
    for (let d = 0; d < 3; d++) {
      const x = (keys[a * 3 + d] as number) - (keys[b * 3 + d] as number);
      if (x !== 0) return x;
    }
    return a - b;
  });
  return order.map((i) => issues[i] as Issue);
}
