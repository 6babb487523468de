import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord, type RecordType } from '@kampung-kb/model';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFiles, generate } from '../src/generateExample.js';

const exampleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'kkb-banjarmasin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const generated = generate(tmp);

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('generate(): the committed data is what the seeded generator writes', () => {
  for (const sub of ['data', 'invalid']) {
    it(`${sub}/ holds exactly the generated files`, () => {
      expect(listFiles(join(exampleDir, sub))).toEqual(listFiles(join(tmp, sub)));
    });
    for (const name of listFiles(join(tmp, sub))) {
      it(`${sub}/${name} is byte-identical`, () => {
        const fresh = readFileSync(join(tmp, sub, name));
        const committed = readFileSync(join(exampleDir, sub, name));
        expect(fresh.equals(committed)).toBe(true);
      });
    }
  }

  it('expected-levels.json is byte-identical', () => {
    const fresh = readFileSync(join(tmp, 'expected-levels.json'));
    expect(fresh.equals(readFileSync(join(exampleDir, 'expected-levels.json')))).toBe(true);
  });

  it('a second run gives the same bytes', () => {
    const again = buildFiles().files;
    for (const [path, text] of Object.entries(again)) {
      expect(readFileSync(join(tmp, path), 'utf8')).toBe(text);
    }
  });
});

describe('the generated records', () => {
  const collections: Array<[RecordType, readonly unknown[]]> = [
    ['region', generated.regions],
    ['kampung', generated.kampung],
    ['profile', generated.profiles],
    ['population', generated.population],
    ['monthly', generated.monthly],
    ['intervention', generated.interventions],
  ];
  for (const [type, records] of collections) {
    it(`every ${type} record passes checkRecord`, () => {
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(checkRecord(type, r)).toEqual([]);
    });
  }

  it('has 21 kampung with 12 monthly reports each and every level at least twice', () => {
    expect(generated.kampung).toHaveLength(21);
    expect(generated.monthly).toHaveLength(21 * 12);
    for (const n of Object.values(generated.levelCounts)) expect(n).toBeGreaterThanOrEqual(2);
  });
});
