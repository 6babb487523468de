import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { type Dataset, type MonthlyReport, totalPopulation } from '@kampung-kb/model';
import { builtinRules, compileRules, validateDataset } from '@kampung-kb/rules';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlIdentifier } from '../internal/sqlText.js';
import { withDuckDb } from './internal/duckDbSession.js';
import { type PostgresCluster, startPostgresCluster } from './internal/postgresCluster.js';
import { writeRandomDataDir } from './internal/randomDataDir.js';
import { MONTHLY_POPULATION_VARIABLES, monthlyRulesSql } from './monthlyRulesSql.js';

const TODAY = '2026-11-30';
const EXAMPLES = resolve(import.meta.dirname, '../../../../examples');
const compiled = compileRules(builtinRules);
if (!compiled.ok) throw new Error('built-in rules do not compile');
const ruleSet = compiled.ruleSet;
const query = monthlyRulesSql(ruleSet);

/** Every CSV column of a monthly report as in the model (dotted paths of its integer fields). */
function countColumns(monthly: readonly MonthlyReport[]): string[] {
  const cols = new Set<string>();
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'object' && v !== null) walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else if (typeof v === 'number') cols.add(`${prefix}${k}`);
    }
  };
  for (const m of monthly) walk(m as unknown as Record<string, unknown>, '');
  return [...cols].sort();
}

const lit = (v: unknown) =>
  v === undefined || v === null
    ? 'NULL'
    : typeof v === 'number'
      ? String(v)
      : `'${String(v).replaceAll("'", "''")}'`;

/** Portable DDL and INSERTs of the tables the query reads (the same text on DuckDB and PostgreSQL). */
function script(dataset: Dataset, lineOf: (r: object) => number): string[] {
  const all = new Set(countColumns(dataset.monthly));
  for (const p of ['users.mal', 'users.traditional', 'newAcceptors.iud']) all.add(p);
  const cols = [...all].sort();
  const get = (r: MonthlyReport, path: string) =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
  const out = [
    `CREATE TABLE kkb_monthly ("line" INTEGER, "kampungId" VARCHAR, "period" VARCHAR${cols.map((c) => `, ${sqlIdentifier(c)} BIGINT`).join('')})`,
  ];
  const rows = dataset.monthly.map(
    (r) => `(${[lineOf(r), r.kampungId, r.period, ...cols.map((c) => get(r, c))].map(lit).join(', ')})`,
  );
  out.push(`INSERT INTO kkb_monthly VALUES ${rows.join(',\n')}`);
  const numeric = MONTHLY_POPULATION_VARIABLES.filter((v) => v !== 'populationPeriod');
  out.push(
    `CREATE TABLE kkb_population ("kampungId" VARCHAR, "period" VARCHAR${numeric.map((v) => `, ${sqlIdentifier(v)} DOUBLE PRECISION`).join('')})`,
  );
  const snapshots = dataset.population.map((s) => {
    const vals = numeric.map((v) =>
      v === 'totalPopulation' ? totalPopulation(s) : (s as unknown as Record<string, unknown>)[v],
    );
    return `(${[s.kampungId, s.period, ...vals].map(lit).join(', ')})`;
  });
  out.push(`INSERT INTO kkb_population VALUES ${snapshots.join(',\n')}`);
  return out;
}

/** `line: rule ids` from the query's rows. */
function verdicts(rows: readonly (readonly unknown[])[], lineOf: (key: string) => number): string[] {
  return rows
    .map((row): [number, string] => [
      lineOf(`${String(row[0])} ${String(row[1])}`),
      query.rules
        .filter((_, i) => Number(row[2 + i]) === 1)
        .map((r) => r.id)
        .join(' '),
    ])
    .sort((a, b) => a[0] - b[0])
    .map(([line, ids]) => `${line}: ${ids}`);
}

/** What the JavaScript engine reports, in the same shape. */
function jsVerdicts(dataset: Dataset): string[] {
  const ids = new Set(query.rules.map((r) => r.id));
  const byLine = new Map<number, string[]>();
  for (const i of validateDataset(dataset, { today: TODAY }).issues) {
    if (i.location.recordType !== 'monthly' || !ids.has(i.ruleId)) continue;
    const line = i.location.line ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), i.ruleId]);
  }
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, r]) => `${line}: ${r.join(' ')}`);
}

let cluster: PostgresCluster | undefined;
const dirs: string[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster();
  if (!cluster && process.env['CI'] === 'true')
    throw new Error('PostgreSQL server binaries are missing (scripts/setup.sh installs them)');
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function dataSets(): Promise<{ name: string; dataset: Dataset }[]> {
  const out: { name: string; dataset: Dataset }[] = [];
  for (const ex of ['martapura', 'banjarmasin']) {
    out.push({ name: ex, dataset: (await readDataDir(join(EXAMPLES, ex, 'data'))).dataset });
  }
  for (const seed of [21, 22, 23, 24]) {
    const dir = await mkdtemp(join(tmpdir(), 'kkb-sql-rules-'));
    dirs.push(dir);
    await writeRandomDataDir(join(EXAMPLES, seed % 2 ? 'martapura' : 'banjarmasin', 'data'), dir, seed);
    out.push({ name: `random ${seed}`, dataset: (await readDataDir(dir)).dataset });
  }
  return out;
}

describe('monthlyRulesSql: one SQL text, the same verdicts on JS, DuckDB and PostgreSQL', () => {
  it('compiles every monthly expression rule of the catalogue', () => {
    expect(query.unsupported).toEqual([]);
    expect(query.rules.map((r) => r.id)).toEqual(
      ruleSet.rules.filter((r) => r.recordType === 'monthly' && r.kind !== 'builtin').map((r) => r.id),
    );
  });

  it('examples and seeded random data sets', async () => {
    let checked = 0;
    for (const { name, dataset } of await dataSets()) {
      const lineOf = (r: object) => dataset.sources?.get(r)?.line ?? 0;
      const lines = new Map(dataset.monthly.map((r) => [`${r.kampungId} ${r.period}`, lineOf(r)]));
      const lineOfKey = (key: string) => lines.get(key) ?? 0;
      const statements = script(dataset, lineOf);
      const expected = jsVerdicts(dataset);
      const duck = await withDuckDb(async (c) => {
        for (const s of statements) await c.run(s);
        return verdicts((await c.runAndReadAll(query.sql)).getRows(), lineOfKey);
      });
      expect(duck, `DuckDB on ${name}`).toEqual(expected);
      if (cluster) {
        const client = new pg.Client({
          host: cluster.host,
          port: cluster.port,
          user: cluster.user,
          database: cluster.database,
        });
        await client.connect();
        try {
          await client.query('DROP TABLE IF EXISTS kkb_monthly; DROP TABLE IF EXISTS kkb_population');
          await client.query(statements.join(';\n'));
          const r = await client.query({ text: query.sql, rowMode: 'array' });
          expect(verdicts(r.rows as unknown[][], lineOfKey), `PostgreSQL on ${name}`).toEqual(expected);
        } finally {
          await client.end();
        }
      }
      checked += expected.length;
    }
    expect(checked).toBeGreaterThan(20);
  }, 120_000);
});
