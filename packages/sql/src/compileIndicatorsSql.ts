import type { Environment } from '@kampung-kb/expr';
import {
  type AggregationLevel,
  type ComputeIndicatorsOptions,
  expandIndicators,
  INDICATOR_DATA_ELEMENTS,
  type IndicatorDataElement,
  type IndicatorDefinition,
  type InvalidElement,
  indicatorEnvironment,
} from '@kampung-kb/indicators';
import { type Label, type PeriodId, parsePeriodId } from '@kampung-kb/model';
import { checkedElements } from './internal/checkedElements.js';
import { ElementColumns } from './internal/elementColumns.js';
import type { OperandPeriod } from './internal/expressionSql.js';
import {
  type CompiledIndicatorSql,
  compileIndicatorDefinitions,
  unsupportedLabel,
} from './internal/indicatorDefinitionsSql.js';
import { sqlElements } from './internal/indicatorElementsSql.js';
import { type FieldElement, indicatorsQuerySql } from './internal/indicatorsQuerySql.js';
import type { SqlDialect } from './sqlDialect.js';

/** One indicator of a plan: its definition, the elements it reads and the SQL columns of its expressions. */
export interface SqlPlanIndicator {
  readonly definition: IndicatorDefinition;
  /** Element ids read, by the period they are read in. */
  readonly needs: Readonly<Record<OperandPeriod, readonly string[]>>;
  /** Result columns of the numerator and denominator (the latter absent for a plain value). */
  readonly numeratorColumn: string;
  readonly denominatorColumn: string | undefined;
}

/**
 * The SQL of an indicator computation and what is needed to turn its rows into `IndicatorResult`s
 * (see {@link compileIndicatorsSql}).
 */
export interface SqlIndicatorPlan {
  readonly dialect: SqlDialect;
  /** One `SELECT` over the staging tables (see {@link STAGING_TABLES}); empty when nothing can be computed. */
  readonly sql: string;
  readonly levels: readonly AggregationLevel[];
  /** The periods asked for, canonical, in order. */
  readonly periods: readonly PeriodId[];
  readonly indicators: readonly SqlPlanIndicator[];
  /** Definitions that do not compile: their rows carry `invalid-definition`, as in the JavaScript engine. */
  readonly invalidDefinitions: readonly IndicatorDefinition[];
  /**
   * Data elements left out, with why, exactly as `IndicatorEngine.invalidElements` gives them (a stock
   * summed over time, a flow taken at its last month …); a definition reading one is in `invalidDefinitions`.
   */
  readonly invalidElements: readonly InvalidElement[];
  /** Result columns of each element: value and missing flag, by element id and period read. */
  readonly elementColumns: ReadonlyMap<string, { readonly value: string; readonly missing: string }>;
  /** Record types the SQL assumes to be empty (their elements are computed as for no records). */
  readonly assumesNoRecordsOf: readonly ('intervention' | 'proposal' | 'budget')[];
  /** Why the options cannot be computed in SQL (empty when they can); the caller uses the JavaScript engine. */
  readonly unsupported: readonly Label[];
}

export { elementColumnKey } from './internal/elementColumns.js';

/** The periods asked for that are period ids, canonical, without repeats, in order. */
function requestedPeriods(given: readonly string[]): PeriodId[] {
  const periods: PeriodId[] = [];
  for (const p of given) {
    const parsed = parsePeriodId(p);
    if (parsed && !periods.includes(parsed.id)) periods.push(parsed.id);
  }
  return periods;
}

/** Whether the options ask for trends (not compiled to SQL yet). */
function asksForTrends(trends: ComputeIndicatorsOptions['trends']): boolean {
  return trends !== undefined && trends !== false && (trends === true || trends.length > 0);
}

/** The plan's view of a compiled definition: element ids by period and its result columns. */
function planIndicator(ind: CompiledIndicatorSql, j: number): SqlPlanIndicator {
  return {
    definition: ind.def,
    needs: { current: [...ind.needs.current], prev: [...ind.needs.prev], lastYear: [...ind.needs.lastYear] },
    numeratorColumn: `n${j}`,
    denominatorColumn: ind.d === undefined ? undefined : `d${j}`,
  };
}

