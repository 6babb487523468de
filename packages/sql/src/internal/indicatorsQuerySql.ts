import type { AggregationLevel, IndicatorDataElement } from '@kampung-kb/indicators';
import {
  monthsOf,
  type PeriodId,
  previousPeriod,
  REGION_LEVELS,
  samePeriodLastYear,
} from '@kampung-kb/model';
import { type ElementColumns, periodPrefix } from './elementColumns.js';
import type { CompiledIndicatorSql } from './indicatorDefinitionsSql.js';
import { SNAPSHOT } from './indicatorElementsSql.js';
import { sqlLiteral as lit, sqlIdentifier as q } from './sqlText.js';

const DOUBLE = 'DOUBLE PRECISION';

/** An element read by the query, with its number (`a<i>`, `v<i>`, `t<i>`). */
export interface FieldElement {
  readonly id: string;
  readonly i: number;
  readonly e: IndicatorDataElement;
}

/** What the query of a plan is built from. */
export interface IndicatorsQueryInput {
  readonly levels: readonly AggregationLevel[];
  /** The periods asked for, canonical, in order. */
  readonly periods: readonly PeriodId[];
  readonly usesPrev: boolean;
  readonly usesLastYear: boolean;
  readonly fieldEls: readonly FieldElement[];
  readonly indicators: readonly CompiledIndicatorSql[];
  readonly columns: ElementColumns;
}

type SnapshotType = 'population' | 'profile';

/** The org unit of a kampung at a level, from its region code. */
function orgUnitSql(level: AggregationLevel): string {
  if (level === 'kampung') return 'kampung_id';
  const depth = REGION_LEVELS.indexOf(level) + 1;
  const parts = Array.from({ length: depth }, (_, i) => `split_part(region_code, '.', ${i + 1})`);
  return `(CASE WHEN region_code IS NOT NULL AND LENGTH(region_code) - LENGTH(REPLACE(region_code, '.', '')) >= ${depth - 1} THEN ${parts.join(" || '.' || ")} END)`;
}

/**
 * The periods computed (those asked for, `true`, and the ones `prev(…)` and `lastYear(…)` read, `false`)
 * and the rows of the `kkb_p` (period) and `kkb_pm` (period-month) value lists.
 */
function periodValues(input: IndicatorsQueryInput) {
  const { periods, usesPrev, usesLastYear } = input;
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
  return { all, periodRows, monthRows };
}

/** The later record of a kampung-month wins (largest seq), only for the months `where` selects. */
function latestSql(table: string, cols: readonly string[], where: string): string {
  return `SELECT t.kampung_id, t.month${cols.map((c) => `, t.${q(c)}`).join('')} FROM ${table} t JOIN (SELECT kampung_id, month, MAX(seq) AS seq FROM ${table} WHERE ${where} GROUP BY kampung_id, month) x ON x.kampung_id = t.kampung_id AND x.month = t.month AND x.seq = t.seq`;
}

