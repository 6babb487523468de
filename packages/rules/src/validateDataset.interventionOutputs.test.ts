import { describe, expect, it } from 'vitest';
import { cleanDataset, intervention } from './__fixtures__/records.js';
import { validateDataset } from './validateDataset.js';

const TODAY = '2021-01-31';

function issuesOf(extra: Record<string, unknown>) {
  const ds = cleanDataset();
  ds.interventions = [{ ...intervention(), ...extra } as never];
  return validateDataset(ds, { today: TODAY }).issues.filter((i) => i.location.recordType === 'intervention');
}

describe('intervention outputs, spend and funding source', () => {
  it('intervention-spend-funding: spend of Rp 25,000,000 without a funding source is a warning', () => {
    const [issue, ...rest] = issuesOf({ spend: 25_000_000 });
    expect(rest).toEqual([]);
    expect(issue?.ruleId).toBe('intervention-spend-funding');
    expect(issue?.severity).toBe('warning');
    expect(issue?.location.field).toBe('fundingSource');
    expect(issue?.values['spend']).toBe(25_000_000);
    expect(issue?.message.en).toContain('without a funding source');
    expect(issue?.message.id).toContain('tanpa sumber dana');
  });

  it('is silent with a funding source, and without spend', () => {
    expect(issuesOf({ spend: 25_000_000, fundingSource: 'apbd' })).toEqual([]);
    expect(issuesOf({ fundingSource: 'csr' })).toEqual([]);
    expect(issuesOf({})).toEqual([]);
  });

  it('intervention-output-plausible: 12,500.5 m of titian in one intervention is a warning; 10,000 m is not', () => {
    const [issue, ...rest] = issuesOf({ outputs: { titianMetres: 12_500.5 } });
    expect(rest).toEqual([]);
    expect(issue?.ruleId).toBe('intervention-output-plausible');
    expect(issue?.severity).toBe('warning');
    expect(issue?.values['titian']).toBe(12_500.5);
    expect(issue?.message.en).toMatch(/^More than 10,000 m in one intervention: titian 12,?500\.5 m, road /);
    expect(issue?.message.id).toMatch(/^Lebih dari 10\.000 m dalam satu intervensi: titian /);
    expect(issuesOf({ outputs: { titianMetres: 10_000, roadMetres: 250.5 } })).toEqual([]);
    expect(issuesOf({ outputs: { roadMetres: 10_001 } }).map((i) => i.ruleId)).toEqual([
      'intervention-output-plausible',
    ]);
  });

  it('a whole-number output given with decimals stays a schema error (count-non-negative-integer)', () => {
    const issues = issuesOf({ outputs: { housesRenovated: 2.5 } });
    expect(issues.map((i) => i.ruleId)).toEqual(['count-non-negative-integer']);
  });
});
