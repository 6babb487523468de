import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importFile } from '@kampung-kb/workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleRun, runExample } from '../src/runExample.js';

/** Every file under a folder with the SHA-256 of its bytes, by relative path. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) {
      out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  }
  return out;
}

const step = (run: ExampleRun, command: string) => {
  const s = run.steps.find((x) => x.args[0] === command);
  if (!s) throw new Error(`no ${command} step`);
  return s;
};

let run: ExampleRun;
let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kkb-balikpapan-'));
  run = await runExample(out);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples/balikpapan: a new city through the kit alone', () => {
  it('runs init, template, import, validate, indicators and report with the expected exit codes', () => {
    expect(run.steps.map((s) => [s.args[0], s.code])).toEqual([
      ['init', 0],
      ['template', 0],
      ['import', 1],
      ['validate', 0],
      ['indicators', 0],
      ['report', 0],
    ]);
  });

  it('fills the workbook in Indonesian with four deliberate mistakes, one per row', () => {
    expect(run.work.lang).toBe('id');
    expect(run.work.errors.map((e) => [e.column, e.value])).toEqual([
      ['areaCriteria', 'Pegunungan'],
      ['users.pill', 'dua belas'],
      ['period', '2020-13'],
      ['section', 'Olahraga'],
    ]);
    expect(new Set(run.work.errors.map((e) => `${e.sheet}:${e.row}`)).size).toBe(4);
  });

  it('import rejects exactly the deliberate rows and accounts for every row', async () => {
    // A dry run over the imported folder: every good row is now an update, the mistakes still rejected.
    const r = await importFile(run.workbook, { into: run.dataDir, dryRun: true });
    expect(r.fatal).toBeUndefined();
    expect(r.read).toBe(r.imported + r.updated + r.ignored + r.rejected);
    const typed = Object.values(run.work.rows).reduce((a, b) => a + (b ?? 0), 0);
    expect(r.imported + r.updated + r.rejected).toBe(typed);
    expect(r.rejected).toBe(run.work.errors.length);
    const rejectedRows = new Set(r.rejections.map((x) => `${x.sheet}:${x.row}`));
    expect([...rejectedRows].sort()).toEqual(run.work.errors.map((e) => `${e.sheet}:${e.row}`).sort());
    for (const e of run.work.errors) {
      const why = r.rejections.filter((x) => x.sheet === e.sheet && x.row === e.row);
      expect(why.map((x) => [x.field, x.value])).toEqual([[e.column, e.value]]);
    }
    // The import printed each rejected row with its sheet, as docs/guide/memulai.md shows it.
    const printed = step(run, 'import').lines.join('\n');
    for (const e of run.work.errors) expect(printed).toContain(`'${e.sheet}' baris ${e.row}`);
    const guide = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'docs', 'guide', 'memulai.md'),
      'utf8',
    );
    const sample = /\*\*Bila ada baris ditolak\*\*[\s\S]*?```text\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(sample).not.toBe('');
    for (const line of sample.split('\n').filter((l) => l.trim() !== '')) expect(printed).toContain(line);
  });

  it('stores the operator entries (labels, undotted codes, 202012 months) as codes', () => {
    const kampung = readFileSync(join(run.dataDir, 'kampung.csv'), 'utf8');
    for (const k of run.work.records.kampung) expect(kampung).toContain(`${k.id},`);
    expect(kampung).toMatch(/64\.71\.\d{2}\.\d{4}/);
    expect(kampung).not.toMatch(/,6471\d{6},/);
    expect(kampung).not.toContain('Pegunungan');
    const monthly = readFileSync(join(run.dataDir, 'monthly.csv'), 'utf8');
    expect(monthly).toContain(',2020-12,');
    expect(monthly).not.toMatch(/,2020\d{2},/);
    // 10 kampung × 12 months, less the two rejected monthly rows.
    expect(monthly.trim().split('\n').length - 1).toBe(120 - 2);
  });

  it('validates after the import (warnings only) and writes the HTML report, marked synthetic', () => {
    const validate = step(run, 'validate');
    expect(validate.code).toBe(0);
    // The two rejected monthly rows leave two kampung without a report for one month each.
    expect(validate.lines.filter((l) => l.includes('(report-missing, peringatan)'))).toHaveLength(2);
    const html = readdirSync(run.reportDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    const recap = html.map((f) => readFileSync(join(run.reportDir, f), 'utf8')).join('\n');
    expect(recap).toContain('Balikpapan');
    expect(recap.toLowerCase()).toContain('sintetis');
  });

  it('gives byte-identical data and reports when run again', async () => {
    const first = { data: digest(run.dataDir), report: digest(run.reportDir) };
    const again = await runExample(out);
    expect(again.steps.map((s) => s.code)).toEqual(run.steps.map((s) => s.code));
    expect({ data: digest(again.dataDir), report: digest(again.reportDir) }).toEqual(first);
  }, 120_000);
});
