import {
  type AggregationLevel,
  type ComputeIndicatorsOptions,
  type IndicatorDefinition,
  type IndicatorNullReason,
  type IndicatorResult,
  type InvalidElement,
  indicatorValue,
  type Target,
  TargetLookup,
} from '@kampung-kb/indicators';
import { type Label, type PeriodId, parsePeriodId } from '@kampung-kb/model';
import {
  compileIndicatorsSql,
  elementColumnKey,
  type SqlIndicatorPlan,
  type SqlPlanIndicator,
} from './compileIndicatorsSql.js';
import type { SqlClient } from './sqlClient.js';
import type { SqlDialect } from './sqlDialect.js';

/**
 * What an SQL run returns: the results (equal to `computeIndicators` on the same records), or why the
 * options cannot run in SQL (the caller then uses the JavaScript engine).
 *
 * @example
 * ```ts
 * const o: SqlIndicatorsOutcome = { ok: false, unsupported: [{ id: 'tren…', en: 'trends…' }] };
 * ```
 */
export type SqlIndicatorsOutcome =
  | {
      readonly ok: true;
      readonly results: IndicatorResult[];
      /** Data elements left out, with why, as `IndicatorEngine.invalidElements` gives them. */
      readonly invalidElements: readonly InvalidElement[];
    }
  | { readonly ok: false; readonly unsupported: readonly Label[] };

function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return null;
}

type SqlRow = Readonly<Record<string, unknown>>;

/** The rows by `<level>|<period>`, then by org unit. */
function rowsByGroup(rows: readonly SqlRow[]): Map<string, Map<string, SqlRow>> {
  const byGroup = new Map<string, Map<string, SqlRow>>();
  for (const row of rows) {
    const key = `${String(row['lvl'])}|${String(row['period_id'])}`;
    let m = byGroup.get(key);
    if (!m) {
      m = new Map();
      byGroup.set(key, m);
    }
    m.set(String(row['org_unit']), row);
  }
  return byGroup;
}

/** One group's row with where it is: level, period (and its type) and org unit. */
interface GroupRow {
  readonly row: SqlRow;
  readonly level: AggregationLevel;
  readonly period: PeriodId;
  readonly periodType: string;
  readonly orgUnit: string;
  readonly kampung: number;
}

/** Whether any element the indicator reads has a value, any lacks one, and any has missing kampung-months. */
function elementPresence(plan: SqlIndicatorPlan, ind: SqlPlanIndicator, row: SqlRow) {
  let any = false;
  let lacks = false;
  let anyMissing = false;
  let count = 0;
  for (const p of ['current', 'prev', 'lastYear'] as const) {
    for (const id of ind.needs[p]) {
      count++;
      const c = plan.elementColumns.get(elementColumnKey(id, p));
      if (c !== undefined && row[c.value] !== null && row[c.value] !== undefined) any = true;
      else lacks = true;
      if (c !== undefined && toNumber(row[c.missing]) === 1) anyMissing = true;
    }
  }
  return { any, lacks, anyMissing, count };
}

/** The result of one indicator in one group, as the JavaScript engine gives it. */
function indicatorResult(
  plan: SqlIndicatorPlan,
  ind: SqlPlanIndicator,
  g: GroupRow,
  targets: TargetLookup,
): IndicatorResult {
  const { row, level, period, orgUnit, kampung } = g;
  const def = ind.definition;
  const head = { indicatorId: def.id, version: def.version, orgUnit, level, period };
  const invalid: IndicatorNullReason | null = !def.regionLevels.includes(level)
    ? 'not-valid-for-level'
    : !def.periodTypes.includes(g.periodType as never)
      ? 'not-valid-for-period'
      : null;
  if (invalid) {
    return {
      ...head,
      numerator: null,
      denominator: null,
      value: null,
      nullReason: invalid,
      anyMissing: false,
      kampung,
    };
  }
  const { any, lacks, anyMissing, count } = elementPresence(plan, ind, row);
  let e: Pick<IndicatorResult, 'numerator' | 'denominator' | 'value' | 'nullReason'>;
  if (!any && count > 0) e = { numerator: null, denominator: null, value: null, nullReason: 'no-data' };
  else
    e = indicatorValue(
      def,
      toNumber(row[ind.numeratorColumn]),
      ind.denominatorColumn === undefined ? undefined : toNumber(row[ind.denominatorColumn]),
      lacks,
    );
  // The key order of the JavaScript engine's rows, so both print the same JSON.
  const result: IndicatorResult = { ...head, ...e, anyMissing, kampung };
  const target = targets.result(def.id, level, orgUnit, period, e.value);
  return target ? { ...result, target } : result;
}

