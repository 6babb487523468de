import type { DuckDBConnection } from '@duckdb/node-api';
import { recordFields, recordsFromCsv } from '@kampung-kb/kit';
import {
  type Issue,
  type IssueValue,
  KAMPUNG_ID_PATTERN,
  MONTH_PATTERN,
  maskIdentifiers,
  type PopulationSnapshot,
  type Severity,
  totalPopulation,
} from '@kampung-kb/model';
import type { CompiledRuleSet, RuleViolation } from '@kampung-kb/rules';
import { sqlIdentifier, sqlLiteral } from '../internal/sqlText.js';
import { csvShape, linesOf } from './internal/csvShape.js';
import { withDuckDb } from './internal/duckDbSession.js';
import { MONTHLY_POPULATION_VARIABLES, monthlyRulesSql } from './monthlyRulesSql.js';

/** Options of {@link checkMonthlyCsvDuckDb}. */
export interface CheckMonthlyCsvOptions {
  /** Path of the monthly reports' CSV file (comma-separated, as `kkb` writes it). */
  readonly path: string;
  /** The file's name in issue locations, e.g. `monthly.csv`. */
  readonly file: string;
  /** The rule set of the run (built-in or a city's). */
  readonly ruleSet: CompiledRuleSet;
  /** Ids of rule definitions switched off. */
  readonly disabled?: readonly string[];
  /** The kampung records of the data set (all schema-valid), for references and `report-missing`. */
  readonly kampung: readonly { readonly id: string; readonly designationDate?: string }[];
  /** The population snapshots of the data set (all schema-valid, no two for one kampung and month). */
  readonly population: readonly PopulationSnapshot[];
  /** The date of the run's future-date check, `YYYY-MM-DD`. */
  readonly today: string;
}

/**
 * What {@link checkMonthlyCsvDuckDb} found: the issues of the monthly reports (in line order, each
 * record's in catalogue order) with their counts, or why the file goes to the JavaScript engine.
 */
export type MonthlyCsvCheck =
  | {
      readonly ok: true;
      /** Monthly reports read. */
      readonly records: number;
      readonly issues: readonly Issue[];
      /** Issues per rule definition (template) id. */
      readonly byRule: ReadonlyMap<string, number>;
      readonly bySeverity: Readonly<Record<Severity, number>>;
      /** Reports with at least one issue of severity `error`. */
      readonly withErrors: number;
    }
  | { readonly ok: false; readonly reason: string };

function fallback(reason: string): MonthlyCsvCheck {
  return { ok: false, reason };
}

async function scalar(c: DuckDBConnection, sql: string): Promise<number> {
  const r = await c.runAndReadAll(sql);
  const v = r.getRows()[0]?.[0];
  return v === null || v === undefined ? 0 : Number(v);
}

/** Loads the population snapshots into `kkb_population` (one column per monthly rule variable). */
async function loadPopulation(c: DuckDBConnection, population: readonly PopulationSnapshot[]): Promise<void> {
  const numeric = MONTHLY_POPULATION_VARIABLES.filter((v) => v !== 'populationPeriod');
  await c.run(
    `CREATE TABLE kkb_population ("kampungId" VARCHAR, "period" VARCHAR${numeric.map((v) => `, ${sqlIdentifier(v)} DOUBLE`).join('')})`,
  );
  const a = await c.createAppender('kkb_population');
  for (const s of population) {
    a.appendVarchar(s.kampungId);
    a.appendVarchar(s.period);
    for (const v of numeric) {
      const x = v === 'totalPopulation' ? totalPopulation(s) : (s as unknown as Record<string, unknown>)[v];
      if (typeof x === 'number') a.appendDouble(x);
      else a.appendNull();
    }
    a.endRow();
  }
  a.closeSync();
}

