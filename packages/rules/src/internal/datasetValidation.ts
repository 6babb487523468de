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
import type { RecordRunner, RuleExplanation, RuleViolation, SeriesRunner } from '../compileRules.js';
import type { ValidationResult } from '../validateDataset.js';
import type { RecordTypeSummary, ValidationSummary } from '../validationSummary.js';
import { checkFutureDate } from './futureDateCheck.js';
import { HistoryContext } from './historyContext.js';
import { IssueSink, type RecordRef, stringField } from './issueSink.js';
import { MonthlyStore } from './monthlyStore.js';
import { FIRST, HISTORY, type MonthSlots, NO_ROW } from './monthSlots.js';
import type { IndexedSnapshot } from './populationIndex.js';
import { reportPopulationMissing } from './populationMissingCheck.js';
import {
  checkKampungReference,
  type DuplicateKey,
  duplicateKey,
  type FirstRecord,
  reportDuplicate,
} from './referenceChecks.js';
import { checkKampungRegion, checkRegionRecord } from './regionChecks.js';
import { reportMissingMonths } from './reportMissingCheck.js';
import { monthlyVariables, populationVariables } from './ruleEnvironments.js';
import { checkSchema } from './schemaCheck.js';
import { checkJump, checkOutlier, outlierStatistics, type ReportInContext } from './seriesChecks.js';
import type { SeriesStatistics } from './seriesStatistics.js';
import { buildContext, type ValidationContext } from './validationContext.js';
import type { ValidatorPlan } from './validatorPlan.js';

/** Work still to do for a monthly report at `finish()`, as flags. */
const HISTORY_RULES_PENDING = 1;
const JUMPS_PENDING = 2;

const MONTH_RE = new RegExp(MONTH_PATTERN);
const NO_VARS: EvalContext = Object.freeze({ vars: Object.freeze({}) });
/** Types whose records monthly reports are checked against: they must come before the first monthly report. */
const REFERENCE_TYPES: ReadonlySet<RecordType> = new Set(['region', 'kampung', 'population']);
const TYPE_RANK = new Map(RECORD_TYPES.map((t, i) => [t.type, i]));

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
 * Where a monthly report is filed: its kampung's store index `k` and month index (`k` -1 when the report has
 * no kampung or no well-formed month), its row (when it is the first of its key), or the first report with
 * its key.
 */
interface MonthlyKey {
  k: number;
  month: number;
  row: number;
  first: FirstRecord | undefined;
}

/**
 * The state and checks of one run of `createDatasetValidator`, which documents what it does: non-monthly
 * records kept until the first monthly report ({@link seal}), monthly reports checked on arrival
 * ({@link addMonthly}), and what waited for later reports checked at {@link finish}.
 */
export class DatasetValidation {
  private readonly collected: Issue[] = [];
  private readonly keys: number[] = [];
  private readonly sink: IssueSink;
  private readonly store: MonthlyStore;
  private readonly explanations: Map<Issue, RuleExplanation> | undefined;
  private readonly counts = new Map<RecordType, number>(RECORD_TYPES.map((t) => [t.type, 0]));
  private readonly kept = new Map<RecordType, { records: unknown[]; sources: (SourceRef | undefined)[] }>();
  private readonly firstByKey = new Map<RecordType, Map<string, FirstRecord>>();
  private readonly pendingDuplicates: PendingDuplicate[] = [];
  private readonly contextBySnapshot = new Map<IndexedSnapshot, EvalContext>();
  private ctx: ValidationContext | undefined;
  private designation = new Map<string, string>();
  /** The kampung records (few) for `report-missing` at `finish()`, with their designation dates. */
  private kampungRefs: { ref: RecordRef; date: string }[] = [];
  /** The first and latest month of the monthly reports (month indices). */
  private firstMonth = Number.POSITIVE_INFINITY;
  private lastMonth = Number.NEGATIVE_INFINITY;
  private finished = false;
  /** Monthly reports added so far (their count in `counts` is set at `finish()`). */
  private monthlyCount = 0;
  // Per kampung (its store index): the months [spanFrom, spanTo) over which the snapshot found last is in
  // force, its context and whether there is one, so that a report needs no lookup while it stays in force.
  private readonly spanFrom: number[] = [];
  private readonly spanTo: number[] = [];
  private readonly spanContext: EvalContext[] = [];
  private readonly spanFound: boolean[] = [];