/**
 * Compiles indicator definitions to one portable SQL query over the staging tables ({@link STAGING_TABLES}):
 * the same groups, element values, `anyMissing` flags, kampung counts and numerator/denominator values as
 * `computeIndicators`, for every level and period asked for (and the previous / last-year periods that
 * `prev(…)` and `lastYear(…)` read). Expressions are compiled from their `@kampung-kb/expr` AST
 * (templates expanded with `expandIndicators`); time aggregation (`last` with the snapshot in force,
 * `sum`, `average`, the later correction of a kampung-month winning) and space aggregation (`sum`,
 * `average`) run in SQL. The rows carry the unrounded numerator and denominator; the value is rounded
 * half away from zero on the decimal value by `roundRatio` / `roundDecimal` when the rows are read
 * (see {@link computeIndicatorsSql}), so both engines share one rounding module.
 *
 * Data elements are checked with the JavaScript engine's own check (`IndicatorEngine.invalidElements`): an
 * element whose `kind` contradicts its time aggregation (a stock summed over months, a flow taken at its
 * last month) or that the engine rejects otherwise is left out with its reason in `invalidElements`, and a
 * definition reading it gives `invalid-definition` rows, as in the JavaScript engine.
 *
 * Not compiled (listed in `unsupported`, so the caller runs the JavaScript engine instead): trends,
 * elements restricted with `where` (budget by source), set-valued or list-valued readings, and the
 * functions `round`, `min`, `max`, `count`. Intervention, proposal and budget elements are computed as
 * for a data set without such records (`assumesNoRecordsOf`): whoever runs the SQL checks that.
 *
 * @example
 * ```ts
 * const plan = compileIndicatorsSql({ indicators: defaultIndicatorCatalogue, level: 'regency',
 *   periods: ['2020Q1'], dialect: 'postgres' });
 * plan.sql.startsWith('WITH'); // true
 * ```
 */
export function compileIndicatorsSql(
  options: ComputeIndicatorsOptions & { dialect: SqlDialect },
): SqlIndicatorPlan {
  const unsupported: Label[] = [];
  const elements: readonly IndicatorDataElement[] = options.elements ?? INDICATOR_DATA_ELEMENTS;
  // Expressions read only the elements the JavaScript engine accepts (its own kind and aggregation check).
  const checked = checkedElements(elements);
  const env: Environment = indicatorEnvironment(checked.valid);
  const byId = new Map(checked.valid.map((e) => [e.id, e]));
  const levels: AggregationLevel[] =
    typeof options.level === 'string' ? [options.level] : [...new Set(options.level)];
  const periods = requestedPeriods(options.periods);
  if (asksForTrends(options.trends))
    unsupported.push(
      unsupportedLabel(
        'tren (periode sebelumnya) belum dihitung dalam SQL',
        'trends are not computed in SQL yet',
      ),
    );
  const columns = new ElementColumns();
  const { indicators, invalidDefinitions } = compileIndicatorDefinitions(
    expandIndicators(options.indicators),
    env,
    columns,
    unsupported,
  );
  // The elements, by how they are computed.
  const { kinds, assumes } = sqlElements(columns.needed, byId, elements, unsupported);
  const usesPrev = indicators.some((i) => i.needs.prev.size > 0);
  const usesLastYear = indicators.some((i) => i.needs.lastYear.size > 0);
  const base = {
    dialect: options.dialect,
    levels,
    periods,
    indicators: indicators.map(planIndicator),
    invalidDefinitions,
    invalidElements: checked.invalid,
    elementColumns: columns.byKey,
    assumesNoRecordsOf: [...assumes],
  };
  if (unsupported.length > 0 || periods.length === 0 || levels.length === 0)
    return { ...base, sql: '', unsupported };
  const fieldEls: FieldElement[] = columns.needed.map((id, i) => ({
    id,
    i,
    e: kinds[i] as IndicatorDataElement,
  }));
  const sql = indicatorsQuerySql({ levels, periods, usesPrev, usesLastYear, fieldEls, indicators, columns });
  return { ...base, sql, unsupported };
}