async function loadKampung(c: DuckDBConnection, kampung: CheckMonthlyCsvOptions['kampung']): Promise<void> {
  await c.run('CREATE TABLE kkb_kampung ("id" VARCHAR, "designationMonth" VARCHAR)');
  const a = await c.createAppender('kkb_kampung');
  const date = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
  for (const k of kampung) {
    a.appendVarchar(k.id);
    const d = k.designationDate;
    if (d !== undefined && date.test(d)) a.appendVarchar(d.slice(0, 7));
    else a.appendNull();
    a.endRow();
  }
  a.closeSync();
}

/** The population variables of the snapshot in force, as the JavaScript engine gives them to rules. */
function populationContext(
  byKampung: ReadonlyMap<string, readonly PopulationSnapshot[]>,
  kampungId: string,
  period: string,
): { readonly vars: Readonly<Record<string, unknown>> } {
  let found: PopulationSnapshot | undefined;
  for (const s of byKampung.get(kampungId) ?? []) if (s.period <= period) found = s;
  if (!found) return { vars: {} };
  return {
    vars: {
      pus: found.pus,
      totalPopulation: totalPopulation(found),
      families: found.families,
      familiesWithUnderFives: found.familiesWithUnderFives,
      familiesWithAdolescents: found.familiesWithAdolescents,
      familiesWithElderly: found.familiesWithElderly,
      adolescents: found.adolescents,
      populationPeriod: found.period,
    },
  };
}

/**
 * Checks a data directory's monthly reports CSV on DuckDB embedded: DuckDB reads the file, proves every
 * cell canonical (ids, `YYYY-MM` periods, counts as plain digits: what the JavaScript reader reads the
 * same way), proves the structural checks quiet (no unknown kampung, duplicate, future month, missing
 * population snapshot or missing month: `report-missing`), and runs the per-record rules compiled to SQL
 * ({@link monthlyRulesSql}). The issues of the reports on which a rule fires are then made by the rule set
 * itself (same values, messages, locations and order as `validateDataset`), and each is checked against
 * the SQL verdict.
 *
 * When anything is outside that (a label or `202012` in a cell, a quote, a duplicate, a cross-period
 * rule, a rule SQL cannot express …) it returns `ok: false` with the reason, and the caller validates
 * the file with the JavaScript engine: never a silently different answer.
 *
 * @example
 * ```ts
 * import { compileRules, builtinRules } from '@kampung-kb/rules';
 * const c = compileRules(builtinRules);
 * if (c.ok) {
 *   const r = await checkMonthlyCsvDuckDb({
 *     path: 'data/monthly.csv', file: 'monthly.csv', ruleSet: c.ruleSet,
 *     kampung: dataset.kampung, population: dataset.population, today: '2026-11-30',
 *   });
 *   if (r.ok) r.issues.length; // 1
 * }
 * ```
 */