  constructor(
    private readonly p: ValidatorPlan,
    onIssue: ((issue: Issue) => void) | undefined,
    private readonly caller: string,
  ) {
    // Issues: streamed, or collected with their sort keys (record type, position, slot; then arrival).
    this.sink = new IssueSink(
      p.builtins,
      onIssue
        ? (issue) => onIssue(issue)
        : (issue, ref, slot) => {
            this.collected.push(issue);
            this.keys.push(TYPE_RANK.get(ref.type) ?? 0, ref.position, slot);
          },
    );
    this.store = new MonthlyStore([...p.keptFields]);
    this.explanations = p.explain ? new Map<Issue, RuleExplanation>() : undefined;
  }

  /** Checks one record, or keeps it until the first monthly report. */
  add(type: RecordType, record: unknown, source: SourceRef | undefined): void {
    if (this.finished) throw new Error(`${this.caller}: add() after finish()`);
    if (type === 'monthly') {
      this.addMonthly(this.ctx ?? this.seal(), record, source);
      return;
    }
    if (this.ctx === undefined) {
      let list = this.kept.get(type);
      if (!list) {
        list = { records: [], sources: [] };
        this.kept.set(type, list);
      }
      list.records.push(record);
      list.sources.push(source);
      this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
      return;
    }
    if (REFERENCE_TYPES.has(type)) {
      throw new RangeError(
        `${this.caller}: a ${type} record was added after monthly reports; add regions, kampung and population before the monthly reports`,
      );
    }
    const position = this.counts.get(type) ?? 0;
    this.counts.set(type, position + 1);
    this.checkOther(this.ctx, { type, position, record, source });
  }

  /** Ends the run: what waited for later reports, `report-missing`, then the issues and the summary. */
  finish(): ValidationResult {
    if (this.finished) throw new Error(`${this.caller}: finish() called twice`);
    const c = this.ctx ?? this.seal();
    this.counts.set('monthly', this.monthlyCount);
    if (this.p.keepHistory) this.finishMonthly(c);
    this.sink.slot = this.p.structuralSlot + 1;
    for (const { ref, date } of this.kampungRefs) {
      const k = this.store.indexOf(stringField(ref.record, 'id') as string);
      reportMissingMonths(
        this.sink,
        ref,
        date,
        k === undefined ? undefined : this.store.slots[k],
        this.firstMonth,
        this.lastMonth,
      );
    }
    this.kampungRefs = [];
    this.finished = true;
    this.p.scope.end();
    this.designation = new Map();
    const summary = this.summary();
    const explanations = this.explanations;
    return { issues: sorted(this.collected, this.keys), summary, ...(explanations ? { explanations } : {}) };
  }

  /** The counts of the run by severity, rule and record type, and the rule changes. */
  private summary(): ValidationSummary {
    const byRecordType = {} as Record<RecordType, RecordTypeSummary>;
    for (const info of RECORD_TYPES) {
      byRecordType[info.type] = {
        total: this.counts.get(info.type) ?? 0,
        withErrors: this.sink.recordsWithErrors(info.type),
      };
    }
    const byRule: Record<string, number> = {};
    for (const r of this.p.ruleSet.definitions) {
      if (!this.p.requested.has(r.id)) byRule[r.id] = this.sink.countsByRule.get(r.id) ?? 0;
    }
    const { disabledRules, unknownDisabledRules, resolution } = this.p;
    return {
      bySeverity: { ...this.sink.bySeverity },
      byRule,
      byRecordType,
      disabledRules,
      unknownDisabledRules,
      ...(resolution ? { ruleChanges: resolution.changes } : {}),
    };
  }

  private emit(ref: RecordRef, v: RuleViolation): void {
    const field = v.field !== undefined ? { field: v.field } : {};
    const issue = this.sink.add(ref, v.rule, v.rule.id, v.rule.templateId, field, v.values, v.message);
    if (this.explanations && v.explanation) this.explanations.set(issue, v.explanation);
  }

