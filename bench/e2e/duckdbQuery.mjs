/**
 * Baseline (a) of the end-to-end benchmark: one plain DuckDB query (`@duckdb/node-api`, embedded, the CLI's
 * devDependency) straight over a data directory's CSV and JSON files, computing for every kampung the four
 * portal indicators of the latest month in monthly*.csv, with the same definitions and rounding as the hand
 * loop (handLoop.mjs): whole-number ratios rounded half away from zero to 2 decimals in integers, the poktan
 * mean as round(sum × 2000) / 100, null without a report in the latest month or a population snapshot in
 * force (the latest at or before that month). It assumes one report per kampung and month (as generated).
 *
 * Usage: node duckdbQuery.mjs <dir> <out.json>; writes { period, kampung: { id: [cpr, mkjp, unmet, poktan] } }.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dirArg, outFile] = process.argv.slice(2);
if (!dirArg || !outFile) throw new Error('usage: node duckdbQuery.mjs <dir> <out.json>');
const dir = resolve(dirArg);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// @duckdb/node-api is a devDependency of the CLI package, not of the root.
const require = createRequire(join(root, 'packages/cli/package.json'));
const { DuckDBInstance } = await import(pathToFileURL(require.resolve('@duckdb/node-api')).href);

const q = (s) => `'${s.replaceAll("'", "''")}'`;
const csv = (prefix) =>
  `read_csv(${q(join(dir, `${prefix}*.csv`))}, header = true, types = {'kampungId': 'VARCHAR', 'period': 'VARCHAR'})`;
const pct = (a, b) => `CASE WHEN ${b} <> 0 THEN ((${a}) * 20000 + ${b}) // (2 * ${b}) / 100 END`;
const part = (p, t) => `CASE WHEN p.${t} = 0 THEN 0 ELSE r."poktanParticipants.${p}" / p.${t} END`;
const sql = `
WITH monthly AS (SELECT * FROM ${csv('monthly')}),
latest AS (SELECT max(period) AS period FROM monthly),
report AS (
  SELECT m.*,
    m."users.iud" + m."users.mow" + m."users.mop" + m."users.implant" + m."users.injectable" + m."users.pill"
      + m."users.condom" AS portal,
    m."users.iud" + m."users.mow" + m."users.mop" + m."users.implant" AS mkjp
  FROM monthly m, latest l WHERE m.period = l.period
),
pop AS (
  SELECT p.* FROM ${csv('population')} p, latest l WHERE p.period <= l.period
  QUALIFY row_number() OVER (PARTITION BY p.kampungId ORDER BY p.period DESC) = 1
),
kampung AS (SELECT id FROM read_json(${q(join(dir, 'kampung*.json'))}, columns = {id: 'VARCHAR'})),
result AS (
  SELECT r.kampungId,
    ${pct('r.portal', 'p.pus')} AS cpr,
    ${pct('r.mkjp', 'r.portal')} AS mkjp,
    ${pct('r."nonUsers.iat" + r."nonUsers.tial"', 'p.pus')} AS unmet,
    CASE WHEN p.familiesWithUnderFives + p.familiesWithAdolescents + p.familiesWithElderly + p.families
        + p.adolescents <> 0
      THEN round((${part('bkb', 'familiesWithUnderFives')} + ${part('bkr', 'familiesWithAdolescents')}
        + ${part('bkl', 'familiesWithElderly')} + ${part('uppka', 'families')} + ${part('pikr', 'adolescents')})
        * 2000) / 100 END AS poktan
  FROM report r LEFT JOIN pop p ON p.kampungId = r.kampungId
)
-- Equi-joins only: a condition on the left side inside an outer join's ON clause (as in "AND r.kampungId IS
-- NOT NULL") makes DuckDB fall back to a blockwise nested-loop join, quadratic in the kampung.
SELECT k.id, x.cpr, x.mkjp, x.unmet, x.poktan, (SELECT period FROM latest) AS period
FROM kampung k LEFT JOIN result x ON x.kampungId = k.id
`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const rows = (await connection.runAndReadAll(sql)).getRowsJS();
const out = {};
let period = '';
for (const [id, cpr, mkjp, unmet, poktan, p] of rows) {
  out[id] = [cpr, mkjp, unmet, poktan].map((v) => (v === null ? null : Number(v)));
  period = p;
}
connection.closeSync();
instance.closeSync();
writeFileSync(outFile, JSON.stringify({ period, kampung: out }));
