import { type EvalContext, explain } from '@kampung-kb/expr';
import type { IssueValue, Label } from '@kampung-kb/model';
import { type RuleViolation, type SeriesRunner, seriesMessage } from '../compileRules.js';
import { modifiedZScore, type SeriesStatistics, seriesStatistics, zScore } from './seriesStatistics.js';

/** A report (or its projection) with the evaluation context it is seen in. */
export interface ReportInContext {
  readonly record: unknown;
  readonly ctx: EvalContext;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function named(
  runner: SeriesRunner,
  record: unknown,
  ctx: EvalContext,
  base: Record<string, IssueValue>,
): Record<string, IssueValue> {
  for (const [name, e] of runner.values) {
    const v = e(record, ctx);
    base[name] = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
  }
  if (runner.readsPopulation) {
    const p = ctx.vars?.['populationPeriod'];
    if (typeof p === 'string') base['populationPeriod'] = p;
  }
  return base;
}

function violation(
  runner: SeriesRunner,
  record: unknown,
  ctx: EvalContext,
  values: Record<string, IssueValue>,
  fallback: Label,
  ex: boolean,
): RuleViolation {
  const rule = runner.rule;
  const vals = named(runner, record, ctx, values);
  return {
    rule,
    values: vals,
    message: seriesMessage(rule, vals, fallback),
    ...(rule.field !== undefined ? { field: rule.field } : {}),
    ...(ex ? { explanation: { expression: explain(runner.value, record, ctx) } } : {}),
  };
}

/**
 * A `jump` rule on one report: its value against the previous month's (`previous`: the first schema-valid
 * report of the month before, or `undefined`). Fires when `max(c, p) ≥ minBase` and
 * `max(c, p) / min(c, p) > maxRatio` (0 → ratio ∞, reported as `null`).
 */
export function checkJump(
  runner: SeriesRunner,
  record: unknown,
  ctx: EvalContext,
  previous: ReportInContext | undefined,
  previousPeriod: string,
  ex: boolean,
): RuleViolation | undefined {
  const rule = runner.rule;
  if (rule.kind !== 'jump' || !previous) return undefined;
  const c = num(runner.value(record, ctx));
  const p = num(runner.value(previous.record, previous.ctx));
  if (c === undefined || p === undefined) return undefined;
  const hi = Math.max(c, p);
  const lo = Math.min(c, p);
  if (hi < rule.minBase) return undefined;
  const ratio = lo === 0 ? Number.POSITIVE_INFINITY : hi / lo;
  if (ratio <= rule.maxRatio) return undefined;
  const what = c > p ? { id: 'naik', en: 'rose' } : { id: 'turun', en: 'fell' };
  return violation(
    runner,
    record,
    ctx,
    {
      value: c,
      previous: p,
      previousPeriod,
      ratio: Number.isFinite(ratio) ? ratio : null,
      maxRatio: rule.maxRatio,
      minBase: rule.minBase,
    },
    {
      id: `${rule.name.id}: ${rule.expression} ${what.id} dari {previous} (${previousPeriod}) menjadi {value}, rasio ${Number.isFinite(ratio) ? '{ratio}' : 'tak terhingga'} melebihi {maxRatio}`,
      en: `${rule.name.en}: ${rule.expression} ${what.en} from {previous} (${previousPeriod}) to {value}, a ratio of ${Number.isFinite(ratio) ? '{ratio}' : 'infinity'} above {maxRatio}`,
    },
    ex,
  );
}

/** The statistics of an outlier rule's value over one kampung's history (its reports in month order). */
export function outlierStatistics(
  runner: SeriesRunner,
  history: Iterable<ReportInContext>,
): SeriesStatistics | undefined {
  const xs: number[] = [];
  for (const r of history) {
    const v = num(runner.value(r.record, r.ctx));
    if (v !== undefined) xs.push(v);
  }
  return xs.length > 0 ? seriesStatistics(xs) : undefined;
}

/** An `outlier` rule on one report, against its kampung's statistics. */
export function checkOutlier(
  runner: SeriesRunner,
  record: unknown,
  ctx: EvalContext,
  s: SeriesStatistics | undefined,
  ex: boolean,
): RuleViolation | undefined {
  const rule = runner.rule;
  if (rule.kind !== 'outlier') return undefined;
  if (!s || s.n < rule.minHistory) return undefined;
  const x = num(runner.value(record, ctx));
  if (x === undefined) return undefined;
  const modified = rule.method === 'modifiedZScore';
  const threshold = rule.threshold ?? (modified ? 3.5 : 3);
  const score = modified ? modifiedZScore(x, s) : zScore(x, s);
  if (score === null || score <= threshold) return undefined;
  const values: Record<string, IssueValue> = modified
    ? { value: x, median: s.median, mad: s.mad, modifiedZScore: score, threshold, historyLength: s.n }
    : { value: x, mean: s.mean, sd: s.sd, zScore: score, threshold, historyLength: s.n };
  const fallback: Label = modified
    ? {
        id: `${rule.name.id}: ${rule.expression} = {value} jauh dari riwayat kampung ini (z termodifikasi {modifiedZScore} > {threshold}; median {median}, MAD {mad}, {historyLength} bulan)`,
        en: `${rule.name.en}: ${rule.expression} = {value} is far from this kampung's history (modified z-score {modifiedZScore} > {threshold}; median {median}, MAD {mad}, {historyLength} months)`,
      }
    : {
        id: `${rule.name.id}: ${rule.expression} = {value} jauh dari riwayat kampung ini (skor z {zScore} > {threshold}; rata-rata {mean}, simpangan baku {sd}, {historyLength} bulan)`,
        en: `${rule.name.en}: ${rule.expression} = {value} is far from this kampung's history (z-score {zScore} > {threshold}; mean {mean}, standard deviation {sd}, {historyLength} months)`,
      };
  return violation(runner, record, ctx, values, fallback, ex);
}