  /** Builds the indexes from the kept non-monthly records and checks them, in `RECORD_TYPES` order. */
  seal(): ValidationContext {
    const of = (t: RecordType) => this.kept.get(t)?.records ?? [];
    const c = buildContext(
      { regions: of('region'), kampung: of('kampung'), population: of('population') },
      this.p.today,
      this.p.cityCode,
    );
    this.ctx = c;
    const kampungSources = this.kept.get('kampung')?.sources ?? [];
    const reportMissing = this.p.builtins.has('report-missing');
    of('kampung').forEach((k, position) => {
      const id = stringField(k, 'id');
      const date = stringField(k, 'designationDate');
      if (id !== undefined && date !== undefined && !this.designation.has(id)) {
        this.designation.set(id, date);
        if (reportMissing) {
          this.kampungRefs.push({
            ref: { type: 'kampung', position, record: k, source: kampungSources[position] },
            date,
          });
        }
      }
    });
    for (const info of RECORD_TYPES) {
      const list = this.kept.get(info.type);
      if (!list) continue;
      for (let position = 0; position < list.records.length; position++) {
        this.checkOther(c, {
          type: info.type,
          position,
          record: list.records[position],
          source: list.sources[position],
        });
      }
    }
    this.kept.clear();
    return c;
  }

  /** Every check of a non-monthly record. */
  checkOther(c: ValidationContext, ref: RecordRef): void {
    this.sink.slot = 0;
    const valid = checkSchema(this.sink, ref);
    const typeRunners = this.p.runners[ref.type];
    if (valid && typeRunners.length > 0) {
      let ec: EvalContext | undefined;
      if (ref.type === 'population') ec = { vars: populationVariables(ref.record as PopulationSnapshot) };
      else if (ref.type === 'intervention' || ref.type === 'profile') {
        const kampungId = stringField(ref.record, 'kampungId');
        const date = kampungId === undefined ? undefined : this.designation.get(kampungId);
        ec = { vars: date === undefined ? {} : { designationDate: date } };
      }
      const check = this.p.fusedOf[ref.type];
      if (check === undefined || check(ref.record, ec)) {
        this.p.scope.begin(ref.record, ec);
        for (let i = 0; i < typeRunners.length; i++) {
          this.sink.slot = 2 + i;
          const v = (typeRunners[i] as RecordRunner).run(ref.record, ec, this.p.explain);
          if (v !== undefined) this.emit(ref, v);
        }
      }
    }
    this.sink.slot = this.p.structuralSlot;
    if (ref.type === 'kampung') checkKampungRegion(this.sink, ref, c);
    if (ref.type === 'region') checkRegionRecord(this.sink, ref, c);
    if (ref.type !== 'kampung' && ref.type !== 'region') checkKampungReference(this.sink, ref, c);
    const dk = duplicateKey(ref);
    if (dk) {
      let seen = this.firstByKey.get(ref.type);
      if (!seen) {
        seen = new Map();
        this.firstByKey.set(ref.type, seen);
      }
      const first = seen.get(dk.key);
      if (first === undefined) seen.set(dk.key, { position: ref.position, source: ref.source });
      else if (this.sink.isEnabled('duplicate-record')) reportDuplicate(this.sink, ref, dk, first);
    }
    checkFutureDate(this.sink, ref, c);
  }

  /** The context of a snapshot's variables (one frozen object per snapshot), or none when it is invalid. */
  snapshotContext(entry: IndexedSnapshot | undefined): EvalContext {
    if (!entry?.valid) return NO_VARS;
    let ec = this.contextBySnapshot.get(entry);
    if (!ec) {
      // Frozen: the rule set then reads each variable once per snapshot instead of once per report.
      ec = { vars: Object.freeze(monthlyVariables(entry)) };
      this.contextBySnapshot.set(entry, ec);
    }
    return ec;
  }

  /** The variables of the population snapshot in force (one frozen object per snapshot). */
  baseContext(c: ValidationContext, kampungId: string, period: string): EvalContext {
    return this.snapshotContext(c.population.inForce(kampungId, period));
  }

