import {
  type Issue,
  type IssueLocation,
  type IssueValue,
  type Label,
  maskIdentifiers,
  type RecordType,
  type Severity,
  type SourceRef,
} from '@kampung-kb/model';
import type { ExpandedRule } from '../expandRules.js';
import type { BuiltinCheckId } from '../ruleDefinition.js';

/**
 * A record being checked: its type, its position among the records of its type (the data set's array
 * index, or the order in which a streaming validator received it), the record itself and where it came
 * from.
 */
export interface RecordRef {
  readonly type: RecordType;
  readonly position: number;
  readonly record: unknown;
  readonly source?: SourceRef | undefined;
}

/** What a check adds to the record's own location. */
export interface LocationExtra {
  readonly field?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The field of an object record, or `undefined`. */
export function fieldOf(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

/** The field of an object record when it is a string, or `undefined`. */
export function stringField(record: unknown, key: string): string | undefined {
  const v = fieldOf(record, key);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Where an issue goes: the issue, the record it is about, and its slot among that record's checks (schema,
 * population, each rule, each cross-period rule, structural checks), so that issues found at different
 * times can be put back in record order.
 */
export type IssueOutput = (issue: Issue, ref: RecordRef, slot: number) => void;

/** A growable bit set over non-negative integers. */
class BitSet {
  private bits = new Uint32Array(64);
  size = 0;

  add(i: number): void {
    const w = i >>> 5;
    if (w >= this.bits.length) {
      const next = new Uint32Array(Math.max(w + 1, this.bits.length * 2));
      next.set(this.bits);
      this.bits = next;
    }
    const mask = 1 << (i & 31);
    const word = this.bits[w] as number;
    if ((word & mask) === 0) {
      this.bits[w] = word | mask;
      this.size++;
    }
  }
}

/**
 * Builds the issues of a run: fills in each issue's location from the record and its source, takes the
 * severity from the rule's definition, masks 16-digit identifiers in every echoed text, drops issues of
 * disabled builtin checks, counts issues per rule definition (a template's expanded rules count for the
 * template) and per severity, remembers which records have errors (a bit per record), and hands each
 * issue to its output with the current {@link slot}.
 */
export class IssueSink {
  readonly countsByRule = new Map<string, number>();
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** The slot of the check running now (see {@link IssueOutput}). */
  slot = 0;
  private readonly erroneous = new Map<RecordType, BitSet>();

  constructor(
    private readonly enabled: ReadonlyMap<BuiltinCheckId, ExpandedRule>,
    private readonly output: IssueOutput,
  ) {}

  /** Whether a builtin check runs. */
  isEnabled(check: BuiltinCheckId): boolean {
    return this.enabled.has(check);
  }

  /** The location of a record (plus a field), with its file position when known. */
  locate(ref: RecordRef, extra: LocationExtra = {}): IssueLocation {
    const loc: Mutable<IssueLocation> = { recordType: ref.type };
    const r = ref.record;
    const kampungId = stringField(r, ref.type === 'kampung' ? 'id' : 'kampungId');
    if (kampungId !== undefined && ref.type !== 'region') loc.kampungId = maskIdentifiers(kampungId);
    const period =
      ref.type === 'intervention'
        ? stringField(r, 'date')
        : ref.type === 'profile' || ref.type === 'population' || ref.type === 'monthly'
          ? stringField(r, 'period')
          : undefined;
    if (period !== undefined) loc.period = maskIdentifiers(period);
    const recordId =
      ref.type === 'intervention' || ref.type === 'proposal'
        ? stringField(r, 'id')
        : ref.type === 'region'
          ? stringField(r, 'code')
          : undefined;
    if (recordId !== undefined) loc.recordId = maskIdentifiers(recordId);
    const src = ref.source;
    if (src) {
      loc.file = src.file;
      if (src.line !== undefined) loc.line = src.line;
      if (src.index !== undefined) loc.index = src.index;
    }
    if (extra.field !== undefined && extra.field !== '') loc.field = extra.field;
    return loc;
  }

  /** Adds an issue of an enabled builtin check about a record; ignored when the check is disabled. */
  report(
    ref: RecordRef,
    check: BuiltinCheckId,
    code: string,
    extra: LocationExtra,
    values: Readonly<Record<string, IssueValue>>,
    message: Label,
  ): void {
    const rule = this.enabled.get(check);
    if (!rule) return;
    this.add(ref, rule, rule.id, code, extra, values, message);
  }

  /**
   * Adds an issue of an expression or cross-period rule: `ruleId` is the (expanded) rule's id and `code`
   * its template's id (equal for rules that are not templates).
   */
  add(
    ref: RecordRef,
    rule: ExpandedRule,
    ruleId: string,
    code: string,
    extra: LocationExtra,
    values: Readonly<Record<string, IssueValue>>,
    message: Label,
  ): Issue {
    const masked: Record<string, IssueValue> = {};
    for (const [k, v] of Object.entries(values)) masked[k] = typeof v === 'string' ? maskIdentifiers(v) : v;
    const issue: Issue = {
      ruleId,
      code,
      severity: rule.severity,
      location: this.locate(ref, extra),
      values: masked,
      message: { id: maskIdentifiers(message.id), en: maskIdentifiers(message.en) },
    };
    this.countsByRule.set(rule.templateId, (this.countsByRule.get(rule.templateId) ?? 0) + 1);
    this.bySeverity[rule.severity] += 1;
    if (rule.severity === 'error') {
      let set = this.erroneous.get(ref.type);
      if (!set) {
        set = new BitSet();
        this.erroneous.set(ref.type, set);
      }
      set.add(ref.position);
    }
    this.output(issue, ref, this.slot);
    return issue;
  }

  /** How many records of a type have at least one error. */
  recordsWithErrors(type: RecordType): number {
    return this.erroneous.get(type)?.size ?? 0;
  }
}
