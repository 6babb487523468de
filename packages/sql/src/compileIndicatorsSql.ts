import { type Environment, parse } from '@kampung-kb/expr';
import {
  type AggregationLevel,
  type ComputeIndicatorsOptions,
  checkIndicatorDefinition,
  expandIndicators,
  INDICATOR_DATA_ELEMENTS,
  type IndicatorDataElement,
  type IndicatorDefinition,
  indicatorEnvironment,
} from '@kampung-kb/indicators';
import {
  type Label,
  monthsOf,
  type PeriodId,
  parsePeriodId,
  previousPeriod,
  REGION_LEVELS,
  samePeriodLastYear,
} from '@kampung-kb/model';
import {
  columnOperands,
  type ExpressionSql,
  expressionElements,
  expressionToSql,
  type OperandPeriod,
} from './internal/expressionSql.js';
import type { SqlDialect } from './sqlDialect.js';
import { type StagingColumns, stagingColumns } from './stagingTables.js';

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
  /** Result columns of each element: value and missing flag, by element id and period read. */
  readonly elementColumns: ReadonlyMap<string, { readonly value: string; readonly missing: string }>;
  /** Record types the SQL assumes to be empty (their elements are computed as for no records). */
  readonly assumesNoRecordsOf: readonly ('intervention' | 'proposal' | 'budget')[];
  /** Why the options cannot be computed in SQL (empty when they can); the caller uses the JavaScript engine. */
  readonly unsupported: readonly Label[];
}

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const DOUBLE = 'DOUBLE PRECISION';
const SNAPSHOT = new Set(['population', 'profile']);

/** The key of an element column in {@link SqlIndicatorPlan.elementColumns}. */
export function elementColumnKey(elementId: string, period: OperandPeriod): string {
  return `${period}:${elementId}`;
}

function orgUnitSql(level: AggregationLevel): string {
  if (level === 'kampung') return 'kampung_id';
  const depth = REGION_LEVELS.indexOf(level) + 1;
  const parts = Array.from({ length: depth }, (_, i) => `split_part(region_code, '.', ${i + 1})`);
  return `(CASE WHEN region_code IS NOT NULL AND LENGTH(region_code) - LENGTH(REPLACE(region_code, '.', '')) >= ${depth - 1} THEN ${parts.join(" || '.' || ")} END)`;
}