  /** Makes the span of kampung `k` cover `month` (a lookup only when it does not yet). */
  coverMonth(c: ValidationContext, k: number, kampungId: string, period: string, month: number): void {
    if (
      k < this.spanFrom.length &&
      month >= (this.spanFrom[k] as number) &&
      month < (this.spanTo[k] as number)
    )
      return;
    const { entry, next } = c.population.inForceSpan(kampungId, period);
    while (this.spanFrom.length <= k) {
      this.spanFrom.push(Number.NaN);
      this.spanTo.push(Number.NaN);
      this.spanContext.push(NO_VARS);
      this.spanFound.push(false);
    }
    this.spanFrom[k] = entry === undefined ? Number.NEGATIVE_INFINITY : monthIndex(entry.period);
    this.spanTo[k] = next === undefined ? Number.POSITIVE_INFINITY : monthIndex(next);
    this.spanContext[k] = this.snapshotContext(entry);
    this.spanFound[k] = entry !== undefined;
  }

  /** The kept projection of the first valid report of a kampung and month, if it has arrived. */
  readonly projectionAt = (k: number, month: number): Record<string, unknown> | undefined => {
    const row = this.slotsOf(k).get(month, HISTORY);
    return row === NO_ROW
      ? undefined
      : this.store.project(row, this.store.kampungIds[k] as string, monthOfIndex(month));
  };

  /** The month slots of kampung `k` (its store index). */
  slotsOf(k: number): MonthSlots {
    return this.store.slots[k] as MonthSlots;
  }

  /** The context a report of a kampung and month is evaluated in: population, and earlier months when read. */
  contextAt(c: ValidationContext, k: number, month: number): EvalContext {
    const base = this.baseContext(c, this.store.kampungIds[k] as string, monthOfIndex(month));
    if (!this.p.needsHistory) return base;
    return new HistoryContext(base.vars ?? {}, this.projectionAt, k, month);
  }

  has(k: number, month: number): boolean {
    return this.slotsOf(k).get(month, HISTORY) !== NO_ROW;
  }

  previousOf(c: ValidationContext, k: number, month: number): ReportInContext | undefined {
    const record = this.projectionAt(k, month - 1);
    if (record === undefined) return undefined;
    const ctxOf = this.p.jumpsNeedMore
      ? this.contextAt(c, k, month - 1)
      : this.baseContext(c, this.store.kampungIds[k] as string, monthOfIndex(month - 1));
    return { record, ctx: ctxOf };
  }

  /** Checks a monthly report on arrival, and keeps what the checks at `finish()` need of it. */
  addMonthly(c: ValidationContext, record: unknown, source: SourceRef | undefined): void {
    const position = this.monthlyCount++;
    const ref: RecordRef = { type: 'monthly', position, record, source };
    this.sink.slot = 0;
    const valid = checkSchema(this.sink, ref);
    const key = this.keyMonthly(ref, position, source);
    if (valid) this.checkValidMonthly(c, ref, key);
    this.sink.slot = this.p.structuralSlot;
    checkKampungReference(this.sink, ref, c);
    if (key.first !== undefined && this.sink.isEnabled('duplicate-record')) {
      reportDuplicate(this.sink, ref, duplicateKey(ref) as DuplicateKey, key.first);
    }
    checkFutureDate(this.sink, ref, c);
  }

  /** Files a monthly report under its kampung and month: its slot, or the first report with that key. */
  keyMonthly(ref: RecordRef, position: number, source: SourceRef | undefined): MonthlyKey {
    const kampungId = stringField(ref.record, 'kampungId');
    const period = stringField(ref.record, 'period');
    const key: MonthlyKey = { k: -1, month: 0, row: NO_ROW, first: undefined };
    if (kampungId === undefined || period === undefined) return key;
    if (MONTH_RE.test(period)) {
      const k = this.store.kampung(kampungId);
      const month = monthIndex(period);
      key.k = k;
      key.month = month;
      if (month < this.firstMonth) this.firstMonth = month;
      if (month > this.lastMonth) this.lastMonth = month;
      const slots = this.slotsOf(k);
      const f = slots.get(month, FIRST);
      if (f === NO_ROW) {
        key.row = this.store.addRow(position, source);
        slots.set(month, FIRST, key.row);
      } else key.first = { position: this.store.positionOf(f), source: this.store.sourceOf(f) };
      return key;
    }
    // A malformed period (the record fails its schema): keyed by text, as rare as such records.
    const dk = duplicateKey(ref) as DuplicateKey;
    let seen = this.firstByKey.get('monthly');
    if (!seen) {
      seen = new Map();
      this.firstByKey.set('monthly', seen);
    }
    key.first = seen.get(dk.key);
    if (key.first === undefined) seen.set(dk.key, { position, source });
    return key;
  }

