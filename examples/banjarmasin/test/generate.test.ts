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
    ['proposal', generated.proposals],
    ['budget', generated.budgets],
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

describe('the urun rembug loop: proposals turned into agency interventions', () => {
  const interventions = new Map(generated.interventions.map((i) => [i.id, i]));
  const kampung = new Map(generated.kampung.map((k) => [k.id, k]));

  it('links every addressed proposal to the intervention of its kampung that addressed it, on that date', () => {
    const addressed = generated.proposals.filter((p) => p.status === 'addressed');
    expect(addressed.length).toBeGreaterThan(0);
    for (const p of addressed) {
      const i = interventions.get(p.interventionId ?? '');
      expect(i, p.id).toBeDefined();
      expect(i?.kampungId).toBe(p.kampungId);
      expect(p.addressedOn).toBe(i?.date);
      expect(p.section).toBe(i?.section);
      expect(i?.agencies).toContain(p.assignedAgency);
      expect(p.raisedOn < (p.addressedOn ?? '')).toBe(true);
    }
    // No intervention answers two proposals.
    const ids = addressed.map((p) => p.interventionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps open proposals open: no addressing date or intervention, an agency once assigned', () => {
    const statuses = new Set(generated.proposals.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['addressed', 'assigned', 'inProgress', 'raised', 'rejected']);
    for (const p of generated.proposals.filter((q) => q.status !== 'addressed')) {
      expect(p.addressedOn, p.id).toBeUndefined();
      expect(p.interventionId, p.id).toBeUndefined();
      expect(p.assignedAgency === undefined, p.id).toBe(p.status === 'raised');
    }
  });

  it('raises proposals only in designated kampung, after designation and before the end of 2020', () => {
    for (const p of generated.proposals) {
      const k = kampung.get(p.kampungId);
      expect(k, p.id).toBeDefined();
      expect(p.raisedOn > (k?.designationDate ?? '')).toBe(true);
      expect(p.raisedOn <= '2020-12-15').toBe(true);
    }
  });

  it('budgets 2020 exactly from the funding sources each kampung profile records', () => {
    for (const b of generated.built) {
      const recorded = new Set(b.profiles.flatMap((p) => p.fundingSources));
      const budgeted = new Set(
        generated.budgets.filter((l) => l.kampungId === b.kampung.id).map((l) => l.fundingSource),
      );
      expect([...budgeted].sort(), b.kampung.id).toEqual([...recorded].sort());
    }
    for (const l of generated.budgets) {
      expect(l.year).toBe(2020);
      expect(l.amount % 50_000).toBe(0);
      expect(l.amount).toBeGreaterThan(0);
    }
  });
});
