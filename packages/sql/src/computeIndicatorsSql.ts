import {
  type AggregationLevel,
  type ComputeIndicatorsOptions,
  type IndicatorNullReason,
  type IndicatorResult,
  indicatorValue,
  type Target,
  TargetLookup,
} from '@kampung-kb/indicators';
import { type Label, parsePeriodId } from '@kampung-kb/model';
import { compileIndicatorsSql, elementColumnKey, type SqlIndicatorPlan } from './compileIndicatorsSql.js';
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
  | { readonly ok: true; readonly results: IndicatorResult[] }
  | { readonly ok: false; readonly unsupported: readonly Label[] };

function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return null;
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
  const byGroup = new Map<string, Map<string, Readonly<Record<string, unknown>>>>();
  for (const row of rows) {
    const key = `${String(row['lvl'])}|${String(row['period_id'])}`;
    let m = byGroup.get(key);
    if (!m) {
      m = new Map();
      byGroup.set(key, m);
    }
    m.set(String(row['org_unit']), row);
  }
  const out: IndicatorResult[] = [];
  const has = (
    row: Readonly<Record<string, unknown>>,
    id: string,
    period: 'current' | 'prev' | 'lastYear',
  ) => {
    const c = plan.elementColumns.get(elementColumnKey(id, period));
    return c === undefined
      ? { value: false, missing: false }
      : {
          value: row[c.value] !== null && row[c.value] !== undefined,
          missing: toNumber(row[c.missing]) === 1,
        };
  };
  for (const level of plan.levels) {
    for (const period of plan.periods) {
      const groups = byGroup.get(`${level}|${period}`);
      if (!groups) continue;
      const pType = parsePeriodId(period)?.type as string;
      const units = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const orgUnit of units) {
        const row = groups.get(orgUnit) as Readonly<Record<string, unknown>>;
        const kampung = toNumber(row['kampung']) ?? 0;
        for (const ind of plan.indicators) {
          const def = ind.definition;
          const head = { indicatorId: def.id, version: def.version, orgUnit, level, period };
          const invalid: IndicatorNullReason | null = !def.regionLevels.includes(level)
            ? 'not-valid-for-level'
            : !def.periodTypes.includes(pType as never)
              ? 'not-valid-for-period'
              : null;
          if (invalid) {
            out.push({
              ...head,
              numerator: null,
              denominator: null,
              value: null,
              nullReason: invalid,
              anyMissing: false,
              kampung,
            });
            continue;
          }
          let any = false;
          let lacks = false;
          let anyMissing = false;
          let count = 0;
          for (const p of ['current', 'prev', 'lastYear'] as const) {
            for (const id of ind.needs[p]) {
              count++;
              const h = has(row, id, p);
              if (h.value) any = true;
              else lacks = true;
              if (h.missing) anyMissing = true;
            }
          }
          let e: Pick<IndicatorResult, 'numerator' | 'denominator' | 'value' | 'nullReason'>;
          if (!any && count > 0)
            e = { numerator: null, denominator: null, value: null, nullReason: 'no-data' };
          else
            e = indicatorValue(
              def,
              toNumber(row[ind.numeratorColumn]),
              ind.denominatorColumn === undefined ? undefined : toNumber(row[ind.denominatorColumn]),
              lacks,
            );
          // The key order of the JavaScript engine's rows, so both print the same JSON.
          const result: IndicatorResult = { ...head, ...e, anyMissing, kampung };
          const target = targets.result(def.id, level as AggregationLevel, orgUnit, period, e.value);
          out.push(target ? { ...result, target } : result);
        }
        for (const def of plan.invalidDefinitions) {
          out.push({
            indicatorId: String(def.id),
            version: String(def.version),
            orgUnit,
            level,
            period,
            numerator: null,
            denominator: null,
            value: null,
            nullReason: 'invalid-definition',
            kampung,
            anyMissing: false,
          });
        }
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
  if (plan.sql === '') return { ok: true, results: [] };
  const rows = await client.query(plan.sql);
  const kampungRegion = new Map<string, string>();
  if ((options.targets?.length ?? 0) > 0 && plan.levels.includes('kampung')) {
    const kk = await client.query(
      'SELECT kampung_id, region_code FROM (SELECT kampung_id, region_code, ROW_NUMBER() OVER (PARTITION BY kampung_id ORDER BY seq DESC) AS rn FROM kkb_kampung) x WHERE rn = 1',
    );
    for (const r of kk)
      if (typeof r['region_code'] === 'string') kampungRegion.set(String(r['kampung_id']), r['region_code']);
  }
  return { ok: true, results: resultsFromSqlRows(plan, rows, options.targets ?? [], kampungRegion) };
}