  /** The checks of a schema-valid monthly report on arrival; what must wait is flagged or kept for `finish()`. */
  checkValidMonthly(c: ValidationContext, ref: RecordRef, key: MonthlyKey): void {
    const record = ref.record;
    const report = record as MonthlyReport;
    const { k, month } = key;
    let row = key.row;
    let isHistory = false;
    if (this.p.keepHistory && k >= 0) {
      const slots = this.slotsOf(k);
      if (slots.get(month, HISTORY) === NO_ROW) {
        if (row === NO_ROW) row = this.store.addRow(ref.position, ref.source);
        slots.set(month, HISTORY, row);
        this.store.keepFields(row, record);
        isHistory = true;
      }
    }
    this.sink.slot = 1;
    const base = this.populationInForce(c, ref, report, k, month);
    let flags = 0;
    let ec = base;
    if (this.p.needsHistory && k >= 0) {
      const ready =
        (!this.p.readsPrev || this.has(k, month - 1)) && (!this.p.readsLastYear || this.has(k, month - 12));
      if (ready) ec = new HistoryContext(base.vars ?? {}, this.projectionAt, k, month);
      else flags |= HISTORY_RULES_PENDING;
    }
    this.runMonthlyRules(ref, ec, (flags & HISTORY_RULES_PENDING) !== 0);
    if (this.p.jumps.length > 0 && k >= 0) {
      if (this.p.jumpsNeedMore || !this.has(k, month - 1)) flags |= JUMPS_PENDING;
      else this.checkJumpsNow(c, ref, ec, k, month);
    }
    if (k >= 0 && (flags !== 0 || this.p.outliers.length > 0)) {
      if (isHistory) this.store.setFlags(row, flags);
      else {
        this.pendingDuplicates.push({
          position: ref.position,
          source: ref.source,
          kampung: k,
          month,
          projection: this.store.projectRecord(record, report.kampungId, report.period),
          flags,
        });
      }
    }
  }

  /** The context of the population snapshot in force for a report (`population-missing` when there is none). */
  populationInForce(
    c: ValidationContext,
    ref: RecordRef,
    report: MonthlyReport,
    k: number,
    month: number,
  ): EvalContext {
    let base: EvalContext;
    let found: boolean;
    if (k >= 0) {
      this.coverMonth(c, k, report.kampungId, report.period, month);
      base = this.spanContext[k] as EvalContext;
      found = this.spanFound[k] as boolean;
    } else {
      const entry = c.population.inForce(report.kampungId, report.period);
      base = this.snapshotContext(entry);
      found = entry !== undefined;
    }
    if (!found && this.p.builtins.has('population-missing')) reportPopulationMissing(this.sink, ref);
    return base;
  }

  /** The monthly expression rules of a report (without those reading later months when `historyPending`). */
  runMonthlyRules(ref: RecordRef, ec: EvalContext, historyPending: boolean): void {
    const record = ref.record;
    const check = historyPending ? this.p.fusedCurrent : this.p.fusedOf.monthly;
    const toRun = historyPending ? this.p.currentRunners.length : this.p.monthlyRunners.length;
    if (toRun === 0 || (check !== undefined && !check(record, ec))) return;
    this.p.scope.begin(record, ec);
    for (let i = 0; i < this.p.monthlyRunners.length; i++) {
      const runner = this.p.monthlyRunners[i] as RecordRunner;
      if (runner.readsHistory && historyPending) continue;
      this.sink.slot = 2 + i;
      const v = runner.run(record, ec, this.p.explain);
      if (v !== undefined) this.emit(ref, v);
    }
  }

  /** The jump rules of a report whose previous month has arrived. */
  checkJumpsNow(c: ValidationContext, ref: RecordRef, ec: EvalContext, k: number, month: number): void {
    const previous = this.previousOf(c, k, month);
    for (let j = 0; j < this.p.series.length; j++) {
      const s = this.p.series[j] as SeriesRunner;
      if (s.rule.kind !== 'jump') continue;
      this.sink.slot = this.p.seriesSlot + j;
      const v = checkJump(s, ref.record, ec, previous, monthOfIndex(month - 1), this.p.explain);
      if (v !== undefined) this.emit(ref, v);
    }
  }