export async function checkMonthlyCsvDuckDb(options: CheckMonthlyCsvOptions): Promise<MonthlyCsvCheck> {
  const { ruleSet } = options;
  const disabled = new Set(options.disabled ?? []);
  /** Whether a builtin check of the rule set runs. */
  const on = (id: string) => !disabled.has(id) && ruleSet.definitions.some((r) => r.id === id);
  const series = ruleSet.rules.filter(
    (r) => (r.kind === 'jump' || r.kind === 'outlier') && !disabled.has(r.templateId),
  );
  if (series.length > 0) return fallback(`cross-period rule ${series[0]?.id}`);
  const compiled = monthlyRulesSql(ruleSet, { disabled: [...disabled] });
  const first = compiled.unsupported[0];
  if (first) return fallback(`rule ${first.rule}: ${first.reason}`);

  const shape = await csvShape(options.path);
  if (shape.special) return fallback('quotes, carriage returns, a byte-order mark or empty lines');
  const columns = shape.header.split(',');
  const fields = new Map(recordFields('monthly').map((f) => [f.path, f]));
  const seen = new Set<string>();
  for (const col of columns) {
    const f = fields.get(col);
    if (!f || seen.has(col)) return fallback(`column ${col}`);
    seen.add(col);
    if (col !== 'kampungId' && col !== 'period' && f.kind !== 'integer') return fallback(`column ${col}`);
  }
  for (const f of fields.values()) {
    if (!f.optional && !seen.has(f.path)) return fallback(`no column ${f.path}`);
  }
  const required = new Set([...fields.values()].filter((f) => !f.optional).map((f) => f.path));

  try {
    return await withDuckDb((c) =>
      checkOnDuckDb(c, options, { shape, columns, fields, seen, required, on, disabled }),
    );
  } catch (e) {
    // DuckDB refused the file (a row with too many cells, a value out of range …): the js reader reports it.
    return fallback(`DuckDB: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

interface Prepared {
  readonly shape: Awaited<ReturnType<typeof csvShape>>;
  readonly columns: readonly string[];
  readonly fields: ReadonlyMap<string, ReturnType<typeof recordFields>[number]>;
  readonly seen: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
  readonly on: (id: string) => boolean;
  readonly disabled: ReadonlySet<string>;
}

/** Rows whose cells are not in canonical form, one regular expression per line. */
async function nonCanonicalRows(c: DuckDBConnection, path: string, prep: Prepared): Promise<number> {
  // Canonical form (what the JavaScript reader reads the same way: ids, YYYY-MM months, counts as plain
  // digits up to 999,999,999, optional counts empty or so).
  const cell = (col: string) => {
    if (col === 'kampungId' || col === 'period') {
      return `(${(col === 'kampungId' ? KAMPUNG_ID_PATTERN : MONTH_PATTERN).replace(/^\^/, '').replace(/\$$/, '')})`;
    }
    return prep.required.has(col) ? '(0|[1-9][0-9]{0,8})' : '(0|[1-9][0-9]{0,8})?';
  };
  const linePattern = prep.columns.map(cell).join(',');
  return scalar(
    c,
    `SELECT count(*) FROM read_csv(${sqlLiteral(path)}, header = true, delim = '\t', quote = '', escape = '', columns = {'line': 'VARCHAR'}, strict_mode = true) WHERE NOT coalesce(regexp_full_match("line", ${sqlLiteral(linePattern)}), false)`,
  );
}

/** Loads the reports, typed, into `kkb_monthly`; optional columns the file leaves out are empty. */
async function loadMonthly(c: DuckDBConnection, path: string, prep: Prepared): Promise<void> {
  const { columns, fields, seen } = prep;
  const colSpec = columns
    .map((col) => `${sqlLiteral(col)}: ${col === 'kampungId' || col === 'period' ? "'VARCHAR'" : "'BIGINT'"}`)
    .join(', ');
  const typed = columns.map(sqlIdentifier);
  for (const f of fields.values()) {
    if (!seen.has(f.path) && f.kind === 'integer')
      typed.push(`CAST(NULL AS BIGINT) AS ${sqlIdentifier(f.path)}`);
  }
  await c.run(
    `CREATE TABLE kkb_monthly AS SELECT ${typed.join(', ')} FROM read_csv(${sqlLiteral(path)}, header = true, delim = ',', quote = '', escape = '', columns = {${colSpec}}, strict_mode = true, null_padding = false)`,
  );
}

/** Kampung with fewer reports than months expected (from designation or the first month to the last). */
async function missingReports(c: DuckDBConnection, firstMonth: string, lastMonth: string): Promise<number> {
  const monthNo = (p: string) =>
    `(CAST(substr(${p}, 1, 4) AS INTEGER) * 12 + CAST(substr(${p}, 6, 2) AS INTEGER))`;
  return scalar(
    c,
    [
      'SELECT count(*) FROM (',
      `  SELECT k."id", ${monthNo(sqlLiteral(lastMonth))} - ${monthNo(`greatest(k."designationMonth", ${sqlLiteral(firstMonth)})`)} + 1 AS expected,`,
      '    count(m."kampungId") AS present',
      `  FROM kkb_kampung k LEFT JOIN kkb_monthly m ON m."kampungId" = k."id" AND m."period" >= greatest(k."designationMonth", ${sqlLiteral(firstMonth)})`,
      '  WHERE k."designationMonth" IS NOT NULL GROUP BY k."id", k."designationMonth"',
      ') e WHERE e.expected > 0 AND e.present < e.expected',
    ].join('\n'),
  );
}

/** The first structural check that would fire (the JavaScript engine then reports it), or undefined. */
async function structuralProblem(
  c: DuckDBConnection,
  today: string,
  on: (id: string) => boolean,
): Promise<string | undefined> {
  const month = today.slice(0, 7);
  const structural = await c.runAndReadAll(
    [
      'SELECT',
      ' (SELECT count(*) FROM kkb_monthly m WHERE NOT EXISTS (SELECT 1 FROM kkb_kampung k WHERE k."id" = m."kampungId")),',
      ` (SELECT count(*) FROM kkb_monthly m WHERE m."period" > ${sqlLiteral(month)}),`,
      ' (SELECT count(*) FROM (SELECT "kampungId", "period" FROM kkb_monthly GROUP BY "kampungId", "period" HAVING count(*) > 1) d),',
      ' (SELECT count(*) FROM kkb_monthly m LEFT JOIN (SELECT "kampungId", MIN("period") AS "first" FROM kkb_population GROUP BY "kampungId") f ON f."kampungId" = m."kampungId" WHERE f."first" IS NULL OR f."first" > m."period"),',
      ' (SELECT min("period") FROM kkb_monthly), (SELECT max("period") FROM kkb_monthly)',
    ].join('\n'),
  );
  const [unknown, future, duplicates, noPopulation, firstMonth, lastMonth] = structural.getRows()[0] ?? [];
  if (Number(unknown) > 0) return 'unknown-kampung';
  if (Number(future) > 0) return 'future-date';
  if (Number(duplicates) > 0) return 'duplicate-record';
  if (Number(noPopulation) > 0 && on('population-missing')) return 'population-missing';
  if (on('report-missing') && typeof firstMonth === 'string' && typeof lastMonth === 'string') {
    if ((await missingReports(c, firstMonth, lastMonth)) > 0) return 'report-missing';
  }
  return undefined;
}

/** The population snapshots by kampung, in period order. */
function snapshotsByKampung(population: readonly PopulationSnapshot[]): Map<string, PopulationSnapshot[]> {
  const byKampung = new Map<string, PopulationSnapshot[]>();
  for (const s of [...population].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))) {
    const list = byKampung.get(s.kampungId);
    if (list) list.push(s);
    else byKampung.set(s.kampungId, [s]);
  }
  return byKampung;
}

/** The issue of a violation on a report at a line, with identifiers masked. */
function violationIssue(
  v: RuleViolation,
  kampungId: string,
  period: string,
  file: string,
  line: number,
): Issue {
  const values: Record<string, IssueValue> = {};
  for (const [k, x] of Object.entries(v.values)) values[k] = typeof x === 'string' ? maskIdentifiers(x) : x;
  return {
    ruleId: v.rule.id,
    code: v.rule.templateId,
    severity: v.rule.severity,
    location: {
      recordType: 'monthly',
      kampungId: maskIdentifiers(kampungId),
      period: maskIdentifiers(period),
      file,
      line,
      ...(v.field !== undefined && v.field !== '' ? { field: v.field } : {}),
    },
    values,
    message: { id: maskIdentifiers(v.message.id), en: maskIdentifiers(v.message.en) },
  };
}

/** Issues and their counts, filled report by report. */
class IssueTally {
  readonly issues: Issue[] = [];
  readonly byRule = new Map<string, number>();
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  withErrors = 0;

  /** Adds the issues of one report. */
  add(violations: readonly RuleViolation[], issueOf: (v: RuleViolation) => Issue): void {
    let error = false;
    for (const v of violations) {
      this.issues.push(issueOf(v));
      this.byRule.set(v.rule.templateId, (this.byRule.get(v.rule.templateId) ?? 0) + 1);
      this.bySeverity[v.rule.severity] += 1;
      if (v.rule.severity === 'error') error = true;
    }
    if (error) this.withErrors++;
  }
}

/**
 * The issues of the reports SQL flagged, made by the rule set itself in line order, each report's rule ids
 * checked against the SQL verdict; a string is why the file goes to the JavaScript engine.
 */
async function issuesOfFlagged(
  c: DuckDBConnection,
  options: CheckMonthlyCsvOptions,
  prep: Prepared,
): Promise<IssueTally | string> {
  const { ruleSet } = options;
  const { columns, disabled } = prep;
  const compiled = monthlyRulesSql(ruleSet, { disabled: [...disabled], columns });
  const flagged = await c.runAndReadAll(compiled.sql);
  // Issues come in line order: the lines of the reports with an issue, from one more pass over the file.
  const keyOf = (r: readonly unknown[]) => `${String(r[0])},${String(r[1])}`;
  const rows = flagged.getRows();
  const lineOf = await linesOf(options.path, new Set(rows.map(keyOf)));
  rows.sort((a, b) => (lineOf.get(keyOf(a)) ?? 0) - (lineOf.get(keyOf(b)) ?? 0));
  const byKampung = snapshotsByKampung(options.population);
  const tally = new IssueTally();
  const header = columns.join(',');
  for (const row of rows) {
    const line = lineOf.get(`${String(row[0])},${String(row[1])}`);
    if (line === undefined) return `${String(row[0])} ${String(row[1])}: no line`;
    const cells = row.slice(2, 2 + columns.length).map((v) => (v === null ? '' : String(v)));
    const read = recordsFromCsv('monthly', `${header}\n${cells.join(',')}`, options.file);
    const record = read.records[0] as Record<string, unknown> | undefined;
    if (!record || read.issues.length > 0) return `line ${line} does not read back`;
    const kampungId = String(record['kampungId']);
    const period = String(record['period']);
    const ctx = populationContext(byKampung, kampungId, period);
    const violations = ruleSet
      .evaluate('monthly', record, ctx)
      .filter((v) => !disabled.has(v.rule.templateId));
    const sqlIds = compiled.rules
      .filter((_, i) => Number(row[2 + columns.length + i]) === 1)
      .map((r) => r.id);
    const jsIds = violations.map((v) => v.rule.id);
    if (sqlIds.join('\u0000') !== jsIds.join('\u0000'))
      return `line ${line}: SQL (${sqlIds.join(', ')}) and JavaScript (${jsIds.join(', ')}) disagree`;
    tally.add(violations, (v) => violationIssue(v, kampungId, period, options.file, line));
  }
  return tally;
}

async function checkOnDuckDb(
  c: DuckDBConnection,
  options: CheckMonthlyCsvOptions,
  prep: Prepared,
): Promise<MonthlyCsvCheck> {
  const bad = await nonCanonicalRows(c, options.path, prep);
  if (bad > 0) return fallback(`${bad} rows with cells not in canonical form`);
  // Then DuckDB reads the values, typed.
  await loadMonthly(c, options.path, prep);
  const records = await scalar(c, 'SELECT count(*) FROM kkb_monthly');
  if (records !== prep.shape.lines - 1) return fallback('line count');
  await loadKampung(c, options.kampung);
  await loadPopulation(c, options.population);
  const structural = await structuralProblem(c, options.today, prep.on);
  if (structural !== undefined) return fallback(structural);
  const tally = await issuesOfFlagged(c, options, prep);
  if (typeof tally === 'string') return fallback(tally);
  const { issues, byRule, bySeverity, withErrors } = tally;
  return { ok: true, records, issues, byRule, bySeverity, withErrors };
}