function unsupportedLabel(id: string, en: string): Label {
  return { id, en };
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
  const env: Environment = indicatorEnvironment(elements);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const levels: AggregationLevel[] =
    typeof options.level === 'string' ? [options.level] : [...new Set(options.level)];
  const periods: PeriodId[] = [];
  for (const p of options.periods) {
    const parsed = parsePeriodId(p);
    if (parsed && !periods.includes(parsed.id)) periods.push(parsed.id);
  }
  if (
    options.trends !== undefined &&
    options.trends !== false &&
    (options.trends === true || options.trends.length > 0)
  )
    unsupported.push(
      unsupportedLabel(
        'tren (periode sebelumnya) belum dihitung dalam SQL',
        'trends are not computed in SQL yet',
      ),
    );

  const indicators: {
    def: IndicatorDefinition;
    needs: Record<OperandPeriod, Set<string>>;
    n: ExpressionSql;
    d: ExpressionSql | undefined;
  }[] = [];
  const invalidDefinitions: IndicatorDefinition[] = [];
  const colOf = new Map<string, { value: string; missing: string }>();
  const needed: string[] = [];
  const column = (id: string, period: OperandPeriod): string => {
    let i = needed.indexOf(id);
    if (i < 0) {
      needed.push(id);
      i = needed.length - 1;
    }
    const prefix = period === 'current' ? 'c' : period === 'prev' ? 'pv' : 'ly';
    const value = `${prefix}.a${i}`;
    colOf.set(elementColumnKey(id, period), { value: `${prefix}_a${i}`, missing: `${prefix}_m${i}` });
    return value;
  };
  for (const def of expandIndicators(options.indicators)) {
    const check = checkIndicatorDefinition(def, env);
    if (!check.ok) {
      invalidDefinitions.push(def);
      continue;
    }
    const zero = def.missingAs === 'zero';
    const needs: Record<OperandPeriod, Set<string>> = {
      current: new Set(),
      prev: new Set(),
      lastYear: new Set(),
    };
    const compileSide = (source: string): ExpressionSql => {
      const parsed = parse(source);
      if (!parsed.ok) return { ok: false, reason: 'does not parse' };
      expressionElements(parsed.ast, env, needs);
      return expressionToSql(parsed.ast, columnOperands(env, column), zero);
    };
    const n = compileSide(def.numerator);
    const d = def.denominator === undefined ? undefined : compileSide(def.denominator);
    for (const side of [n, d]) {
      if (side && !side.ok)
        unsupported.push(
          unsupportedLabel(
            `'${def.id}': ${side.reason} belum didukung SQL`,
            `'${def.id}': ${side.reason} is not supported in SQL`,
          ),
        );
    }
    for (const period of ['current', 'prev', 'lastYear'] as const)
      for (const id of needs[period]) column(id, period);
    indicators.push({ def, needs, n, d });
  }

  // The elements, by how they are computed.
  const assumes = new Set<'intervention' | 'proposal' | 'budget'>();
  const kinds = needed.map((id) => {
    const e = byId.get(id);
    if (!e) {
      unsupported.push(unsupportedLabel(`elemen '${id}' tidak dikenal`, `unknown element '${id}'`));
      return undefined;
    }
    if (e.where !== undefined && e.recordType !== 'budget') {
      unsupported.push(
        unsupportedLabel(
          `elemen '${id}' dengan 'where' belum didukung SQL`,
          `element '${id}' with 'where' is not supported in SQL`,
        ),
      );
      return undefined;
    }
    if (e.recordType === 'intervention' || e.recordType === 'proposal' || e.recordType === 'budget') {
      assumes.add(e.recordType);
      return e;
    }
    if (e.timeAggregation === 'distinct' || e.spaceAggregation === 'distinct') {
      unsupported.push(
        unsupportedLabel(
          `elemen '${id}' (distinct) belum didukung SQL`,
          `element '${id}' (distinct) is not supported in SQL`,
        ),
      );
      return undefined;
    }
    return e;
  });
  const staging: StagingColumns = stagingColumns(elements);
  for (const e of kinds) {
    if (!e || !(e.recordType === 'monthly' || SNAPSHOT.has(e.recordType))) continue;
    const cols = staging[e.recordType as 'monthly' | 'population' | 'profile'];
    if (!cols.includes(e.path))
      unsupported.push(
        unsupportedLabel(
          `jalur '${e.path}' tidak ada di tabel staging`,
          `path '${e.path}' is not a staging column`,
        ),
      );
  }

  const usesPrev = indicators.some((i) => i.needs.prev.size > 0);
  const usesLastYear = indicators.some((i) => i.needs.lastYear.size > 0);
  const planIndicators: SqlPlanIndicator[] = indicators.map((ind, j) => ({
    definition: ind.def,
    needs: { current: [...ind.needs.current], prev: [...ind.needs.prev], lastYear: [...ind.needs.lastYear] },
    numeratorColumn: `n${j}`,
    denominatorColumn: ind.d === undefined ? undefined : `d${j}`,
  }));
  const base = {
    dialect: options.dialect,
    levels,
    periods,
    indicators: planIndicators,
    invalidDefinitions,
    elementColumns: colOf,
    assumesNoRecordsOf: [...assumes],
  };
  if (unsupported.length > 0 || periods.length === 0 || levels.length === 0)
    return { ...base, sql: '', unsupported };

  // Periods computed: those asked for, and the ones prev(…) and lastYear(…) read.
  const all = new Map<PeriodId, boolean>();
  for (const p of periods) all.set(p, true);
  for (const p of periods) {
    const prev = usesPrev ? previousPeriod(p) : undefined;
    const ly = usesLastYear ? samePeriodLastYear(p) : undefined;
    for (const x of [prev, ly]) if (x !== undefined && !all.has(x)) all.set(x, false);
  }
  const periodRows: string[] = [];
  const monthRows: string[] = [];
  for (const [p, requested] of all) {
    const months = monthsOf(p);
    const prev = usesPrev ? previousPeriod(p) : undefined;
    const ly = usesLastYear ? samePeriodLastYear(p) : undefined;
    periodRows.push(
      `(${lit(p)}, ${lit(months[0] as string)}, ${lit(months[months.length - 1] as string)}, ${requested ? 1 : 0}, ${prev ? lit(prev) : 'NULL'}, ${ly ? lit(ly) : 'NULL'})`,
    );
    for (const m of months) monthRows.push(`(${lit(p)}, ${lit(m)})`);
  }

  const fieldEls = needed.map((id, i) => ({ id, i, e: kinds[i] as IndicatorDataElement }));
  const ofType = (t: string) => fieldEls.filter((x) => x.e.recordType === t);
  const monthlyEls = ofType('monthly');
  const snapshotTypes = (['population', 'profile'] as const).filter((t) => ofType(t).length > 0);

  const ctes: string[] = [];
  ctes.push(
    `kkb_p(period_id, first_month, last_month, requested, prev_id, ly_id) AS (VALUES ${periodRows.join(', ')})`,
  );
  ctes.push(`kkb_pm(period_id, month) AS (VALUES ${monthRows.join(', ')})`);
  ctes.push(
    'kk AS MATERIALIZED (SELECT kampung_id, region_code, designation_month FROM (SELECT kampung_id, region_code, designation_month, ROW_NUMBER() OVER (PARTITION BY kampung_id ORDER BY seq DESC) AS rn FROM kkb_kampung) x WHERE rn = 1)',
  );
  // The later record of a kampung-month wins (largest seq), only for the months the periods cover.
  const latest = (table: string, cols: readonly string[], where: string) =>
    `SELECT t.kampung_id, t.month${cols.map((c) => `, t.${q(c)}`).join('')} FROM ${table} t JOIN (SELECT kampung_id, month, MAX(seq) AS seq FROM ${table} WHERE ${where} GROUP BY kampung_id, month) x ON x.kampung_id = t.kampung_id AND x.month = t.month AND x.seq = t.seq`;
  if (monthlyEls.length > 0)
    ctes.push(
      `md AS MATERIALIZED (${latest('kkb_monthly', [...new Set(monthlyEls.map((x) => x.e.path))], 'month IN (SELECT month FROM kkb_pm)')})`,
    );
  ctes.push(
    [
      'hd AS (SELECT DISTINCT t.kampung_id, pm.period_id FROM kkb_monthly t JOIN kkb_pm pm ON pm.month = t.month',
      ...(['population', 'profile'] as const).map(
        (t) =>
          ` UNION SELECT f.kampung_id, p.period_id FROM (SELECT kampung_id, MIN(month) AS first_month FROM kkb_${t} GROUP BY kampung_id) f JOIN kkb_p p ON f.first_month <= p.last_month`,
      ),
      ')',
    ].join(''),
  );
  ctes.push(
    'kp AS MATERIALIZED (SELECT k.kampung_id, p.period_id, k.region_code, k.designation_month FROM kk k CROSS JOIN kkb_p p WHERE k.designation_month IS NULL OR k.designation_month <= p.last_month UNION SELECT h.kampung_id, h.period_id, k.region_code, k.designation_month FROM hd h LEFT JOIN kk k ON k.kampung_id = h.kampung_id)',
  );
  for (const t of snapshotTypes) {
    const els = ofType(t);
    const s = t === 'population' ? 'p' : 'f';
    const paths = [...new Set(els.map((x) => x.e.path))];
    // The snapshot in force at a month: the latest one on or before it (carried in from before the period).
    ctes.push(
      `${s}d AS MATERIALIZED (${latest(`kkb_${t}`, paths, 'month <= (SELECT MAX(month) FROM kkb_pm)')})`,
    );
    ctes.push(
      `${s}i AS (SELECT c.kampung_id, c.month, MAX(d.month) AS sm FROM (SELECT k.kampung_id, m.month FROM (SELECT DISTINCT kampung_id FROM ${s}d) k CROSS JOIN (SELECT DISTINCT month FROM kkb_pm) m) c JOIN ${s}d d ON d.kampung_id = c.kampung_id AND d.month <= c.month GROUP BY c.kampung_id, c.month)`,
    );
    ctes.push(
      `${s}s AS MATERIALIZED (SELECT i.kampung_id, i.month${paths.map((p, k) => `, d.${q(p)} AS c${k}`).join('')} FROM ${s}i i JOIN ${s}d d ON d.kampung_id = i.kampung_id AND d.month = i.sm)`,
    );
  }
  const seriesOf = (x: { e: IndicatorDataElement }): string => {
    // Family tallies have no staging table yet: their elements have no value (as in JS without tallies).
    if (x.e.recordType === 'family') return 'NULL';
    if (x.e.recordType === 'monthly') return `md.${q(x.e.path)}`;
    const s = x.e.recordType === 'population' ? 'p' : 'f';
    const paths = [...new Set(ofType(x.e.recordType).map((y) => y.e.path))];
    return `${s}s.c${paths.indexOf(x.e.path)}`;
  };
  const series = fieldEls.filter(
    (x) => x.e.recordType === 'monthly' || x.e.recordType === 'family' || SNAPSHOT.has(x.e.recordType),
  );
  ctes.push(
    [
      `b AS MATERIALIZED (SELECT kp.kampung_id, kp.period_id, kp.region_code, pm.month, CASE WHEN kp.designation_month IS NULL OR pm.month >= kp.designation_month THEN 1 ELSE 0 END AS ex`,
      ...series.map((x) => `, CAST(${seriesOf(x)} AS ${DOUBLE}) AS v${x.i}`),
      ' FROM kp JOIN kkb_pm pm ON pm.period_id = kp.period_id',
      monthlyEls.length > 0 ? ' LEFT JOIN md ON md.kampung_id = kp.kampung_id AND md.month = pm.month' : '',
      ...snapshotTypes.map((t) => {
        const s = t === 'population' ? 'p' : 'f';
        return ` LEFT JOIN ${s}s ON ${s}s.kampung_id = kp.kampung_id AND ${s}s.month = pm.month`;
      }),
      ')',
    ].join(''),
  );
  const onlyMonths = [...all.keys()].every((p) => monthsOf(p).length === 1);
  if (onlyMonths) {
    // Month periods only: one row per kampung-period, whose value is its time aggregate (last = sum = average).
    const ktCols = fieldEls.map((x) => {
      const i = x.i;
      if (x.e.recordType === 'intervention' || x.e.recordType === 'proposal')
        return `, CAST(0 AS ${DOUBLE}) AS t${i}, 0 AS x${i}`;
      if (x.e.recordType === 'budget') return `, CAST(NULL AS ${DOUBLE}) AS t${i}, ex AS x${i}`;
      return `, v${i} AS t${i}, CASE WHEN v${i} IS NULL THEN ex ELSE 0 END AS x${i}`;
    });
    ctes.push(`kt AS MATERIALIZED (SELECT kampung_id, period_id, region_code${ktCols.join('')} FROM b)`);
  } else {
    const lastEls = series.filter((x) => x.e.timeAggregation === 'last');
    ctes.push(
      `bl AS MATERIALIZED (SELECT kampung_id, period_id${lastEls.map((x) => `, MAX(CASE WHEN v${x.i} IS NOT NULL THEN month END) AS l${x.i}`).join('')} FROM b GROUP BY kampung_id, period_id)`,
    );
    const ktCols = fieldEls.map((x) => {
      const i = x.i;
      if (x.e.recordType === 'intervention' || x.e.recordType === 'proposal')
        return `, CAST(0 AS ${DOUBLE}) AS t${i}, 0 AS x${i}`;
      if (x.e.recordType === 'budget') return `, CAST(NULL AS ${DOUBLE}) AS t${i}, SUM(ex) AS x${i}`;
      const value =
        x.e.timeAggregation === 'last'
          ? `MAX(CASE WHEN b.month = bl.l${i} THEN v${i} END)`
          : x.e.timeAggregation === 'sum'
            ? `SUM(v${i})`
            : `SUM(v${i}) / NULLIF(COUNT(v${i}), 0)`;
      return `, CASE WHEN COUNT(v${i}) = 0 THEN NULL ELSE ${value} END AS t${i}, SUM(CASE WHEN v${i} IS NULL THEN ex ELSE 0 END) AS x${i}`;
    });
    ctes.push(
      `kt AS MATERIALIZED (SELECT b.kampung_id, b.period_id, b.region_code${ktCols.join('')} FROM b JOIN bl ON bl.kampung_id = b.kampung_id AND bl.period_id = b.period_id GROUP BY b.kampung_id, b.period_id, b.region_code)`,
    );
  }
  const gCols = fieldEls
    .map((x) => {
      const i = x.i;
      const value =
        x.e.spaceAggregation === 'average' ? `SUM(t${i}) / NULLIF(COUNT(t${i}), 0)` : `SUM(t${i})`;
      return `, ${value} AS a${i}, CASE WHEN SUM(x${i}) > 0 THEN 1 ELSE 0 END AS m${i}`;
    })
    .join('');
  ctes.push(
    `g AS MATERIALIZED (${levels
      .map((level) => {
        const ou = orgUnitSql(level);
        return `SELECT ${lit(level)} AS lvl, ${ou} AS org_unit, period_id, COUNT(*) AS kampung${gCols} FROM kt WHERE ${ou} IS NOT NULL GROUP BY ${ou}, period_id`;
      })
      .join(' UNION ALL ')})`,
  );
  const out: string[] = ['c.lvl', 'c.org_unit', 'c.period_id', 'c.kampung'];
  for (const [key, cols] of colOf) {
    const [period, ...rest] = key.split(':');
    const i = needed.indexOf(rest.join(':'));
    const prefix = period === 'current' ? 'c' : period === 'prev' ? 'pv' : 'ly';
    out.push(`${prefix}.a${i} AS ${cols.value}`, `${prefix}.m${i} AS ${cols.missing}`);
  }
  indicators.forEach((ind, j) => {
    if (ind.n.ok) out.push(`${ind.n.sql} AS n${j}`);
    if (ind.d?.ok) out.push(`${ind.d.sql} AS d${j}`);
  });
  const sql = [
    `WITH ${ctes.join(',\n')}`,
    `SELECT ${out.join(', ')}`,
    'FROM g c JOIN kkb_p pr ON pr.period_id = c.period_id AND pr.requested = 1',
    usesPrev
      ? 'LEFT JOIN g pv ON pv.lvl = c.lvl AND pv.org_unit = c.org_unit AND pv.period_id = pr.prev_id'
      : '',
    usesLastYear
      ? 'LEFT JOIN g ly ON ly.lvl = c.lvl AND ly.org_unit = c.org_unit AND ly.period_id = pr.ly_id'
      : '',
  ]
    .filter((s) => s !== '')
    .join('\n');
  return { ...base, sql, unsupported };
}