/** The row of a definition that does not compile, in one group. */
function invalidDefinitionResult(def: IndicatorDefinition, g: GroupRow): IndicatorResult {
  return {
    indicatorId: String(def.id),
    version: String(def.version),
    orgUnit: g.orgUnit,
    level: g.level,
    period: g.period,
    numerator: null,
    denominator: null,
    value: null,
    nullReason: 'invalid-definition',
    kampung: g.kampung,
    anyMissing: false,
  };
}

/**
 * Turns the rows of a plan's SQL into `IndicatorResult`s in the JavaScript engine's order (level, period
 * as given, org unit sorted, indicator in definition order), with its null reasons and the value rounded
 * by `roundRatio` / `roundDecimal` (the one rounding module).
 *
 * @example
 * ```ts
 * const results = resultsFromSqlRows(plan, await client.query(plan.sql));
 * ```
 */
export function resultsFromSqlRows(
  plan: SqlIndicatorPlan,
  rows: readonly Readonly<Record<string, unknown>>[],
  targetList: readonly Target[] = [],
  kampungRegion: ReadonlyMap<string, string> = new Map(),
): IndicatorResult[] {
  const targets = new TargetLookup(targetList);
  for (const [kampungId, regionCode] of kampungRegion) targets.setKampungRegion(kampungId, regionCode);
  const byGroup = rowsByGroup(rows);
  const out: IndicatorResult[] = [];
  for (const level of plan.levels) {
    for (const period of plan.periods) {
      const groups = byGroup.get(`${level}|${period}`);
      if (!groups) continue;
      const periodType = parsePeriodId(period)?.type as string;
      const units = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const orgUnit of units) {
        const row = groups.get(orgUnit) as SqlRow;
        const g: GroupRow = {
          row,
          level,
          period,
          periodType,
          orgUnit,
          kampung: toNumber(row['kampung']) ?? 0,
        };
        for (const ind of plan.indicators) out.push(indicatorResult(plan, ind, g, targets));
        for (const def of plan.invalidDefinitions) out.push(invalidDefinitionResult(def, g));
      }
    }
  }
  return out;
}

/**
 * Computes indicators in SQL on a database whose staging tables are filled (see `STAGING_TABLES`,
 * `loadDatasetSql`): compiles the options ({@link compileIndicatorsSql}), runs the query through the
 * client and reads the rows back ({@link resultsFromSqlRows}). Targets are attached in JavaScript with
 * `achievement` and `onTrack`, as the JavaScript engine does.
 *
 * @example
 * ```ts
 * const out = await computeIndicatorsSql(client, { indicators: defaultIndicatorCatalogue, level: 'regency',
 *   periods: ['2020Q4'] }, 'postgres');
 * if (out.ok) console.log(out.results.length);
 * ```
 */
export async function computeIndicatorsSql(
  client: SqlClient,
  options: ComputeIndicatorsOptions,
  dialect: SqlDialect,
): Promise<SqlIndicatorsOutcome> {
  const plan = compileIndicatorsSql({ ...options, dialect });
  if (plan.unsupported.length > 0) return { ok: false, unsupported: plan.unsupported };
  if (plan.sql === '') return { ok: true, results: [], invalidElements: plan.invalidElements };
  const rows = await client.query(plan.sql);
  const kampungRegion = new Map<string, string>();
  if ((options.targets?.length ?? 0) > 0 && plan.levels.includes('kampung')) {
    const kk = await client.query(
      'SELECT kampung_id, region_code FROM (SELECT kampung_id, region_code, ROW_NUMBER() OVER (PARTITION BY kampung_id ORDER BY seq DESC) AS rn FROM kkb_kampung) x WHERE rn = 1',
    );
    for (const r of kk)
      if (typeof r['region_code'] === 'string') kampungRegion.set(String(r['kampung_id']), r['region_code']);
  }
  return {
    ok: true,
    results: resultsFromSqlRows(plan, rows, options.targets ?? [], kampungRegion),
    invalidElements: plan.invalidElements,
  };
}
