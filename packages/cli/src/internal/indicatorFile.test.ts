import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorEngine } from './indicatorEngine.js';
import {
  MAX_SCHEMA_FILE_ALIAS_COUNT,
  MAX_SCHEMA_FILE_BYTES,
  readIndicatorFile,
  readTargetFile,
} from './indicatorFile.js';

const dir = mkdtempSync(join(tmpdir(), 'kkb-limits-'));

/** A "billion laughs" under `key`: nine levels of ten aliases each. */
function aliasBomb(key: string): string {
  const lines = [`${key}:`, '  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`  - &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function definition(numerator: string): Record<string, unknown> {
  return {
    id: 'x',
    version: '1.0.0',
    name: { id: 'X', en: 'X' },
    definition: { id: 'X', en: 'X' },
    numerator,
    factor: 1,
    decimals: 0,
    unit: 'count',
    standard: { body: 'city', citation: 'Renstra' },
    regionLevels: ['regency'],
    periodTypes: ['month'],
  };
}

describe('indicator and target files: bounded input', () => {
  it('reports a YAML alias bomb in an indicators file with its position, in both languages', async () => {
    const path = join(dir, 'bomb.yaml');
    writeFileSync(path, aliasBomb('indicators'));
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.en).toBe(
      `${path}: the YAML aliases (*name) from line 3, column 9 on expand too much (more than ${MAX_SCHEMA_FILE_ALIAS_COUNT}); write the values out or use fewer aliases.`,
    );
    expect(r.errors[0]?.id).toContain('alias YAML (*nama) mulai di baris 3, kolom 9');
  });

  it('reports a YAML alias bomb in a targets file the same way', async () => {
    const path = join(dir, 'targets.yml');
    writeFileSync(path, aliasBomb('targets'));
    const r = await readTargetFile(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.en).toContain('line 3, column 9 on expand too much');
  });

  it('gives YAML syntax errors a line and column in both languages', async () => {
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, 'indicators:\n  - [a, b\n');
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.en).toMatch(/invalid YAML \(line \d+, column \d+\)/);
    expect(r.errors[0]?.id).toMatch(/YAML tidak sah \(baris \d+, kolom \d+\)/);
  });

  it('reports YAML nested thousands of levels deep plainly', async () => {
    const path = join(dir, 'deep.yaml');
    writeFileSync(path, `indicators: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`);
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.en).toMatch(/invalid YAML \(line 1, column \d+\): nested too deeply\.$/);
    expect(r.errors[0]?.id).toMatch(/YAML tidak sah \(baris 1, kolom \d+\): bersarang terlalu dalam\.$/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, `[${' '.repeat(MAX_SCHEMA_FILE_BYTES)}]`);
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.en).toBe(
      `${path}: too large (${MAX_SCHEMA_FILE_BYTES + 2} bytes, at most ${MAX_SCHEMA_FILE_BYTES} bytes); the file was not read.`,
    );
    expect(r.errors[0]?.id).toContain('terlalu besar');
  });

  it('reports deeply nested JSON as a shape problem, not a crash', async () => {
    const path = join(dir, 'deep.json');
    writeFileSync(path, `${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(false);
  });
});

describe('indicator expressions at the limits, from a file', () => {
  it('reports 5,000 nested parentheses and 100,000 characters as positioned errors', async () => {
    const path = join(dir, 'limits.json');
    const deep = `${'('.repeat(4_999)}a${')'.repeat(4_999)}`;
    const long = `${'a + '.repeat(25_000)}a`;
    writeFileSync(path, JSON.stringify({ indicators: [definition(deep), { ...definition(long), id: 'y' }] }));
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const engine = indicatorEngine();
    const [deepErrors, longErrors] = r.definitions.map((d) => engine.check(d));
    expect(deepErrors?.some((m) => m.en.includes('nested too deeply at line 1, column 201'))).toBe(true);
    expect(deepErrors?.some((m) => m.id.includes('bersarang terlalu dalam'))).toBe(true);
    expect(longErrors?.some((m) => m.en.includes('The expression is too long: 100001 characters'))).toBe(
      true,
    );
  });

  it('accepts a flat sum of 3,000 terms', async () => {
    const path = join(dir, 'sum.json');
    writeFileSync(path, JSON.stringify([definition(`${'1+'.repeat(2_999)}1`)]));
    const r = await readIndicatorFile(path);
    expect(r.ok).toBe(true);
    if (r.ok) expect(indicatorEngine().check(r.definitions[0] as (typeof r.definitions)[number])).toEqual([]);
  });
});

describe('indicator and target files: messages without raw numbers or V8 text', () => {
  it('says a year of 1e308 is out of range without printing the 16-digit safe-integer bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-target-'));
    const path = join(dir, 'targets.json');
    writeFileSync(
      path,
      JSON.stringify({ targets: [{ indicatorId: 'cpr', regionCode: '63.71', year: 1e308, value: 55 }] }),
    );
    const r = await readTargetFile(path);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.errors.map((e) => `${e.id} ${e.en}`).join('\n');
    expect(text).not.toMatch(/\d{16}/);
    expect(text).toContain('whole number out of range');
    expect(text).toContain('bilangan bulat di luar jangkauan');
  });

  it('locates invalid JSON by line and column in the language, not with V8’s English message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-target-'));
    const path = join(dir, 'targets.json');
    writeFileSync(path, '{\n  "targets": [\u001b]31m\n}');
    const r = await readTargetFile(path);
    expect(r.ok ? [] : r.errors).toEqual([{ id: `${path}: JSON tidak sah`, en: `${path}: invalid JSON` }]);
    writeFileSync(path, '{\n  "targets": [],\n}');
    const at = await readTargetFile(path);
    expect(at.ok ? [] : at.errors).toEqual([
      { id: `${path}: JSON tidak sah (baris 3, kolom 1)`, en: `${path}: invalid JSON (line 3, column 1)` },
    ]);
  });
});

describe('problems at the root of an indicator or targets file', () => {
  it('name no field (the rules file reader does the same, see checkSchema of @kampung-kb/rules)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-root-'));
    const path = join(dir, 'targets.json');
    writeFileSync(path, '42');
    const r = await readTargetFile(path);
    expect(r.ok ? [] : r.errors).toEqual([
      {
        id: `${path}: Input tidak valid: diharapkan object, diterima number`,
        en: `${path}: Invalid input: expected object, received number`,
      },
    ]);
    const nested = join(dir, 'nested.json');
    writeFileSync(nested, '{ "targets": [1] }');
    const n = await readTargetFile(nested);
    expect(n.ok ? [] : n.errors.map((e) => e.en)).toEqual([
      `${nested}: targets[0]: Invalid input: expected object, received number`,
    ]);
  });
});
