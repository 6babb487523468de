import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidRecord, type Label, type RecordType, recordTypeInfo } from '@kampung-kb/model';
import type { SqlClient } from '../sqlClient.js';
import { createStagingSql, STAGING_TABLES, type StagingColumns } from '../stagingTables.js';
import { sqlLiteral as lit, sqlIdentifier as q } from './sqlText.js';

/** One file staged: its name, record type and rows read (every one accepted). */
export interface StagedFile {
  readonly file: string;
  readonly recordType: RecordType;
  readonly read: number;
}

/** A directory staged into DuckDB, or why it is not (the caller then reads it with the JavaScript reader). */
export type StagedDir =
  | {
      readonly ok: true;
      readonly files: readonly StagedFile[];
      readonly latestMonth: string | undefined;
      /** Names of the regions (by code) and kampung (by id), for display. */
      readonly names: ReadonlyMap<string, string>;
    }
  | { readonly ok: false; readonly reasons: readonly Label[] };

interface Leaf {
  readonly path: string;
  readonly integer: boolean;
  readonly required: boolean;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
}

interface SchemaNode {
  readonly type?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The numeric leaves of a record type's schema (the fields a CSV column can hold as a plain number). */
function numericLeaves(type: RecordType): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (node: SchemaNode, prefix: string, required: boolean) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const req = required && (node.required ?? []).includes(key);
      if (child.type === 'object') walk(child, path, req);
      else if (child.type === 'integer' || child.type === 'number')
        out.set(path, {
          path,
          integer: child.type === 'integer',
          required: req,
          minimum: child.minimum,
          maximum: child.maximum,
        });
    }
  };
  walk(recordTypeInfo(type).schema as SchemaNode, '', true);
  return out;
}

const MONTH_SQL = "'^[0-9]{4}-(0[1-9]|1[0-2])$'";
const SUPPORTED = new Set(['kampung.json', 'monthly.csv', 'population.csv', 'regions.csv', 'programme.json']);

function reason(id: string, en: string): Label {
  return { id, en };
}

type Refused = { readonly ok: false; readonly reasons: readonly Label[] };

function refused(id: string, en: string): Refused {
  return { ok: false, reasons: [reason(id, en)] };
}

const count = (rows: readonly Readonly<Record<string, unknown>>[]): number => Number(rows[0]?.['n'] ?? 0);