/** Periods, months, kampung (latest record), monthly reports (latest correction) and kampung-periods. */
function kampungPeriodCtes(
  periodRows: readonly string[],
  monthRows: readonly string[],
  monthlyEls: readonly FieldElement[],
): string[] {
  const ctes: string[] = [];
  ctes.push(
    `kkb_p(period_id, first_month, last_month, requested, prev_id, ly_id) AS (VALUES ${periodRows.join(', ')})`,
  );
  ctes.push(`kkb_pm(period_id, month) AS (VALUES ${monthRows.join(', ')})`);
  ctes.push(
    'kk AS MATERIALIZED (SELECT kampung_id, region_code, designation_month FROM (SELECT kampung_id, region_code, designation_month, ROW_NUMBER() OVER (PARTITION BY kampung_id ORDER BY seq DESC) AS rn FROM kkb_kampung) x WHERE rn = 1)',
  );
  if (monthlyEls.length > 0)
    ctes.push(
      `md AS MATERIALIZED (${latestSql('kkb_monthly', [...new Set(monthlyEls.map((x) => x.e.path))], 'month IN (SELECT month FROM kkb_pm)')})`,
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
  return ctes;
}

/** The alias letter of a snapshot type's CTEs. */
const snapshotLetter = (t: string): string => (t === 'population' ? 'p' : 'f');

/** The distinct paths read from a snapshot type, in order (`c<k>` columns). */
const pathsOf = (els: readonly FieldElement[]): string[] => [...new Set(els.map((x) => x.e.path))];

/** The snapshot in force at a month: the latest one on or before it (carried in from before the period). */
function snapshotCtes(t: SnapshotType, els: readonly FieldElement[]): string[] {
  const s = snapshotLetter(t);
  const paths = pathsOf(els);
  return [
    `${s}d AS MATERIALIZED (${latestSql(`kkb_${t}`, paths, 'month <= (SELECT MAX(month) FROM kkb_pm)')})`,
    `${s}i AS (SELECT c.kampung_id, c.month, MAX(d.month) AS sm FROM (SELECT k.kampung_id, m.month FROM (SELECT DISTINCT kampung_id FROM ${s}d) k CROSS JOIN (SELECT DISTINCT month FROM kkb_pm) m) c JOIN ${s}d d ON d.kampung_id = c.kampung_id AND d.month <= c.month GROUP BY c.kampung_id, c.month)`,
    `${s}s AS MATERIALIZED (SELECT i.kampung_id, i.month${paths.map((p, k) => `, d.${q(p)} AS c${k}`).join('')} FROM ${s}i i JOIN ${s}d d ON d.kampung_id = i.kampung_id AND d.month = i.sm)`,
  ];
}

/** `b`: one row per kampung, period and month, with each series element's value (`v<i>`) and `ex`. */
function seriesCte(
  series: readonly FieldElement[],
  ofType: (t: string) => FieldElement[],
  hasMonthly: boolean,
  snapshotTypes: readonly SnapshotType[],
): string {
  const seriesOf = (x: FieldElement): string => {
    // Family tallies have no staging table yet: their elements have no value (as in JS without tallies).
    if (x.e.recordType === 'family') return 'NULL';
    if (x.e.recordType === 'monthly') return `md.${q(x.e.path)}`;
    const s = snapshotLetter(x.e.recordType);
    return `${s}s.c${pathsOf(ofType(x.e.recordType)).indexOf(x.e.path)}`;
  };
  return [
    `b AS MATERIALIZED (SELECT kp.kampung_id, kp.period_id, kp.region_code, pm.month, CASE WHEN kp.designation_month IS NULL OR pm.month >= kp.designation_month THEN 1 ELSE 0 END AS ex`,
    ...series.map((x) => `, CAST(${seriesOf(x)} AS ${DOUBLE}) AS v${x.i}`),
    ' FROM kp JOIN kkb_pm pm ON pm.period_id = kp.period_id',
    hasMonthly ? ' LEFT JOIN md ON md.kampung_id = kp.kampung_id AND md.month = pm.month' : '',
    ...snapshotTypes.map((t) => {
      const s = snapshotLetter(t);
      return ` LEFT JOIN ${s}s ON ${s}s.kampung_id = kp.kampung_id AND ${s}s.month = pm.month`;
    }),
    ')',
  ].join('');
}

/** Month periods only: one row per kampung-period, whose value is its time aggregate (last = sum = average). */
function monthTotalsCte(fieldEls: readonly FieldElement[]): string {
  const ktCols = fieldEls.map((x) => {
    const i = x.i;
    if (x.e.recordType === 'intervention' || x.e.recordType === 'proposal')
      return `, CAST(0 AS ${DOUBLE}) AS t${i}, 0 AS x${i}`;
    if (x.e.recordType === 'budget') return `, CAST(NULL AS ${DOUBLE}) AS t${i}, ex AS x${i}`;
    return `, v${i} AS t${i}, CASE WHEN v${i} IS NULL THEN ex ELSE 0 END AS x${i}`;
  });
  return `kt AS MATERIALIZED (SELECT kampung_id, period_id, region_code${ktCols.join('')} FROM b)`;
}

/** `bl` (latest month with a value) and `kt`: each element's time aggregate per kampung-period (`t<i>`, `x<i>`). */
function periodTotalsCtes(fieldEls: readonly FieldElement[], series: readonly FieldElement[]): string[] {
  const lastEls = series.filter((x) => x.e.timeAggregation === 'last');
  const bl = `bl AS MATERIALIZED (SELECT kampung_id, period_id${lastEls.map((x) => `, MAX(CASE WHEN v${x.i} IS NOT NULL THEN month END) AS l${x.i}`).join('')} FROM b GROUP BY kampung_id, period_id)`;
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
  const kt = `kt AS MATERIALIZED (SELECT b.kampung_id, b.period_id, b.region_code${ktCols.join('')} FROM b JOIN bl ON bl.kampung_id = b.kampung_id AND bl.period_id = b.period_id GROUP BY b.kampung_id, b.period_id, b.region_code)`;
  return [bl, kt];
}

/** `g`: the space aggregate of every element per level, org unit and period, with missing flags. */
function groupCte(levels: readonly AggregationLevel[], fieldEls: readonly FieldElement[]): string {
  const gCols = fieldEls
    .map((x) => {
      const i = x.i;
      const value =
        x.e.spaceAggregation === 'average' ? `SUM(t${i}) / NULLIF(COUNT(t${i}), 0)` : `SUM(t${i})`;
      return `, ${value} AS a${i}, CASE WHEN SUM(x${i}) > 0 THEN 1 ELSE 0 END AS m${i}`;
    })
    .join('');
  return `g AS MATERIALIZED (${levels
    .map((level) => {
      const ou = orgUnitSql(level);
      return `SELECT ${lit(level)} AS lvl, ${ou} AS org_unit, period_id, COUNT(*) AS kampung${gCols} FROM kt WHERE ${ou} IS NOT NULL GROUP BY ${ou}, period_id`;
    })
    .join(' UNION ALL ')})`;
}

/** The final `SELECT`: element columns and indicator numerators / denominators of the requested periods. */
function resultSelect(input: IndicatorsQueryInput, ctes: readonly string[]): string {
  const { columns, indicators, usesPrev, usesLastYear } = input;
  const out: string[] = ['c.lvl', 'c.org_unit', 'c.period_id', 'c.kampung'];
  for (const [key, cols] of columns.byKey) {
    const [period, ...rest] = key.split(':');
    const i = columns.needed.indexOf(rest.join(':'));
    const prefix = periodPrefix(period as string);
    out.push(`${prefix}.a${i} AS ${cols.value}`, `${prefix}.m${i} AS ${cols.missing}`);
  }
  indicators.forEach((ind, j) => {
    if (ind.n.ok) out.push(`${ind.n.sql} AS n${j}`);
    if (ind.d?.ok) out.push(`${ind.d.sql} AS d${j}`);
  });
  return [
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
}

/**
 * The query of a plan, stage by stage: periods and kampung, the latest record of each kampung-month, the
 * snapshot in force at each month, the series per kampung-month (`b`), the time aggregate per
 * kampung-period (`kt`), the space aggregate per level (`g`), and the indicator columns read from it.
 */
export function indicatorsQuerySql(input: IndicatorsQueryInput): string {
  const { all, periodRows, monthRows } = periodValues(input);
  const { fieldEls } = input;
  const ofType = (t: string) => fieldEls.filter((x) => x.e.recordType === t);
  const monthlyEls = ofType('monthly');
  const snapshotTypes = (['population', 'profile'] as const).filter((t) => ofType(t).length > 0);
  const ctes = kampungPeriodCtes(periodRows, monthRows, monthlyEls);
  for (const t of snapshotTypes) ctes.push(...snapshotCtes(t, ofType(t)));
  const series = fieldEls.filter(
    (x) => x.e.recordType === 'monthly' || x.e.recordType === 'family' || SNAPSHOT.has(x.e.recordType),
  );
  ctes.push(seriesCte(series, ofType, monthlyEls.length > 0, snapshotTypes));
  const onlyMonths = [...all.keys()].every((p) => monthsOf(p).length === 1);
  if (onlyMonths) ctes.push(monthTotalsCte(fieldEls));
  else ctes.push(...periodTotalsCtes(fieldEls, series));
  ctes.push(groupCte(input.levels, fieldEls));
  return resultSelect(input, ctes);
}
