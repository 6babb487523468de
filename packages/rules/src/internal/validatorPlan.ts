import { RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import type { FusedCheck, RecordRunner, SeriesRunner } from '../compileRules.js';
import { ruleSetInternals } from '../compileRules.js';
import type { ExpandedRule } from '../expandRules.js';
import type { ValidateOptions } from '../validateDataset.js';
import { cityCodeOf, ruleSetOf, todayOf } from './runOptions.js';

type Internals = NonNullable<ReturnType<typeof ruleSetInternals.get>>;
type RuleSetChoice = ReturnType<typeof ruleSetOf>;

/**
 * What a validation run does, decided once from its options before any record arrives: the enabled rules of
 * each record type (and fused), the cross-period rules, what they read of earlier months, and the issue slots.
 */
export interface ValidatorPlan {
  readonly today: ReturnType<typeof todayOf>;
  readonly cityCode: ReturnType<typeof cityCodeOf>;
  readonly ruleSet: RuleSetChoice['ruleSet'];
  readonly resolution: RuleSetChoice['resolution'];
  /** The rule ids asked to be disabled, known or not. */
  readonly requested: ReadonlySet<string>;
  readonly disabledRules: readonly string[];
  readonly unknownDisabledRules: readonly string[];
  readonly builtins: Internals['builtins'];
  readonly runners: Readonly<Record<RecordType, readonly RecordRunner[]>>;
  readonly monthlyRunners: readonly RecordRunner[];
  /** The enabled rules of each type fused into one check (all of them pass: no rule runs at all). */
  readonly fusedOf: Readonly<Record<RecordType, FusedCheck | undefined>>;
  readonly series: readonly SeriesRunner[];
  readonly needsHistory: boolean;
  readonly keepHistory: boolean;
  readonly historyRunners: readonly RecordRunner[];
  /** The monthly rules that run while the months they read are still to come, and their fused check. */
  readonly currentRunners: readonly RecordRunner[];
  readonly fusedCurrent: FusedCheck | undefined;
  readonly readsPrev: boolean;
  readonly readsLastYear: boolean;
  readonly jumps: readonly SeriesRunner[];
  readonly outliers: readonly SeriesRunner[];
  /**
   * A jump or outlier whose expression (or named values) reads earlier months sees them only when some
   * per-record rule reads them too (as the context of every report then holds them); a jump then also needs
   * the months around the previous one.
   */
  readonly jumpsNeedMore: boolean;
  readonly outliersNeedMore: boolean;
  /** The record fields the cross-period rules read (what the monthly store keeps of each report). */
  readonly keptFields: readonly string[];
  readonly explain: boolean;
  readonly scope: Internals['scope'];
  readonly seriesSlot: number;
  readonly structuralSlot: number;
}

/** The {@link ValidatorPlan} of a run's options; throws what {@link createDatasetValidator} documents. */
export function planValidator(options: ValidateOptions, caller: string): ValidatorPlan {
  const today = todayOf(options, caller);
  const cityCode = cityCodeOf(options, caller);
  const { ruleSet, resolution } = ruleSetOf(options.rules, caller);
  const internals = ruleSetInternals.get(ruleSet);
  if (!internals) throw new TypeError(`${caller}: options.rules is not a rule set from compileRules()`);
  const requested = new Set(options.disabled ?? []);
  const definitions = ruleSet.definitions;
  const known = new Set<string>(definitions.map((r) => r.id));
  const on = (r: { readonly rule: ExpandedRule }) => !requested.has(r.rule.templateId);
  const runners = {} as Record<RecordType, readonly RecordRunner[]>;
  for (const info of RECORD_TYPES) runners[info.type] = internals.byType[info.type].filter(on);
  const monthlyRunners = runners.monthly;
  const fusedOf = {} as Record<RecordType, FusedCheck | undefined>;
  for (const info of RECORD_TYPES) fusedOf[info.type] = internals.fused(runners[info.type]);
  const series: readonly SeriesRunner[] = internals.series.filter(on);
  const needsHistory = monthlyRunners.some((r) => r.readsHistory);
  const keepHistory = needsHistory || series.length > 0;
  const historyRunners = monthlyRunners.filter((r) => r.readsHistory);
  const currentRunners = monthlyRunners.filter((r) => !r.readsHistory);
  const readsIn = (period: string) => historyRunners.some((r) => r.operands.some((o) => o.period === period));
  const jumps = series.filter((s) => s.rule.kind === 'jump');
  const outliers = series.filter((s) => s.rule.kind === 'outlier');
  const readsEarlier = (s: SeriesRunner) => needsHistory && s.operands.some((o) => o.period !== 'current');
  const seriesSlot = 2 + monthlyRunners.length;
  return {
    today,
    cityCode,
    ruleSet,
    resolution,
    requested,
    disabledRules: definitions.filter((r) => requested.has(r.id)).map((r) => r.id),
    unknownDisabledRules: [...requested].filter((id) => !known.has(id)),
    builtins: new Map([...internals.builtins].filter(([, rule]) => !requested.has(rule.templateId))),
    runners,
    monthlyRunners,
    fusedOf,
    series,
    needsHistory,
    keepHistory,
    historyRunners,
    currentRunners,
    fusedCurrent: needsHistory ? internals.fused(currentRunners) : undefined,
    readsPrev: readsIn('prev'),
    readsLastYear: readsIn('lastYear'),
    jumps,
    outliers,
    jumpsNeedMore: jumps.some(readsEarlier),
    outliersNeedMore: outliers.some(readsEarlier),
    keptFields: keepHistory ? keptFields(historyRunners, series) : [],
    explain: options.explain === true,
    scope: internals.scope,
    seriesSlot,
    structuralSlot: seriesSlot + series.length,
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