const readCsvSql = (path: string): string =>
  `read_csv(${lit(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;

/** The directory's entries (sub-directories with a trailing `/`), or why it is not supported. */
async function supportedEntries(dir: string): Promise<{ ok: true; entries: string[] } | Refused> {
  const reasons: Label[] = [];
  let entries: string[];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => (e.isFile() ? e.name : `${e.name}/`));
  } catch {
    return refused(`Direktori ${dir} tidak terbaca`, `Directory ${dir} cannot be read`);
  }
  for (const n of entries)
    if (!SUPPORTED.has(n) && !n.endsWith('/'))
      reasons.push(
        reason(`berkas ${n} belum dibaca oleh mesin duckdb`, `file ${n} is not read by the duckdb engine`),
      );
  if (!entries.includes('kampung.json'))
    reasons.push(reason('kampung.json tidak ada', 'kampung.json is missing'));
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, entries };
}

/** Kampung: small; checked record by record with the model's schema, ids unique, then staged. */
async function stageKampung(
  client: SqlClient,
  dir: string,
  names: Map<string, string>,
): Promise<{ ok: true; ids: Set<string>; file: StagedFile } | Refused> {
  const kampungPath = join(dir, 'kampung.json');
  let kampung: unknown;
  try {
    kampung = JSON.parse(await readFile(kampungPath, 'utf8'));
  } catch {
    return refused('kampung.json bukan JSON yang sah', 'kampung.json is not valid JSON');
  }
  if (!Array.isArray(kampung)) return refused('kampung.json bukan larik', 'kampung.json is not an array');
  const ids = new Set<string>();
  for (const k of kampung) {
    const id = (k as { id?: unknown }).id;
    const name = (k as { name?: unknown }).name;
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
    if (!isValidRecord('kampung', k) || typeof id !== 'string' || ids.has(id))
      return refused(
        'kampung.json memuat rekaman tidak sah atau ganda',
        'kampung.json has an invalid or repeated record',
      );
    ids.add(id);
  }
  await client.query(
    `INSERT INTO ${STAGING_TABLES.kampung} SELECT id, "regionCode", CASE WHEN regexp_matches(substr("designationDate", 1, 7), ${MONTH_SQL}) THEN substr("designationDate", 1, 7) END, 0 FROM read_json(${lit(kampungPath)}, format = 'array', columns = {id: 'VARCHAR', regionCode: 'VARCHAR', designationDate: 'VARCHAR'})`,
  );
  const staged = count(await client.query(`SELECT COUNT(*) AS n FROM ${STAGING_TABLES.kampung}`));
  if (staged !== kampung.length)
    return refused('kampung.json terbaca berbeda', 'kampung.json read differently');
  return { ok: true, ids, file: { file: 'kampung.json', recordType: 'kampung', read: kampung.length } };
}

/** Regions: only checked (valid, codes unique) and their names kept; the indicators do not read them. */
async function readRegions(
  client: SqlClient,
  dir: string,
  names: Map<string, string>,
): Promise<{ ok: true; file: StagedFile } | Refused> {
  const rows = await client.query(`SELECT * FROM ${readCsvSql(join(dir, 'regions.csv'))}`);
  const codes = new Set<string>();
  for (const r of rows) {
    const code = r['code'];
    if (!isValidRecord('region', r) || typeof code !== 'string' || codes.has(code))
      return refused(
        'regions.csv memuat rekaman tidak sah atau ganda',
        'regions.csv has an invalid or repeated record',
      );
    codes.add(code);
    if (typeof r['name'] === 'string') names.set(code, r['name']);
  }
  return { ok: true, file: { file: 'regions.csv', recordType: 'region', read: rows.length } };
}

/** The CSV header's columns against the record type's numeric leaves: why it does not fit, or undefined. */
function headerProblem(
  file: string,
  header: readonly string[],
  leaves: ReadonlyMap<string, Leaf>,
): Refused | undefined {
  const unknown = header.filter((c) => c !== 'kampungId' && c !== 'period' && !leaves.has(c));
  const missing = [...leaves.values()]
    .filter((l) => l.required && !header.includes(l.path))
    .map((l) => l.path);
  if (unknown.length > 0 || missing.length > 0 || !header.includes('kampungId') || !header.includes('period'))
    return refused(
      `${file}: kolom tidak dikenal atau kurang (${[...unknown, ...missing].join(', ')})`,
      `${file}: unknown or missing columns (${[...unknown, ...missing].join(', ')})`,
    );
  return undefined;
}

/**
 * The `CREATE TABLE … AS` of a CSV file's staging table: each cell parsed once (inner query), then checked
 * (`kkb_bad`: not canonical, out of bounds, month not `YYYY-MM`) and staged from that (outer query).
 */
function stagingTableSql(
  type: 'monthly' | 'population',
  csv: string,
  header: readonly string[],
  leaves: ReadonlyMap<string, Leaf>,
  stagingCols: readonly string[],
): string {
  const leafCols = header.filter((c) => leaves.has(c));
  const slot = (c: string) => leafCols.indexOf(c);
  const parsed = leafCols
    .map((c, k) => {
      const l = leaves.get(c) as Leaf;
      return `, ${q(c)} AS s${k}, TRY_CAST(${q(c)} AS ${l.integer ? 'BIGINT' : 'DOUBLE'}) AS n${k}`;
    })
    .join('');
  const cellChecks = leafCols.map((c, k) => {
    const l = leaves.get(c) as Leaf;
    const bounds = [
      l.minimum === undefined ? '' : ` OR n${k} < ${l.minimum}`,
      l.maximum === undefined ? '' : ` OR n${k} > ${l.maximum}`,
    ].join('');
    // An integer cell is canonical when it reads back as the same text (no sign, space or leading zero).
    const canonical = l.integer
      ? `CAST(n${k} AS VARCHAR) IS DISTINCT FROM s${k}`
      : `NOT regexp_matches(s${k}, '^-?[0-9]+([.][0-9]+)?$')`;
    return `(s${k} IS NULL OR ${canonical}${bounds})`;
  });
  const bands = leafCols.filter((c) => /^(male|female)\./.test(c));
  const value = (c: string): string => {
    if (type === 'population' && c === 'total')
      return bands.length === 0
        ? 'NULL'
        : bands.map((b) => `CAST(n${slot(b)} AS DOUBLE PRECISION)`).join(' + ');
    return slot(c) >= 0 ? `CAST(n${slot(c)} AS DOUBLE PRECISION)` : 'NULL';
  };
  const badRow = `"kampungId" IS NULL OR "period" IS NULL OR NOT regexp_matches("period", ${MONTH_SQL})${cellChecks.map((c) => ` OR ${c}`).join('')}`;
  return `CREATE TABLE kkb_${type} AS SELECT "kampungId" AS kampung_id, "period" AS month, CAST(0 AS BIGINT) AS seq${stagingCols.map((c) => `, ${value(c)} AS ${q(c)}`).join('')}, (${badRow}) AS kkb_bad FROM (SELECT "kampungId", "period"${parsed} FROM ${csv}) raw`;
}

/** Stages `monthly.csv` or `population.csv`: its rows (every one canonical, no kampung-month twice). */
async function stageCsv(
  client: SqlClient,
  dir: string,
  file: 'monthly.csv' | 'population.csv',
  type: 'monthly' | 'population',
  stagingCols: readonly string[],
): Promise<{ ok: true; file: StagedFile; latest: string | undefined } | Refused> {
  const csv = readCsvSql(join(dir, file));
  const header = (await client.query(`DESCRIBE SELECT * FROM ${csv}`)).map((r) => String(r['column_name']));
  const leaves = numericLeaves(type);
  const problem = headerProblem(file, header, leaves);
  if (problem) return problem;
  await client.query(`DROP TABLE IF EXISTS kkb_${type}`);
  await client.query(stagingTableSql(type, csv, header, leaves, stagingCols));
  const stats = (
    await client.query(
      `SELECT COUNT(*) AS n, MAX(month) AS latest, COUNT(*) FILTER (WHERE kkb_bad OR kampung_id NOT IN (SELECT kampung_id FROM ${STAGING_TABLES.kampung})) AS bad FROM kkb_${type}`,
    )
  )[0];
  const bad = Number(stats?.['bad'] ?? 0);
  const dup = count(
    await client.query(
      `SELECT COUNT(*) AS n FROM (SELECT kampung_id, month FROM kkb_${type} GROUP BY 1, 2 HAVING COUNT(*) > 1) d`,
    ),
  );
  if (bad > 0 || dup > 0)
    return refused(
      `${file}: ${bad} baris tidak kanonik, ${dup} kampung-bulan ganda`,
      `${file}: ${bad} non-canonical rows, ${dup} repeated kampung-months`,
    );
  const latest = typeof stats?.['latest'] === 'string' ? stats['latest'] : undefined;
  return { ok: true, file: { file, recordType: type, read: Number(stats?.['n'] ?? 0) }, latest };
}

/** Region names first, kampung names over them (as the CLI's table does). */
function displayNames(names: ReadonlyMap<string, string>, ids: ReadonlySet<string>): Map<string, string> {
  const display = new Map<string, string>();
  for (const [k, v] of names) if (!ids.has(k)) display.set(k, v);
  for (const [k, v] of names) if (ids.has(k)) display.set(k, v);
  return display;
}

/**
 * Stages a data directory into DuckDB's staging tables straight from its files (`read_csv` with every
 * cell as text, checked, then cast), when every file is in the canonical form this backend supports:
 * `kampung.json`, `monthly.csv`, `population.csv` (plus `regions.csv` and `programme.json`, which the
 * indicators do not read), every CSV column a numeric field of the record type, every cell a plain
 * number within the schema's bounds, months as `YYYY-MM`, no kampung-month twice, every kampung known, and
 * every kampung and region record valid. Anything else (other files, labels or portal ids as cells,
 * `202012`, Excel dates, empty cells, duplicates, unknown kampung) is reported in `reasons`, never
 * computed differently.
 */
export async function stageDataDir(
  client: SqlClient,
  dir: string,
  columns: StagingColumns,
): Promise<StagedDir> {
  const listed = await supportedEntries(dir);
  if (!listed.ok) return listed;
  const { entries } = listed;
  for (const s of createStagingSql(columns)) await client.query(s);
  const names = new Map<string, string>();
  const kampung = await stageKampung(client, dir, names);
  if (!kampung.ok) return kampung;
  const files: StagedFile[] = [kampung.file];
  if (entries.includes('regions.csv')) {
    const regions = await readRegions(client, dir, names);
    if (!regions.ok) return regions;
    files.push(regions.file);
  }
  let latestMonth: string | undefined;
  for (const [file, type, stagingCols] of [
    ['monthly.csv', 'monthly', columns.monthly],
    ['population.csv', 'population', columns.population],
  ] as const) {
    if (!entries.includes(file)) continue;
    const staged = await stageCsv(client, dir, file, type, stagingCols);
    if (!staged.ok) return staged;
    files.push(staged.file);
    if (type === 'monthly') latestMonth = staged.latest;
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: true, files, latestMonth, names: displayNames(names, kampung.ids) };
}
