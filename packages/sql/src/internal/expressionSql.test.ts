import { compileSource } from '@kampung-kb/expr';
import { recordFields } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import { withDuckDb } from '../rules/internal/duckDbSession.js';
import { monthlyEnvironment } from '../rules/monthlyRulesSql.js';
import { expressionToSql, scopeOperands } from './expressionSql.js';
import { sqlIdentifier } from './sqlText.js';

const env = monthlyEnvironment();

/** Records with every mix of missing and present values, zeros included. */
const records: Record<string, number | null>[] = [];
for (const a of [null, 0, 3])
  for (const b of [null, 0, 7])
    for (const c of [null, 2])
      records.push({
        'users.iud': a,
        'users.mal': b,
        'users.traditional': c,
        'newAcceptors.iud': b === null ? 1 : null,
        jknHolders: a === null ? 5 : a,
        pus: c,
      });

function asRecord(r: Record<string, number | null>): unknown {
  const out: Record<string, Record<string, number> | number> = {};
  for (const [path, v] of Object.entries(r)) {
    if (v === null || path === 'pus') continue;
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = v;
    else out[head] = { ...((out[head] as Record<string, number>) ?? {}), [tail]: v };
  }
  return out;
}

const EXPRESSIONS = [
  'users.iud + users.mal',
  'users.iud / users.mal',
  'users.mal / users.iud * 100',
  '-users.mal',
  'users.iud > users.mal',
  'users.iud == users.mal or users.traditional != 2',
  'users.iud < 3 and users.mal >= 0',
  'not (users.iud <= users.mal)',
  'if(users.iud > 0, users.mal, users.traditional)',
  'isNull(users.mal)',
  'coalesce(users.mal, users.traditional, 9)',
  'sum(users[*])',
  'sum(users[mkjp]) * 100 / pus',
  'min(users[*])',
  'max(users[*]) - min(users[mkjp])',
  'count(users[*]) + count(newAcceptors[*])',
  'abs(users.traditional - users.mal)',
  'sum(newAcceptors[*])',
];

describe('expressionToSql: the expression language on DuckDB, value for value', () => {
  it('nulls, division by zero, Kleene logic, aggregates over missing members, missing as zero', async () => {
    const got: unknown[] = [];
    const want: unknown[] = [];
    await withDuckDb(async (c) => {
      const cols = recordFields('monthly')
        .filter((f) => f.kind === 'integer')
        .map((f) => f.path);
      await c.run(
        `CREATE TABLE t (${cols.map((f) => `${sqlIdentifier(f)} BIGINT`).join(', ')}, "pus" DOUBLE)`,
      );
      for (const r of records) {
        const values = [...cols.map((f) => r[f]), r['pus']];
        await c.run(
          `INSERT INTO t VALUES (${values.map((v) => (v === null || v === undefined ? 'NULL' : String(v))).join(', ')})`,
        );
      }
      for (const zero of [false, true])
        for (const source of EXPRESSIONS) {
          const compiled = compileSource(source, env, zero ? { missingValues: 'zero' } : {});
          if (!compiled.ok) throw new Error(`${source} does not compile`);
          const operands = scopeOperands({
            env,
            field: (p) => `t.${sqlIdentifier(p)}`,
            variable: (v) => `t.${sqlIdentifier(v)}`,
          });
          const sql = expressionToSql(compiled.compiled.ast, operands, zero);
          if (!sql.ok) throw new Error(`${source}: ${sql.reason}`);
          const rows = (await c.runAndReadAll(`SELECT ${sql.sql} FROM t`)).getRows();
          rows.forEach((row, i) => {
            const r = records[i] as Record<string, number | null>;
            got.push([
              source,
              zero,
              i,
              row[0] === null ? null : typeof row[0] === 'boolean' ? row[0] : Number(row[0]),
            ]);
            const v = compiled.compiled(asRecord(r), { vars: { pus: r['pus'] } });
            want.push([source, zero, i, v ?? null]);
          });
        }
    });
    expect(got).toEqual(want);
  });

  it('leaves prev(), lastYear() and round() to the JavaScript engine', () => {
    for (const source of ['prev(users.iud)', 'round(users.iud / 3, 1)']) {
      const c = compileSource(source, env);
      expect(c.ok).toBe(true);
      if (!c.ok) continue;
      const r = expressionToSql(c.compiled.ast, scopeOperands({ env, field: (p) => p, variable: (v) => v }));
      expect(r.ok).toBe(false);
    }
  });
});
