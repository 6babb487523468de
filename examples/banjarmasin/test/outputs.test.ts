import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataDir } from '@kampung-kb/kit';
import { fundingSources, type Intervention, interventionOutputs } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { INTERVENTION_TEMPLATES } from '../src/design.js';
import { buildDataset } from '../src/generateExample.js';
import { templatesWithoutPlan } from '../src/outputs.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const generated = buildDataset();

/** Output totals (and spend) per kampung, agency and year, each key `kampung|agency|year|output`. */
function totals(interventions: readonly Intervention[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, v: number) => out.set(key, Math.round(((out.get(key) ?? 0) + v) * 10) / 10);
  for (const i of interventions) {
    for (const agency of i.agencies) {
      const base = `${i.kampungId}|${agency}|${i.date.slice(0, 4)}`;
      for (const [code, v] of Object.entries(i.outputs ?? {})) if (v !== undefined) add(`${base}|${code}`, v);
      if (i.spend !== undefined) add(`${base}|spend`, i.spend);
    }
  }
  return out;
}

describe('intervention outputs, spend and funding source of the example', () => {
  it('has a plan for every template, and outputs on every intervention', () => {
    expect(templatesWithoutPlan(INTERVENTION_TEMPLATES)).toEqual([]);
    expect(
      generated.interventions.every((i) => i.outputs !== undefined && i.fundingSource !== undefined),
    ).toBe(true);
  });

  it('reads back from interventions.csv (kit reader) with the generator’s totals per kampung, agency and year', async () => {
    const { dataset } = await readDataDir(DATA);
    const read = totals(dataset.interventions);
    const built = totals(generated.interventions);
    expect(read.size).toBeGreaterThan(100);
    expect([...read.entries()].sort()).toEqual([...built.entries()].sort());
    // Titian lengths keep their decimals.
    expect(dataset.interventions.some((i) => !Number.isInteger(i.outputs?.titianMetres ?? 0))).toBe(true);
  });

  it('funds a CSR partner’s work by CSR, community work by the community, and has spend in whole rupiah', () => {
    const codes = new Set(fundingSources.items.map((f) => f.code));
    for (const i of generated.interventions) {
      expect(codes.has(i.fundingSource as never), i.id).toBe(true);
      if (i.partner !== undefined) expect(i.fundingSource, i.id).toBe('csr');
      if (i.fundingSource === 'selfFunded') expect(i.spend, i.id).toBeUndefined();
      if (i.spend !== undefined) expect(Number.isInteger(i.spend) && i.spend > 0, i.id).toBe(true);
      for (const [code, v] of Object.entries(i.outputs ?? {})) {
        const item = interventionOutputs.items.find((o) => o.code === code);
        if (item?.integer) expect(Number.isInteger(v), `${i.id} ${code}`).toBe(true);
      }
    }
  });
});