  /** The work left for one monthly report (or its projection) at `finish()`. */
  finishReport(
    c: ValidationContext,
    ref: RecordRef,
    k: number,
    month: number,
    flags: number,
    stats: readonly (SeriesStatistics | undefined)[],
  ): void {
    const record = ref.record;
    // The context with earlier months only when something still to run reads them.
    const full =
      (flags & HISTORY_RULES_PENDING) !== 0 ||
      ((flags & JUMPS_PENDING) !== 0 && this.p.jumpsNeedMore) ||
      (this.p.outliers.length > 0 && this.p.outliersNeedMore);
    const ec = full
      ? this.contextAt(c, k, month)
      : this.baseContext(c, this.store.kampungIds[k] as string, monthOfIndex(month));
    if ((flags & HISTORY_RULES_PENDING) !== 0) {
      this.p.scope.begin(record, ec);
      for (let i = 0; i < this.p.monthlyRunners.length; i++) {
        const runner = this.p.monthlyRunners[i] as RecordRunner;
        if (!runner.readsHistory) continue;
        this.sink.slot = 2 + i;
        const v = runner.run(record, ec, this.p.explain);
        if (v !== undefined) this.emit(ref, v);
      }
    }
    let previous: ReportInContext | undefined;
    if ((flags & JUMPS_PENDING) !== 0) previous = this.previousOf(c, k, month);
    for (let j = 0; j < this.p.series.length; j++) {
      const s = this.p.series[j] as SeriesRunner;
      this.sink.slot = this.p.seriesSlot + j;
      let v: RuleViolation | undefined;
      if (s.rule.kind === 'jump') {
        if ((flags & JUMPS_PENDING) === 0) continue;
        v = checkJump(s, record, ec, previous, monthOfIndex(month - 1), this.p.explain);
      } else v = checkOutlier(s, record, ec, stats[j], this.p.explain);
      if (v !== undefined) this.emit(ref, v);
    }
  }

  /** Everything that waited for later reports: history rules, jumps and outliers, kampung by kampung. */
  finishMonthly(c: ValidationContext): void {
    const duplicatesOf = new Map<number, PendingDuplicate[]>();
    for (const d of this.pendingDuplicates) {
      const l = duplicatesOf.get(d.kampung);
      if (l) l.push(d);
      else duplicatesOf.set(d.kampung, [d]);
    }
    const stats: (SeriesStatistics | undefined)[] = this.p.series.map(() => undefined);
    for (let k = 0; k < this.store.kampungIds.length; k++) {
      const slots = this.slotsOf(k);
      const kampungId = this.store.kampungIds[k] as string;
      const months: number[] = [];
      const rows: number[] = [];
      slots.forEach(HISTORY, (month, row) => {
        if (this.p.outliers.length > 0 || this.store.flagsOf(row) !== 0) {
          months.push(month);
          rows.push(row);
        }
      });
      const projections = rows.map((row, i) =>
        this.store.project(row, kampungId, monthOfIndex(months[i] as number)),
      );
      if (this.p.outliers.length > 0) {
        const history: ReportInContext[] = projections.map((record, i) => {
          const month = months[i] as number;
          const ec = this.p.outliersNeedMore
            ? this.contextAt(c, k, month)
            : this.baseContext(c, kampungId, monthOfIndex(month));
          return { record, ctx: ec };
        });
        this.p.series.forEach((s, j) => {
          stats[j] = s.rule.kind === 'outlier' ? outlierStatistics(s, history) : undefined;
        });
      }
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as number;
        const store = this.store;
        const ref: RecordRef = {
          type: 'monthly',
          position: store.positionOf(row),
          record: projections[i],
          // Looked up only when an issue is reported.
          get source() {
            return store.sourceOf(row);
          },
        };
        this.finishReport(c, ref, k, months[i] as number, this.store.flagsOf(row), stats);
      }
      for (const d of duplicatesOf.get(k) ?? []) {
        const ref: RecordRef = {
          type: 'monthly',
          position: d.position,
          record: d.projection,
          source: d.source,
        };
        this.finishReport(c, ref, k, d.month, d.flags, stats);
      }
    }
  }
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
